import { executeCommand, type Command, type CommandOutcome, type CommandResultOf } from '../kernel/command.js';
import { NotFoundError, type DangjianError } from '../kernel/errors.js';
import { err, ok, type Result } from '../kernel/result.js';
import type { Snapshot } from '../kernel/snapshot.js';
import type { Actor } from '../schema/common.js';
import type { z } from '../schema/zod.js';
import { assessAgreement } from './agreement/assess-agreement.js';
import { signAgreement } from './agreement/sign-agreement.js';
import { createConference } from './conference/create-conference.js';
import { extendProbation } from './development/extend-probation.js';
import { openDevelopmentProcess } from './development/open-process.js';
import { recordDevelopmentStep } from './development/record-step.js';
import { recordConferenceSession } from './conference/record-conference-session.js';
import { deferDues } from './dues/defer-dues.js';
import { openDuesMonth } from './dues/open-month.js';
import { payDues } from './dues/pay-dues.js';
import { decideDuesRelief, proposeDuesRelief } from './dues/relief.js';
import { reportDuesMonth, settleDuesMonth } from './dues/report-month.js';
import { setDuesStandard } from './dues/set-standard.js';
import { awardPoints, revokePoints } from './points/award-points.js';
import { setScoreScheme } from './points/set-score-scheme.js';
import { recordMeeting } from './meeting/record-meeting.js';
import { claimPost, releasePost } from './post/claim-post.js';
import { assessPledge, makePledge, reportPledgeFulfilment, withdrawPledge } from './pledge/pledge-commands.js';
import { placeInGrid } from './grid/place-in-grid.js';
import { sendYearlyReport } from './member/send-yearly-report.js';
import { joinService, leaveService, offerService } from './service/service-commands.js';
import { enrolVolunteer } from './volunteer/enrol.js';
import { formVolunteerTeam } from './volunteer/form-team.js';
import { recordVolunteerHours } from './volunteer/record-hours.js';
import { closeEvaluation } from './evaluation/close-evaluation.js';
import { decideRating, recordFollowUp } from './evaluation/decide-rating.js';
import { openEvaluation } from './evaluation/open-evaluation.js';
import { submitRating } from './evaluation/submit-rating.js';
import {
  cancelWishClaim,
  claimWish,
  confirmWish,
  expireWish,
  postWish,
  publishWish,
  reviewWish,
  withdrawWish,
} from './wish/wish-commands.js';
import { approveMeeting, returnMeeting, submitMeeting } from './meeting/review-meeting.js';
import { addSkill, removeSkill } from './member/add-skill.js';
import { archiveMember } from './member/archive-member.js';
import { changeManagingOrg } from './member/change-managing-org.js';
import { disclosePersonalField } from './member/disclose-personal-field.js';
import { importMembers } from './member/import-members.js';
import { markFound, markLostContact } from './member/mark-lost-contact.js';
import { markOutflow, markReturn } from './member/mark-outflow.js';
import { recordContact } from './member/record-contact.js';
import { registerInCommunity } from './member/register-in-community.js';
import { registerMember } from './member/register-member.js';
import { retireMember } from './member/retire-member.js';
import { sendFeedbackReport } from './member/send-feedback-report.js';
import { transferMembership } from './member/transfer-membership.js';
import { updateMember } from './member/update-member.js';
import { createOrg } from './org/create-org.js';
import { dissolveOrg } from './org/dissolve-org.js';
import { mergeOrgs } from './org/merge-orgs.js';
import { moveOrg } from './org/move-org.js';
import { renameOrg } from './org/rename-org.js';
import { setUpTransitionalGroups } from './org/set-up-transitional-groups.js';
import { splitCourtyardBranch } from './org/split-courtyard-branch.js';
import { addBuilding } from './post/add-building.js';
import { createPost } from './post/create-post.js';
import { createProject } from './project/create-project.js';
import { reviewProject } from './project/review-project.js';
import { appointPartTimeMember } from './unit/appoint-part-time-member.js';
import { registerUnitOrg } from './unit/register-unit-org.js';
import { registerUnit } from './unit/register-unit.js';
import { setUnitCoverage } from './unit/set-unit-coverage.js';
import { phrase } from '../i18n/define-messages.js';
import { commandMessages } from '../kernel/messages.js';

