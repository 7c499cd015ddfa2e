import { calendarMessages } from '../calendar/messages.js';
import { memberMessages, registrationMessages } from '../commands/member/messages.js';
import { meetingMessages } from '../commands/meeting/messages.js';
import { orgMessages } from '../commands/org/messages.js';
import { quorumMessages } from '../engines/quorum/messages.js';
import { unitMessages } from '../commands/unit/messages.js';
import { complianceMessages } from '../engines/compliance/messages.js';
import { duesMessages } from '../engines/dues/messages.js';
import { conferenceMessages } from '../engines/conference/messages.js';
import { coverageMessages } from '../engines/coverage/messages.js';
import { developmentMessages } from '../engines/development/messages.js';
import { projectMessages } from '../engines/projects/messages.js';
import { statusMessages } from '../engines/status/messages.js';
import { structureMessages } from '../engines/structure/messages.js';
import { templatesByCode, type Message } from '../i18n/define-messages.js';
import {
  auditMessages,
  commandMessages,
  entityMessages,
  inputMessages,
  requestMessages,
  storeMessages,
  tenantMessages,
} from '../kernel/messages.js';
import { policyMessages } from '../policy/messages.js';
import { rosterMessages } from '../roster/messages.js';
import { wishMessages } from '../engines/wishes/messages.js';
import { postMessages } from '../commands/post/messages.js';
import { pledgeMessages } from '../engines/pledges/messages.js';
import { serviceMessages, volunteerMessages } from '../engines/service/messages.js';
import { gridMessages } from '../engines/grids/messages.js';
import { evaluationMessages } from '../engines/evaluations/messages.js';
import { evaluationSchemeMessages } from '../schema/evaluation-messages.js';
import { pointsMessages } from '../engines/points/messages.js';
import { scoreSchemeMessages } from '../schema/score-scheme-messages.js';
import { schemaMessages } from '../schema/messages.js';

/**
 * Every area's messages, each defined beside its code. The list exists for the portal that
 * translates or rewords texts and for the docs; the code never looks a message up in it.
 */
const tables = [
  inputMessages,
  commandMessages,
  requestMessages,
  storeMessages,
  entityMessages,
  tenantMessages,
  auditMessages,
  schemaMessages,
  calendarMessages,
  policyMessages,
  orgMessages,
  memberMessages,
  registrationMessages,
  unitMessages,
  meetingMessages,
  quorumMessages,
  structureMessages,
  coverageMessages,
  conferenceMessages,
  projectMessages,
  statusMessages,
  complianceMessages,
  developmentMessages,
  duesMessages,
  rosterMessages,
  wishMessages,
  postMessages,
  pledgeMessages,
  serviceMessages,
  volunteerMessages,
  gridMessages,
  evaluationMessages,
  evaluationSchemeMessages,
  scoreSchemeMessages,
  pointsMessages,
] as const;

/** The messages of each table in a union of tables (distributes, so no table's keys are lost). */
type MessagesOf<Table> = Table extends unknown ? Table[keyof Table] : never;
type AllMessages = MessagesOf<(typeof tables)[number]>;

/** Every message of core, in area order. */
export const messageCatalogue: readonly Message[] = tables.flatMap((table) => Object.values(table) as Message[]);

/** Every code core speaks with. */
export type MessageCode = AllMessages['code'];

/** Every message template by code (zh-CN and en), the list a translation starts from. */
export const messages = Object.assign({}, ...tables.map((table) => templatesByCode(table))) as Readonly<
  Record<MessageCode, { readonly 'zh-CN': string; readonly en: string }>
>;
