import type { LocalizedText } from '../../i18n/locale.js';
import { defineRule, type CatalogueRule } from '../../kernel/rule.js';
import { ruleTables } from '../../rules/rule-tables.js';
import type { MeetingKind } from '../../schema/meeting.js';
import { defaultCadenceRules } from './cadence-rules.js';
import { meetingLabels } from './meeting-labels.js';
import { complianceMessages } from './messages.js';

const cadenceLabel = (kind: MeetingKind): LocalizedText => ({
  'zh-CN': `按期召开${meetingLabels[kind]['zh-CN']}`,
  en: `Hold the ${meetingLabels[kind].en} on time`,
});

/**
 * One catalogue entry per kind of meeting: how often it is held (meetings.json). A portal's layer
 * keeps the id and marks the version local (`layerCadenceRules`).
 */
export const complianceRules = Object.fromEntries(
  defaultCadenceRules.map((cadence) => [
    cadence.kind,
    defineRule({
      ...cadence.rule,
      version: cadence.rule.version ?? ruleTables.meetings.asOf,
      label: cadenceLabel(cadence.kind),
      message: complianceMessages.missing,
    }),
  ]),
) as Readonly<Record<MeetingKind, CatalogueRule<typeof complianceMessages.missing>>>;
