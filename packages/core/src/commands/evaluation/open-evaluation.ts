import { subtreeOf } from '../../engines/org-tree.js';
import { defaultEvaluationSchemes } from '../../engines/evaluations/schemes.js';
import { evaluationRules } from '../../engines/evaluations/rules.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema } from '../../schema/common.js';
import type { EvaluationParticipant } from '../../schema/evaluation.js';
import { evaluationSchemeMessages } from '../../schema/evaluation-messages.js';
import { EvaluationSchemeSchema, type EvaluationScheme } from '../../schema/evaluation-scheme.js';
import { isPartyMember } from '../../schema/member.js';
import { schemaIssue } from '../../schema/schema-issue.js';
import { z } from '../../schema/zod.js';

/** Members whose relation is in the org's subtree, active, at a stage taking part; rated by stage. */
function memberParticipants(tx: Transaction, orgId: string, scheme: EvaluationScheme): EvaluationParticipant[] {
  const { stages = [], ratedStages = [] } = scheme.participants;
  // The members of each org of the subtree, from the relation index: never a pass over the roster.
  return [...subtreeOf(tx.snapshot, orgId)]
    .flatMap((id) => tx.idsWhere('members', ['relationOrgId'], id))
    .map((id) => tx.get('members', id)!)
    .filter((member) => (member.status ?? 'active') === 'active')
    .filter((member) => isPartyMember(member) && stages.includes(member.stage))
    .map((member) => ({ id: member.id, stage: member.stage, rated: ratedStages.includes(member.stage) }));
}

/** The orgs below the one running the round, of the kinds the scheme rates. */
function orgParticipants(tx: Transaction, orgId: string, scheme: EvaluationScheme): EvaluationParticipant[] {
  const kinds: readonly string[] = scheme.participants.orgKinds ?? [];
  return [...subtreeOf(tx.snapshot, orgId)]
    .filter((id) => id !== orgId && kinds.includes(tx.snapshot.orgs.get(id)!.kind))
    .map((id) => ({ id, rated: true }));
}

/**
 * Opens a round of 民主评议 (members) or 多向度考评 (orgs) for an org and a year, under the
 * default scheme of its kind or one the portal gives (copied into the round). Who takes part and
 * who is rated are fixed now, from the stages (or org kinds) the scheme names.
 */
export const openEvaluation = defineCommand({
  type: 'evaluation.open',
  input: z
    .object({
      id: IdSchema,
      orgId: IdSchema,
      year: z.number().int().min(2000).max(2100),
      subjectKind: z.enum(['member', 'org']),
      scheme: EvaluationSchemeSchema.optional(),
    })
    .refine((input) => input.scheme === undefined || input.scheme.subjectKind === input.subjectKind, {
      path: ['scheme', 'subjectKind'],
      ...schemaIssue(evaluationSchemeMessages.schemeOfOtherKind),
    }),
  subject: (input) => ({ collection: 'evaluations', id: input.id }),
  run(tx, input, ctx) {
    const org = tx.require('orgs', input.orgId, 'orgId');
    const scheme = input.scheme ?? defaultEvaluationSchemes[input.subjectKind];
    const same = [...tx.snapshot.evaluations.values()].find(
      (round) =>
        round.orgId === input.orgId && round.year === input.year && round.scheme.subjectKind === scheme.subjectKind,
    );
    if (same) {
      const params = { org: org.name, year: input.year, scheme: scheme.label, id: same.id };
      throw refuse(evaluationRules.oneRoundPerYear, { collection: 'evaluations', id: input.id }, 'year', params);
    }
    // In id order, so a round reads the same whatever order the store kept its records in.
    const participants = (
      scheme.subjectKind === 'member'
        ? memberParticipants(tx, input.orgId, scheme)
        : orgParticipants(tx, input.orgId, scheme)
    ).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const round = tx.insert('evaluations', {
      id: input.id,
      orgId: input.orgId,
      year: input.year,
      scheme,
      state: 'open',
      openedAt: ctx.now,
      participants,
      decisions: [],
      followUps: [],
    });
    tx.emit({
      type: 'evaluation.opened',
      subject: { collection: 'evaluations', id: round.id },
      data: {
        orgId: round.orgId,
        year: round.year,
        scheme: scheme.id,
        version: scheme.version,
        participants: participants.length,
        rated: participants.filter((each) => each.rated).length,
      },
    });
    return round;
  },
});
