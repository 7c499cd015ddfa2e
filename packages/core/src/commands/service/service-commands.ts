import { shanghaiDate } from '../../calendar/instant.js';
import { serviceRules } from '../../engines/service/rules.js';
import { isWithin } from '../../engines/org-tree.js';
import { defineCommand, type CommandContext } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema } from '../../schema/common.js';
import { liveServiceClaims, ServiceProjectSchema, type ServiceProject } from '../../schema/service-project.js';
import { WishClaimantSchema, type WishClaimant } from '../../schema/wish.js';
import { z } from '../../schema/zod.js';
import { reported, sameClaimant } from '../wish/claimant-checks.js';

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

/** Refuses a claim out of the project's period, in someone else's name, by one who did not report, twice, or over capacity. */
/**
 * A member claims for themself and a unit org for itself; community staff — an actor of the
 * project's community or an org above it, with no member record of their own — record any claim.
 */
function assertOwnName(tx: Transaction, project: ServiceProject, claimant: WishClaimant, actor: Actor): void {
  const subject = { collection: 'serviceProjects', id: project.id };
  if (actor.memberId !== undefined && claimant.kind === 'member' && claimant.memberId !== actor.memberId) {
    throw refuse(serviceRules.claimForOneself, subject, 'claimant.memberId');
  }
  const staff = actor.orgId !== undefined && isWithin(tx.snapshot, project.communityOrgId, actor.orgId);
  if (claimant.kind === 'unitOrg' && actor.orgId !== undefined && !staff && claimant.orgId !== actor.orgId) {
    throw refuse(serviceRules.claimForOneself, subject, 'claimant.orgId');
  }
}

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
  if (!reported(tx, claimant, project.communityOrgId)) {
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
