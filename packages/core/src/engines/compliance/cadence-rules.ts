import type { AppliedRule } from '../../kernel/finding.js';
import { validate } from '../../kernel/validate.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';
import { cadences } from '../../schema/conference.js';
import { meetingKinds, type MeetingKind } from '../../schema/meeting.js';
import { orgKinds } from '../../schema/org.js';
import { z } from '../../schema/zod.js';

/**
 * How often an org must hold a kind of meeting: `{ kind, per, min }` for the org kinds it applies
 * to, with the rule it comes from. The kit's defaults are read from meetings.json (支部工作条例
 * 第十一条至第十九条); a portal layers its own (a quarterly 党课, say) and they are validated.
 */
export const CadenceRuleSchema = z.strictObject({
  kind: z.enum(meetingKinds),
  per: z.enum(cadences),
  min: z.number().int().min(1).max(31),
  /** Which orgs must hold it. */
  orgKinds: z.array(z.enum(orgKinds)).min(1),
  /** Only orgs with a committee (`committeeSize` set): the 支委会. */
  committeeOnly: z.boolean().optional(),
  /** Only 党课 the secretary gave count: the secretary's own lecture is a rule apart from the branch's. */
  lecturerRole: z.literal('secretary').optional(),
});
export type CadenceRuleInput = z.input<typeof CadenceRuleSchema>;

export interface CadenceRule extends z.output<typeof CadenceRuleSchema> {
  readonly rule: AppliedRule;
}

type MeetingEntry = { cadence?: string; minPerPeriod?: number; article?: string; source?: string; confirmed?: boolean };
const table = ruleTables.meetings.meetings as unknown as Record<string, MeetingEntry>;
const version = ruleTables.meetings.asOf;

function applied(
  kind: MeetingKind,
  entry: { article?: string | null; source?: string; confirmed?: boolean },
): AppliedRule {
  const source = entry.source ? ruleSource('meetings', entry.source)?.name : undefined;
  return {
    id: `meetings.${kind}`,
    version,
    ...(entry.article && { article: entry.article }),
    ...(source && { source }),
    confirmed: entry.confirmed === true,
  };
}

function fromTable(
  kind: MeetingKind,
  orgs: CadenceRuleInput['orgKinds'],
  extra: Partial<CadenceRuleInput> = {},
): CadenceRule {
  const entry = table[kind]!;
  return {
    kind,
    per: entry.cadence as CadenceRule['per'],
    min: entry.minPerPeriod ?? 1,
    orgKinds: orgs,
    ...extra,
    rule: applied(kind, entry),
  } as CadenceRule;
}

const lecture = ruleTables.meetings.meetings.lecture.branchSecretaryMinPerYear;

/**
 * The national defaults. A branch's 党课 has no national frequency (meetings.json says so): the
 * secretary's yearly lecture is in, marked unconfirmed, and a portal's quarterly 党课 is a layer.
 */
export const defaultCadenceRules: readonly CadenceRule[] = [
  fromTable('assembly', ['branch']),
  fromTable('committeeMeeting', ['branch', 'generalBranch'], { committeeOnly: true }),
  fromTable('groupMeeting', ['group']),
  fromTable('themeDay', ['branch']),
  fromTable('lifeMeeting', ['branch']),
  fromTable('review', ['branch']),
  {
    kind: 'lecture',
    per: 'yearly',
    min: lecture.value,
    orgKinds: ['branch'],
    lecturerRole: 'secretary',
    rule: { id: 'meetings.lecture.secretary', version, confirmed: lecture.confirmed },
  },
];

/** What tells one cadence rule from another: its kind, and for a 党课 whose lecture counts. */
export function cadenceKey(rule: Pick<CadenceRuleInput, 'kind' | 'lecturerRole'>): string {
  return rule.lecturerRole === undefined ? rule.kind : `${rule.kind}.${rule.lecturerRole}`;
}

/**
 * A portal's cadence rules over the defaults: one per kind (and lecturer) replaces the default for
 * it, so a quarterly branch 党课 sits beside the secretary's yearly one.
 */
export function layerCadenceRules(overrides: readonly CadenceRuleInput[], base = defaultCadenceRules): CadenceRule[] {
  const parsed = validate(z.array(CadenceRuleSchema), overrides, { prefix: ['cadence'] });
  if (!parsed.ok) throw parsed.error;
  const local = parsed.value.map((rule) => ({
    ...rule,
    rule: { id: `meetings.${cadenceKey(rule)}`, version: `${version}+local`, confirmed: false },
  }));
  const replaced = new Set(local.map(cadenceKey));
  return [...base.filter((rule) => !replaced.has(cadenceKey(rule))), ...local];
}
