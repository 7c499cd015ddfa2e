import { localize, type LocalizedText } from '@dangjian/core';
import { registrationMessages as messages } from './messages.js';

/** The form's inputs, named as `Registration`'s fields so a command error's `field` finds its input. */
export type DraftField = 'communityOrgId' | 'postIds' | 'registeredOn' | 'employerOrgName';

export interface RegistrationDraft {
  readonly communityOrgId: string;
  readonly postIds: readonly string[];
  readonly registeredOn: string;
  readonly employerOrgName: string;
}

export const fieldLabels: Readonly<Record<DraftField, LocalizedText>> = {
  communityOrgId: messages.community,
  postIds: messages.posts,
  registeredOn: messages.registeredOn,
  employerOrgName: messages.employerOrgName,
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a draft before any command runs: required fields and the date's form. */
export function checkDraft(draft: RegistrationDraft): Partial<Record<DraftField, LocalizedText>> {
  const problems: Partial<Record<DraftField, LocalizedText>> = {};
  const required = (field: DraftField): LocalizedText => localize(messages.required, { field: fieldLabels[field] });
  if (!draft.communityOrgId) problems.communityOrgId = required('communityOrgId');
  if (!draft.registeredOn) problems.registeredOn = required('registeredOn');
  else if (!isoDate.test(draft.registeredOn)) problems.registeredOn = messages.invalidDate;
  if (!draft.employerOrgName.trim()) problems.employerOrgName = required('employerOrgName');
  return problems;
}

/** The input a command error's `field` (`postIds.2`, `communityOrgId`) belongs to, if any. */
export function draftFieldOf(field: string | undefined): DraftField | undefined {
  const head = field?.split('.')[0];
  return head && head in fieldLabels ? (head as DraftField) : undefined;
}
