import {
  developmentSteps,
  duesCategories,
  duesCategoryName,
  meetingLabels,
  meetingKinds,
  ruleCatalogue,
  type CatalogueRule,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// What a portal shows of a rule is its text: the label in a rule browser, the message in a
// refusal or finding. These texts are data no behaviour test reads, so a text emptied, swapped or
// reworded would pass unnoticed. The checked-in snapshot is the reviewed wording; a deliberate
// change is made with `vitest -u` and reviewed in the diff, like the public API's list.

/** One line per rule: everything the catalogue says about it, in a stable key order. */
function ruleLine(rule: CatalogueRule): string {
  return JSON.stringify({
    id: rule.id,
    version: rule.version,
    source: rule.source ?? null,
    article: rule.article ?? null,
    confirmed: rule.confirmed,
    label: [rule.label['zh-CN'], rule.label.en],
    code: rule.message.code,
    message: [rule.message.templates['zh-CN'], rule.message.templates.en],
  });
}

const labelLine = (table: string, key: string | number, text: { 'zh-CN': string; en: string }): string =>
  JSON.stringify({ table, key, label: [text['zh-CN'], text.en] });

function catalogueText(): string {
  const rules = [...ruleCatalogue].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(ruleLine);
  const meetings = meetingKinds.map((kind) => labelLine('meetingLabels', kind, meetingLabels[kind]));
  const steps = developmentSteps.map((step) => labelLine('developmentSteps', step.n, step.label));
  const dues = duesCategories.map((category) => labelLine('duesCategoryName', category, duesCategoryName(category)));
  return [...rules, ...meetings, ...steps, ...dues].join('\n') + '\n';
}

describe('the texts of the rules', () => {
  it('are the checked-in wording: every rule’s id, version, source, article, flag, label and message', async () => {
    await expect(catalogueText()).toMatchFileSnapshot('./rule-texts.snapshot.txt');
  });

  it('name every rule in both languages, each label its own', () => {
    const blank = ruleCatalogue.filter((rule) => !/\S/.test(rule.label['zh-CN']) || !/\S/.test(rule.label.en));
    expect(blank.map((rule) => rule.id)).toEqual([]);
    const byLabel = new Map<string, string[]>();
    for (const rule of ruleCatalogue) {
      const key = rule.label['zh-CN'];
      byLabel.set(key, [...(byLabel.get(key) ?? []), rule.id]);
    }
    // Two rules with one label could not be told apart in a portal's rule browser.
    expect([...byLabel.values()].filter((ids) => ids.length > 1)).toEqual([]);
    expect(new Set(ruleCatalogue.map((rule) => rule.id)).size).toBe(ruleCatalogue.length);
  });

  it('name every meeting kind, development step and dues category in both languages', () => {
    const texts = [
      ...meetingKinds.map((kind) => meetingLabels[kind]),
      ...developmentSteps.map((step) => step.label),
      ...duesCategories.map((category) => duesCategoryName(category)),
    ];
    expect(texts.filter((text) => !/\S/.test(text['zh-CN']) || !/\S/.test(text.en))).toEqual([]);
    expect(new Set(meetingKinds.map((kind) => meetingLabels[kind]['zh-CN'])).size).toBe(meetingKinds.length);
  });
});
