import { pgliteMessages } from '@dangjian/adapters/pglite';
import { restMessages } from '@dangjian/adapters/rest-handler';
import { defineMessages, messageCatalogue, messages, phrase, type Message, type PlaceholderOf } from '@dangjian/core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';

// Messages live beside their area (`<area>/messages.ts`), declared with `defineMessages`; the
// catalogue only lists them. These checks hold the whole set together.

const adapterMessages: readonly Message[] = [...Object.values(restMessages), ...Object.values(pgliteMessages)];
const everyMessage = [...messageCatalogue, ...adapterMessages];

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
const sources = ['packages/core/src', 'packages/adapters/src', 'packages/components/src'].flatMap(sourceFiles);
const sourceText = sources.map((path) => readFileSync(path, 'utf8')).join('\n');

describe('messages', () => {
  it('have one code each, across core and the adapters', () => {
    const codes = everyMessage.map((message) => message.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(messages)).toHaveLength(messageCatalogue.length);
  });

  it('name the same placeholders in zh-CN and en', () => {
    for (const { code, templates } of everyMessage)
      expect(placeholders(templates['zh-CN']), code).toEqual(placeholders(templates.en));
  });

  it('are each used somewhere (by `xMessages.key` or by code)', () => {
    for (const { code } of everyMessage) {
      const key = code.slice(code.indexOf('.') + 1);
      const used = sourceText.includes(`Messages.${key}`) || sourceText.includes(`'${code}'`);
      expect(used, code).toBe(true);
    }
  });

  it('are never built by hand: no error takes a bare code and params any more', () => {
    const byHand = sources.filter((path) => /code: '[a-z]+\.[A-Za-z]+',\s*params:/.test(readFileSync(path, 'utf8')));
    expect(byHand).toEqual([]);
  });

  it('check their parameters at compile time', () => {
    const sample = defineMessages('sample', {
      moved: { 'zh-CN': '“{name}”已移到“{parent}”下', en: '"{name}" moved under "{parent}"' },
      plain: { 'zh-CN': '完成', en: 'Done' },
    });
    expectTypeOf<PlaceholderOf<'{a} and {b}'>>().toEqualTypeOf<'a' | 'b'>();
    expect(sample.moved.code).toBe('sample.moved');
    expect(phrase(sample.moved, { name: '一支部', parent: '社区党委' }).text).toEqual({
      'zh-CN': '“一支部”已移到“社区党委”下',
      en: '"一支部" moved under "社区党委"',
    });
    expect(phrase(sample.plain).text.en).toBe('Done');
    // @ts-expect-error a missing parameter does not compile
    phrase(sample.moved, { name: '一支部' });
    // @ts-expect-error nor does a misspelt one
    phrase(sample.moved, { name: '一支部', parnet: 'x' });
    // @ts-expect-error nor a parameter the message has no place for
    phrase(sample.plain, { name: 'x' });
  });
});
