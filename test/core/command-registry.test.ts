import * as core from '@dangjian/core';
import { commandOf, commandTypes, commands } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// Adding a command is its file plus one registry line: this fails when the line is forgotten.

const isCommand = (value: unknown): value is { type: string; run: unknown; input: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string' &&
  typeof (value as { run?: unknown }).run === 'function' &&
  typeof (value as { input?: { safeParse?: unknown } }).input?.safeParse === 'function';

describe('the command registry', () => {
  it('holds every command the package exports, each under its own type', () => {
    const exported = (Object.values(core) as unknown[]).filter(isCommand);
    expect(exported.length).toBeGreaterThanOrEqual(37);
    for (const command of exported) expect(commands[command.type as keyof typeof commands], command.type).toBe(command);
    expect(new Set(commandTypes).size).toBe(commandTypes.length);
  });

  it('names types as namespace.verb', () => {
    for (const type of commandTypes) expect(type).toMatch(/^[a-z]+\.[a-z][A-Za-z]+$/);
  });

  it('finds a command by type and refuses a type it does not know', () => {
    expect(commandOf('org.move')).toMatchObject({ ok: true, value: { type: 'org.move' } });
    expect(commandOf('__proto__')).toMatchObject({ ok: false, error: { code: 'command.unknown' } });
    expect(commandOf('constructor')).toMatchObject({ ok: false });
  });
});
