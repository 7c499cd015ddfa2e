import {
  catalogueRule,
  developmentDeadlineRules,
  developmentFigures,
  developmentRules,
  developmentStepCount,
  developmentSteps,
  ruleCatalogue,
  stepIntervals,
} from '@dangjian/core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// development.json read from disk, compared with what the package's public API exposes: every
// figure reachable, every rule citing the article and confirmed flag of the figure it applies.

const json = JSON.parse(readFileSync('packages/core/rules/development.json', 'utf8'));

/** Every numeric leaf under a node, with its path. */
function figures(node: unknown, path: string[] = []): [string[], number][] {
  if (typeof node === 'number') return [[path, node]];
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) => figures(value, [...path, key]));
  return [];
}
const at = (node: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((current, key) => (current as Record<string, unknown>)?.[key], node);

/** Which JSON entry each regulation rule applies (by hand, from the file). */
const ruleSources: Readonly<Record<string, readonly string[]>> = {
  'development.minimumAge': ['eligibility', 'minimumAge'],
  'development.activistTraining': ['timeLimits', 'activistTraining'],
  'development.publicNotice': ['timeLimits', 'candidatePublicNotice'],
  'development.probation': ['timeLimits', 'probation'],
  'development.extension': ['timeLimits', 'probationExtension'],
  'development.candidateTraining': ['timeLimits', 'candidateShortTraining'],
  'development.contacts': ['people', 'trainingContacts'],
  'development.introducers': ['people', 'introducers'],
  'development.applicationTalk': ['timeLimits', 'applicationTalk'],
  'development.activistAssessment': ['timeLimits', 'activistAssessment'],
  'development.assemblyAfterPreReview': ['timeLimits', 'branchAssemblyAfterPreReview'],
  'development.admissionApproval': ['timeLimits', 'committeeApprovalOfAdmission'],
  'development.conversionApproval': ['timeLimits', 'committeeApprovalOfConversion'],
};

describe('development.json through the public API', () => {
  it('exposes every figure of the eligibility, time limits, people and votes', () => {
    const exposed = {
      eligibility: { minimumAge: developmentFigures.minimumAge },
      timeLimits: developmentFigures.timeLimits,
      people: { trainingContacts: developmentFigures.trainingContacts, introducers: developmentFigures.introducers },
      votes: developmentFigures.votes,
    };
    const leaves = figures({
      eligibility: { minimumAge: json.eligibility.minimumAge },
      timeLimits: json.timeLimits,
      people: json.people,
      votes: json.votes,
    });
    expect(leaves.length).toBeGreaterThanOrEqual(19);
    for (const [path, value] of leaves) expect(at(exposed, path), path.join('.')).toBe(value);
  });

  it('has the 25 steps with their stage, label and article, and the stage each step leads to', () => {
    expect(developmentSteps).toHaveLength(json.steps.length);
    expect(developmentStepCount).toBe(json.steps.length);
    json.steps.forEach((step: Record<string, unknown>, index: number) => {
      const exposed = developmentSteps[index]!;
      expect(exposed.n).toBe(step['n']);
      expect(exposed.stage).toBe(step['stage']);
      expect(exposed.article).toBe(step['article']);
      expect(exposed.label['zh-CN']).toBe(step['label2026'] ?? step['label']);
      expect(exposed.label.en).toMatch(/\S/);
      expect(exposed.stageAfter).toBe(step['transitionTo'] ?? step['stage']);
    });
    expect(developmentFigures.stages.map((stage: { id: string }) => stage.id)).toEqual([
      'applicant',
      'activist',
      'candidate',
      'probationary',
      'full',
    ]);
  });

  it('cites, for each rule, the article and confirmed flag of the figure it applies', () => {
    for (const [id, path] of Object.entries(ruleSources)) {
      const entry = at(json, path) as { article: string; confirmed: boolean };
      const rule = catalogueRule(id);
      expect(rule, id).toBeDefined();
      expect(rule!.article, id).toBe(entry.article);
      expect(rule!.confirmed, id).toBe(entry.confirmed);
      expect(rule!.source, id).toBe(json.sources[0].name);
    }
    // The oath's one-month limit is only a suggestion seen in one system: unconfirmed.
    expect(catalogueRule('development.oathAfterApproval')!.confirmed).toBe(false);
    expect(json.timeLimits.oathAfterApproval.confirmed).toBe(false);
    const pipelineRules = [...Object.values(developmentRules), ...Object.values(developmentDeadlineRules)];
    expect(pipelineRules).toHaveLength(20);
    for (const rule of pipelineRules) expect(ruleCatalogue).toContain(rule);
  });

  it('applies each interval with the figure development.json gives it', () => {
    const lengths = stepIntervals.map((interval) => [interval.rule.id, interval.length.value, interval.length.unit]);
    expect(lengths).toEqual([
      ['development.minimumAge', json.eligibility.minimumAge.value, 'years'],
      ['development.activistTraining', json.timeLimits.activistTraining.minimum.value, 'years'],
      ['development.publicNotice', json.timeLimits.candidatePublicNotice.minimum.value, 'workdays'],
      ['development.probation', json.timeLimits.probation.value, 'years'],
      ['development.applicationTalk', json.timeLimits.applicationTalk.maximum.value, 'months'],
      ['development.activistAssessment', json.timeLimits.activistAssessment.every.value, 'months'],
      ['development.assemblyAfterPreReview', json.timeLimits.branchAssemblyAfterPreReview.maximum.value, 'months'],
      ['development.admissionApproval', json.timeLimits.committeeApprovalOfAdmission.maximum.value, 'months'],
      ['development.oathAfterApproval', json.timeLimits.oathAfterApproval.maximum.value, 'months'],
      ['development.conversionApproval', json.timeLimits.committeeApprovalOfConversion.maximum.value, 'months'],
    ]);
  });
});
