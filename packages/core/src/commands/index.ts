export { createOrg, createOrgInput } from './org/create-org.js';
export { renameOrg } from './org/rename-org.js';
export { moveOrg } from './org/move-org.js';
export { assertNesting } from './org/nesting.js';
export { orgRules } from './org/rules.js';
export { registerMember } from './member/register-member.js';
export { createEntityCommand, requireReferences, type References } from './create-entity.js';
export { registerUnit } from './unit/register-unit.js';
export { setUnitCoverage } from './unit/set-unit-coverage.js';
export { registerUnitOrg } from './unit/register-unit-org.js';
export { appointPartTimeMember } from './unit/appoint-part-time-member.js';
export { createConference } from './conference/create-conference.js';
export { recordConferenceSession } from './conference/record-conference-session.js';
export { signAgreement } from './agreement/sign-agreement.js';
export { createPost } from './post/create-post.js';
export { claimPost, releasePost } from './post/claim-post.js';
export { postMessages } from './post/messages.js';
export { postRules } from './post/rules.js';
export { assessPledge, makePledge, reportPledgeFulfilment, withdrawPledge } from './pledge/pledge-commands.js';
export { addBuilding } from './post/add-building.js';
export { createProject } from './project/create-project.js';
export { dissolveOrg } from './org/dissolve-org.js';
export { mergeOrgs } from './org/merge-orgs.js';
export { splitCourtyardBranch } from './org/split-courtyard-branch.js';
export { setUpTransitionalGroups } from './org/set-up-transitional-groups.js';
export { referencesTo, repoint, type OrgReference } from './org/org-references.js';
export { reviewProject } from './project/review-project.js';
export { assessAgreement } from './agreement/assess-agreement.js';
export { defineMemberCommand } from './member/member-update.js';
export { updateMember } from './member/update-member.js';
export { changeManagingOrg } from './member/change-managing-org.js';
export { transferMembership } from './member/transfer-membership.js';
export { recordContact } from './member/record-contact.js';
export { markOutflow, markReturn } from './member/mark-outflow.js';
export { markLostContact, markFound } from './member/mark-lost-contact.js';
export { retireMember } from './member/retire-member.js';
export { archiveMember } from './member/archive-member.js';
export { registerInCommunity } from './member/register-in-community.js';
export { sendFeedbackReport } from './member/send-feedback-report.js';
export { importMembers } from './member/import-members.js';
export { recordMeeting } from './meeting/record-meeting.js';
export { openEvaluation } from './evaluation/open-evaluation.js';
export { submitRating } from './evaluation/submit-rating.js';
export { closeEvaluation } from './evaluation/close-evaluation.js';
export { decideRating, recordFollowUp } from './evaluation/decide-rating.js';
export {
  cancelWishClaim,
  claimWish,
  confirmWish,
  expireWish,
  postWish,
  publishWish,
  reviewWish,
  withdrawWish,
} from './wish/wish-commands.js';
export { joinService, leaveService, offerService } from './service/service-commands.js';
export { formVolunteerTeam } from './volunteer/form-team.js';
export { enrolVolunteer } from './volunteer/enrol.js';
export { recordVolunteerHours } from './volunteer/record-hours.js';
export { sendYearlyReport } from './member/send-yearly-report.js';
export { placeInGrid } from './grid/place-in-grid.js';
export { approveMeeting, returnMeeting, submitMeeting } from './meeting/review-meeting.js';
export { meetingMessages, reviewStateLabels } from './meeting/messages.js';
export { meetingRules } from './meeting/rules.js';
export { addSkill, removeSkill } from './member/add-skill.js';
export { disclosePersonalField } from './member/disclose-personal-field.js';
export { openDevelopmentProcess } from './development/open-process.js';
export { recordDevelopmentStep } from './development/record-step.js';
export { extendProbation } from './development/extend-probation.js';
export { setDuesStandard } from './dues/set-standard.js';
export { proposeDuesRelief, decideDuesRelief } from './dues/relief.js';
export { openDuesMonth } from './dues/open-month.js';
export { payDues } from './dues/pay-dues.js';
export { deferDues } from './dues/defer-dues.js';
export { reportDuesMonth, settleDuesMonth } from './dues/report-month.js';
export { duesRules } from './dues/rules.js';
export { awardPoints, revokePoints } from './points/award-points.js';
export { setScoreScheme } from './points/set-score-scheme.js';
export * from './registry.js';
export { orgMessages } from './org/messages.js';
export { memberMessages, registrationMessages } from './member/messages.js';
export { memberRules } from './member/rules.js';
export { unitMessages } from './unit/messages.js';
