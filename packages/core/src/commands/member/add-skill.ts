import { TextSchema } from '../../schema/common.js';
import { defineMemberCommand } from './member-update.js';

const skill = { skill: TextSchema.trim().min(1).max(30) };

/**
 * Adds one skill (特长). An intent, not a list: two workers adding skills at once both land,
 * where "set the skills to this list" computed from a stale copy would lose one of them.
 */
export const addSkill = defineMemberCommand({
  type: 'member.addSkill',
  event: 'member.updated',
  fields: skill,
  apply(draft, { skill: added }) {
    const skills = draft.skills ?? [];
    if (!skills.includes(added)) draft.skills = [...skills, added];
  },
});

/** Removes one skill; removing one the member does not have changes nothing. */
export const removeSkill = defineMemberCommand({
  type: 'member.removeSkill',
  event: 'member.updated',
  fields: skill,
  apply(draft, { skill: removed }) {
    if (draft.skills?.includes(removed)) draft.skills = draft.skills.filter((each) => each !== removed);
  },
});
