import { shanghaiDate } from '../../calendar/instant.js';
import { serviceRules } from '../../engines/service/rules.js';
import { defineCommand, type CommandContext } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema } from '../../schema/common.js';
import { liveServiceClaims, ServiceProjectSchema, type ServiceProject } from '../../schema/service-project.js';
import { WishClaimantSchema, type WishClaimant } from '../../schema/wish.js';
import { z } from '../../schema/zod.js';
import { notOwnName, reported, sameClaimant } from '../wish/claimant-checks.js';

type Actor = CommandContext['actor'];

const subjectOf = (input: { projectId: string }) => ({ collection: 'serviceProjects', id: input.projectId });

/** The community offers a service project or volunteer post with its capacity and period. */
export const offerService = defineCommand({
  type: 'service.offer',
  input: ServiceProjectSchema.omit({ claims: true }),
  subject: (input) => ({ collection: 'serviceProjects', id: input.id }),
  run(tx, input) {
    tx.require('orgs', input.communityOrgId, 'communityOrgId');
    const project = tx.insert('serviceProjects', { ...input, claims: [] });
    tx.emit({
      type: 'service.offered',
      subject: { collection: 'serviceProjects', id: project.id },
      data: { communityOrgId: project.communityOrgId, capacity: project.capacity },
    });
    return project;
  },
});

/** A member acts for themself and a unit org's account for that org; community staff for anyone. */
function assertOwnName(tx: Transaction, project: ServiceProject, claimant: WishClaimant, actor: Actor): void {
  const field = notOwnName(tx, project.communityOrgId, claimant, actor);
  if (field !== undefined) throw refuse(serviceRules.claimForOneself, subjectOf({ projectId: project.id }), field);
}

/** Refuses a claim out of the project's period, in someone else's name, by one who had not reported by then, twice, or over capacity. */
function assertMayJoin(
  tx: Transaction,
  project: ServiceProject,
  claimant: WishClaimant,
  today: string,
  actor: Actor,
): void {
  const subject = { collection: 'serviceProjects', id: project.id };
  if (today < project.from || (project.until !== undefined && today > project.until)) {
    const params = { name: project.name, from: project.from, until: project.until ?? '—', on: today };
    throw refuse(serviceRules.withinPeriod, subject, 'projectId', params);
  }
  assertOwnName(tx, project, claimant, actor);
  if (!reported(tx, claimant, project.communityOrgId, today)) {
    throw refuse(serviceRules.claimantRegistered, subject, 'claimant', { name: project.name });
  }
  const live = liveServiceClaims(project);
  if (live.some((claim) => sameClaimant(claim.claimant, claimant))) {
    throw refuse(serviceRules.oneClaimEach, subject, 'claimant', { name: project.name });
  }
  if (live.length >= project.capacity) {
    throw refuse(serviceRules.capacity, subject, 'projectId', { name: project.name, capacity: project.capacity });
  }
}

/** A registered member or unit org (双报到) takes a place on a project, while places remain. */
export const joinService = defineCommand({
  type: 'service.join',
  input: z.object({ projectId: IdSchema, claimId: IdSchema, claimant: WishClaimantSchema }),
  subject: subjectOf,
  run(tx, { projectId, claimId, claimant }, ctx) {
    const project = tx.require('serviceProjects', projectId, 'projectId');
    const today = shanghaiDate(ctx.now, 'now');
    assertMayJoin(tx, project, claimant, today, ctx.actor);
    const joined = tx.update('serviceProjects', projectId, (draft) => {
      draft.claims.push({ id: claimId, claimant, joinedOn: today });
    });
    tx.emit({ type: 'service.joined', subject: subjectOf({ projectId }), data: { claimId } });
    return joined;
  },
});

/** The claimant gives their place up: it is free for someone else. */
export const leaveService = defineCommand({
  type: 'service.leave',
  input: z.object({ projectId: IdSchema, claimant: WishClaimantSchema }),
  subject: subjectOf,
  run(tx, { projectId, claimant }, ctx) {
    const project = tx.require('serviceProjects', projectId, 'projectId');
    const subject = subjectOf({ projectId });
    assertOwnName(tx, project, claimant, ctx.actor);
    const claim = liveServiceClaims(project).find((held) => sameClaimant(held.claimant, claimant));
    if (claim === undefined) throw refuse(serviceRules.leaveOwnPlace, subject, 'claimant', { name: project.name });
    const today = shanghaiDate(ctx.now, 'now');
    const left = tx.update('serviceProjects', projectId, (draft) => {
      const held = draft.claims.find((entry) => entry.id === claim.id)!;
      held.leftOn = today;
    });
    tx.emit({ type: 'service.left', subject, data: { claimId: claim.id } });
    return left;
  },
});

export const serviceCommands = [offerService, joinService, leaveService] as const;
