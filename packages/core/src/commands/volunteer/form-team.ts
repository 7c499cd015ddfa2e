import { defineCommand } from '../../kernel/command.js';
import { VolunteerTeamSchema } from '../../schema/volunteer.js';

/** 志愿服务队: an org forms a team with its leader and roster (members by id, residents by name). */
export const formVolunteerTeam = defineCommand({
  type: 'volunteer.formTeam',
  input: VolunteerTeamSchema,
  subject: (input) => ({ collection: 'volunteerTeams', id: input.id }),
  run(tx, input) {
    tx.require('orgs', input.orgId, 'orgId');
    tx.require('members', input.leaderMemberId, 'leaderMemberId');
    input.memberIds.forEach((memberId, index) => tx.require('members', memberId, `memberIds.${index}`));
    // The leader is on the roster whether or not the input lists them.
    const memberIds = input.memberIds.includes(input.leaderMemberId)
      ? input.memberIds
      : [input.leaderMemberId, ...input.memberIds];
    const team = tx.insert('volunteerTeams', { ...input, memberIds });
    const people = new Set(team.memberIds).size + new Set(team.residentNames).size;
    tx.emit({
      type: 'volunteer.teamFormed',
      subject: { collection: 'volunteerTeams', id: team.id },
      data: { orgId: team.orgId, people },
    });
    return team;
  },
});