/** Every command of the kit in one list: adding a command is its file plus one line here. */
const all = [
  createOrg,
  renameOrg,
  moveOrg,
  mergeOrgs,
  dissolveOrg,
  splitCourtyardBranch,
  setUpTransitionalGroups,
  registerMember,
  importMembers,
  updateMember,
  addSkill,
  removeSkill,
  changeManagingOrg,
  transferMembership,
  recordContact,
  markOutflow,
  markReturn,
  markLostContact,
  markFound,
  retireMember,
  archiveMember,
  registerInCommunity,
  sendFeedbackReport,
  disclosePersonalField,
  recordMeeting,
  postWish,
  reviewWish,
  publishWish,
  claimWish,
  cancelWishClaim,
  confirmWish,
  withdrawWish,
  expireWish,
  offerService,
  joinService,
  leaveService,
  formVolunteerTeam,
  enrolVolunteer,
  recordVolunteerHours,
  sendYearlyReport,
  placeInGrid,
  openEvaluation,
  submitRating,
  closeEvaluation,
  decideRating,
  recordFollowUp,
  submitMeeting,
  approveMeeting,
  returnMeeting,
  registerUnit,
  setUnitCoverage,
  registerUnitOrg,
  appointPartTimeMember,
  createConference,
  recordConferenceSession,
  signAgreement,
  assessAgreement,
  createPost,
  claimPost,
  releasePost,
  makePledge,
  reportPledgeFulfilment,
  assessPledge,
  withdrawPledge,
  addBuilding,
  createProject,
  reviewProject,
  openDevelopmentProcess,
  recordDevelopmentStep,
  extendProbation,
  setDuesStandard,
  proposeDuesRelief,
  decideDuesRelief,
  openDuesMonth,
  payDues,
  deferDues,
  reportDuesMonth,
  settleDuesMonth,
  setScoreScheme,
  awardPoints,
  revokePoints,
] as const;

type AnyCommand = (typeof all)[number];

/** The registry: command `type` → command. What the server's command route and the policy read. */
export type CommandRegistry = { readonly [C in AnyCommand as C['type']]: C };
export type CommandType = keyof CommandRegistry;

export const commands = Object.freeze(
  Object.fromEntries(all.map((command) => [command.type, command])),
) as CommandRegistry;

export const commandTypes = Object.keys(commands) as CommandType[];

export function isCommandType(type: unknown): type is CommandType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(commands, type);
}

/** The command of a type, or a `NotFoundError` naming the type (what a client sent). */
export function commandOf(type: string): Result<Command<z.ZodType, unknown>, DangjianError> {
  if (isCommandType(type)) return ok(commands[type] as unknown as Command<z.ZodType, unknown>);
  return err(
    new NotFoundError({
      ...phrase(commandMessages.unknown, { type: type.slice(0, 100) }),
      field: 'type',
      subject: { collection: 'commands', id: type.slice(0, 100) },
    }),
  );
}

type Context = { readonly actor: Actor; readonly now: string };

/**
 * Runs a command purely, given the command itself or its registered type:
 * `execute(snapshot, 'org.move', { orgId, parentId }, ctx)`.
 */
export function execute<S extends z.ZodType, R>(
  snapshot: Snapshot,
  command: Command<S, R>,
  input: unknown,
  ctx: Context,
): Result<CommandOutcome<R>, DangjianError>;
export function execute<T extends CommandType>(
  snapshot: Snapshot,
  type: T,
  input: unknown,
  ctx: Context,
): Result<CommandOutcome<CommandResultOf<CommandRegistry[T]>>, DangjianError>;
export function execute(
  snapshot: Snapshot,
  command: Command<z.ZodType, unknown> | string,
  input: unknown,
  ctx: Context,
): Result<CommandOutcome<unknown>, DangjianError>;
export function execute(
  snapshot: Snapshot,
  command: Command<z.ZodType, unknown> | string,
  input: unknown,
  ctx: Context,
): Result<CommandOutcome<unknown>, DangjianError> {
  if (typeof command !== 'string') return executeCommand(snapshot, command, input, ctx);
  const found = commandOf(command);
  return found.ok ? executeCommand(snapshot, found.value, input, ctx) : found;
}
