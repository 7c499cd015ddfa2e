import type { LocalizedText } from '../../i18n/locale.js';
import { defineRule, type CatalogueRule } from '../../kernel/rule.js';
import { ruleTables } from '../../rules/rule-tables.js';
import { meetingKinds, type MeetingKind } from '../../schema/meeting.js';
import { cadenceKey, defaultCadenceRules } from './cadence-rules.js';
import { meetingLabels } from './meeting-labels.js';
import { complianceMessages } from './messages.js';

type ComplianceRule = CatalogueRule<typeof complianceMessages.missing>;

function cadenceLabel(kind: MeetingKind, bySecretary?: 'secretary'): LocalizedText {
  const { 'zh-CN': zh, en } = meetingLabels[kind];
  return bySecretary
    ? { 'zh-CN': `书记每年讲${zh}`, en: `The secretary gives a ${en} every year` }
    : { 'zh-CN': `按期召开${zh}`, en: `Hold the ${en} on time` };
}

/** A kind with no national frequency (a branch 党课): only a portal's layer sets one, so it is unconfirmed. */
function portalOnly(kind: MeetingKind): ComplianceRule {
  return defineRule({
    id: `meetings.${kind}`,
    version: ruleTables.meetings.asOf,
    source: '本地规定',
    confirmed: false,
    label: cadenceLabel(kind),
    message: complianceMessages.missing,
  });
}

const defaults = Object.fromEntries(
  defaultCadenceRules.map((cadence) => [
    cadenceKey(cadence),
    defineRule({
      ...cadence.rule,
      version: cadence.rule.version ?? ruleTables.meetings.asOf,
      label: cadenceLabel(cadence.kind, cadence.lecturerRole),
      message: complianceMessages.missing,
    }),
  ]),
);

/**
 * One catalogue entry per cadence (`cadenceKey`: the kind, and the secretary's own 党课): the
 * national ones from meetings.json, and an unconfirmed entry for a kind only a portal sets. A layer
 * keeps the id and marks the version local (`layerCadenceRules`).
 */
export const complianceRules: Readonly<Record<string, ComplianceRule>> = {
  ...Object.fromEntries(meetingKinds.map((kind) => [kind, portalOnly(kind)])),
  ...defaults,
};
