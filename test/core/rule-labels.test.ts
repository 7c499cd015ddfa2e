import {
  ValidationError,
  careFlags,
  createClassifier,
  defaultClassificationRules,
  formationLabels,
  formations,
  memberCategories,
  unitKindLabels,
  unitKinds,
  type Member,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// Labels live in core, with the rules and the schemas: every category and care flag the kit yields is named in both
// locales by its rule, and a portal's own rule names its own, so elements only render.

const retiree: Member = {
  id: 'm1',
  name: '王秀英',
  gender: 'female',
  birthDate: '1975-03-12',
  stage: 'full',
  relationOrgId: 'b1',
  managingOrgId: 'b1',
  employment: 'retired',
};

const volunteerRule = {
  id: 'local.volunteer',
  yields: 'volunteer',
  label: { 'zh-CN': '志愿服务骨干', en: 'Volunteer lead' },
  when: { op: 'compare', fact: 'employment', cmp: 'eq', value: 'retired' },
  reason: { 'zh-CN': '离退休党员志愿服务', en: 'Retired member volunteering' },
} as const;

describe('rule labels', () => {
  it('names every category and care flag of the kit in zh-CN and en', () => {
    const rules = createClassifier().ruleSet;
    const unnamed = [...memberCategories, ...careFlags].filter((yields) => {
      const label = rules.labelOf(yields);
      return !label?.['zh-CN'] || !label.en;
    });
    expect(unnamed).toEqual([]);
    expect(defaultClassificationRules.rules.filter((rule) => !rule.label).map((rule) => rule.id)).toEqual([]);
    expect(rules.labelOf('retired')).toEqual({ 'zh-CN': '离退休', en: 'Retired' });
    expect(rules.labelOf('no-such-category')).toBeUndefined();
  });

  it('carries the label on each result, and a portal rule its own', () => {
    const classifier = createClassifier({ version: 'local.1', rules: [volunteerRule] });
    const { categories } = classifier.classify(retiree, '2026-11-23');
    const labels = Object.fromEntries(categories.map((result) => [result.yields, result.label?.['zh-CN']]));
    expect(labels).toEqual({ retired: '离退休', volunteer: '志愿服务骨干' });
    expect(classifier.ruleSet.labelOf('volunteer')?.en).toBe('Volunteer lead');
    expect(classifier.ruleSet.yields).toContain('volunteer');
    expect(createClassifier().ruleSet.yields).toEqual([...memberCategories, ...careFlags]);
    // Serialised (a REST page), the label travels with the result.
    expect(JSON.parse(JSON.stringify(categories.at(-1)))).toMatchObject({ label: volunteerRule.label });
  });

  it('lets a portal rename a kit category by replacing its rule', () => {
    const retired = defaultClassificationRules.rules.find((rule) => rule.id === 'category.retired')!;
    const renamed = { ...retired, label: { 'zh-CN': '退休', en: 'Pensioner' } };
    const classifier = createClassifier({ version: 'local.2', rules: [renamed] });
    expect(classifier.ruleSet.labelOf('retired')).toEqual({ 'zh-CN': '退休', en: 'Pensioner' });
  });

  it('refuses a label without text in both locales, naming the field', () => {
    const bad = { ...volunteerRule, label: { 'zh-CN': '', en: 'Volunteer' } };
    let error: unknown;
    try {
      createClassifier({ version: 'local.3', rules: [bad] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify((error as ValidationError).field)).toContain('label');
  });
});

describe('unit labels', () => {
  it('name every unit kind and formation once, in core, in both locales', () => {
    const named = (labels: Readonly<Record<string, { 'zh-CN': string; en: string }>>, ids: readonly string[]) =>
      ids.filter((id) => !labels[id]?.['zh-CN'] || !labels[id]?.en);
    expect(named(unitKindLabels, unitKinds)).toEqual([]);
    expect(named(formationLabels, formations)).toEqual([]);
    expect(formationLabels.joint['zh-CN']).toBe('联建');
  });
});
