import { volunteerRules } from '../../engines/service/rules.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { IdSchema } from '../../schema/common.js';
import { VolunteerSchema } from '../../schema/volunteer.js';
import { z } from '../../schema/zod.js';

/** 志愿服务队: a member (by id) or a resident (by name) joins a team's roster, once. */
export const enrolVolunteer = defineCommand({
  type: 'volunteer.enrol',
  input: z.object({ teamId: IdSchema, volunteer: VolunteerSchema }),
  subject: (input) => ({ collection: 'volunteerTeams', id: input.teamId }),
  run(tx, { teamId, volunteer }) {
    const team = tx.require('volunteerTeams', teamId, 'teamId');
    if (volunteer.kind === 'member') tx.require('members', volunteer.memberId, 'volunteer.memberId');
    const onRoster =
      volunteer.kind === 'member'
        ? team.memberIds.includes(volunteer.memberId)
        : team.residentNames.includes(volunteer.name);
    if (onRoster)
      throw refuse(volunteerRules.onceOnRoster, { collection: 'volunteerTeams', id: teamId }, 'volunteer', {
        team: team.name,
      });
    const enrolled = tx.update('volunteerTeams', teamId, (draft) => {
      if (volunteer.kind === 'member') draft.memberIds.push(volunteer.memberId);
      else draft.residentNames.push(volunteer.name);
    });
    const people = enrolled.memberIds.length + enrolled.residentNames.length;
    tx.emit({ type: 'volunteer.enrolled', subject: { collection: 'volunteerTeams', id: teamId }, data: { people } });
    return enrolled;
  },
});
