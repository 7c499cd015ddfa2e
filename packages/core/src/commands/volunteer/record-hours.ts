import { volunteerRules } from '../../engines/service/rules.js';
import { servedFor } from '../../engines/service/served-in.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { registrationsOf } from '../wish/claimant-checks.js';
import type { Transaction } from '../../kernel/transaction.js';
import type { Registration } from '../../schema/registration.js';
import type { ServiceProject } from '../../schema/service-project.js';
import {
  VolunteerHoursSchema,
  volunteerKey,
  type Volunteer,
  type VolunteerHours,
  type VolunteerTeam,
} from '../../schema/volunteer.js';

const RecordHoursInput = VolunteerHoursSchema.omit({ confirmedBy: true });
type Where = { readonly team: VolunteerTeam } | { readonly project: ServiceProject };

/** The team or the project the hours belong to: exactly one of them. */
function whereServed(tx: Transaction, input: { id: string; teamId?: string; projectId?: string }): Where {
  if ((input.teamId === undefined) === (input.projectId === undefined)) {
    throw refuse(volunteerRules.oneWhere, { collection: 'volunteerHours', id: input.id }, 'teamId');
  }
  return input.teamId !== undefined
    ? { team: tx.require('volunteerTeams', input.teamId, 'teamId') }
    : { project: tx.require('serviceProjects', input.projectId!, 'projectId') };
}

/** On the team's roster, or holding a place on the project that day (joined on or before it, not yet left). */
function onTheRoster(where: Where, volunteer: Volunteer, on: string): boolean {
  if ('team' in where) {
    return volunteer.kind === 'member'
      ? where.team.memberIds.includes(volunteer.memberId)
      : where.team.residentNames.includes(volunteer.name);
  }
  return where.project.claims.some(
    (claim) =>
      volunteer.kind === 'member' &&
      claim.claimant.kind === 'member' &&
      claim.claimant.memberId === volunteer.memberId &&
      claim.joinedOn <= on &&
      (claim.leftOn === undefined || on < claim.leftOn),
  );
}

/** The member's 双报到 registration the hours count towards (`servedFor`); the first by id if several. */
function registrationFor(tx: Transaction, hours: VolunteerHours, memberId: string): Registration | undefined {
  return registrationsOf(tx, memberId)
    .filter((registration) => servedFor(tx.snapshot, registration, hours))
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
}

/** Refuses hours confirmed by the volunteer themself, or (for a team) by a member who does not lead it. */
function assertConfirmer(where: Where, volunteer: Volunteer, id: string, actorMemberId: string | undefined): void {
  const subject = { collection: 'volunteerHours', id };
  if (actorMemberId !== undefined && volunteer.kind === 'member' && volunteer.memberId === actorMemberId) {
    throw refuse(volunteerRules.notOwnHours, subject, 'volunteer');
  }
  // Community staff (no member record of their own) confirm any hours; a member only their own team's.
  if (actorMemberId === undefined) return;
  const leader = 'team' in where ? where.team.leaderMemberId : undefined;
  if (leader !== actorMemberId) {
    const team = 'team' in where ? where.team.name : where.project.name;
    throw refuse(volunteerRules.leaderConfirms, subject, 'teamId', { team });
  }
}

/**
 * 志愿服务时长: a day's service in whole minutes for a team member or a project's claimant,
 * confirmed by the team's leader or community staff. A registered member's `serviceMinutes` grows
 * by the same minutes in the same transaction, so the two never disagree.
 */
export const recordVolunteerHours = defineCommand({
  type: 'volunteer.recordHours',
  input: RecordHoursInput,
  subject: (input) =>
    input.teamId !== undefined
      ? { collection: 'volunteerTeams', id: input.teamId }
      : { collection: 'serviceProjects', id: input.projectId ?? input.id },
  run(tx, input, ctx) {
    const where = whereServed(tx, input);
    const subject = { collection: 'volunteerHours', id: input.id };
    if (input.volunteer.kind === 'member') tx.require('members', input.volunteer.memberId, 'volunteer.memberId');
    assertConfirmer(where, input.volunteer, input.id, ctx.actor.memberId);
    const name = 'team' in where ? where.team.name : where.project.name;
    if (!onTheRoster(where, input.volunteer, input.on)) {
      throw refuse(volunteerRules.onTheRoster, subject, 'volunteer', { name, on: input.on });
    }
    const key = volunteerKey(input.volunteer);
    // The day's hours from the day index: never a pass over every hour ever recorded.
    const recorded = tx
      .idsWhere('volunteerHours', ['on'], input.on)
      .map((id) => tx.get('volunteerHours', id)!)
      .filter((entry) => volunteerKey(entry.volunteer) === key)
      .reduce((sum, entry) => sum + entry.minutes, 0);
    if (recorded + input.minutes > 1440) {
      throw refuse(volunteerRules.dayLimit, subject, 'minutes', { on: input.on, recorded, minutes: input.minutes });
    }
    const hours = tx.insert('volunteerHours', { ...input, confirmedBy: ctx.actor.id });
    const memberId = input.volunteer.kind === 'member' ? input.volunteer.memberId : undefined;
    const registration = memberId === undefined ? undefined : registrationFor(tx, hours, memberId);
    if (registration) {
      tx.update('registrations', registration.id, (draft) => {
        draft.serviceMinutes += input.minutes;
      });
    }
    tx.emit({
      type: 'volunteer.hoursRecorded',
      subject,
      data: {
        ...(memberId !== undefined && { memberId }),
        ...(input.teamId !== undefined && { teamId: input.teamId }),
        ...(input.projectId !== undefined && { projectId: input.projectId }),
        minutes: input.minutes,
        on: input.on,
      },
    });
    return hours;
  },
});
