import { defineRule } from '../../kernel/rule.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';
import { statusMessages } from './messages.js';

const table = ruleTables.membershipStatus;

function cited(entry: { source: string; article: string; confirmed: boolean }) {
  const source = ruleSource('membershipStatus', entry.source);
  const sourceName = source && `${source.name}（${source.year}）`;
  return {
    version: table.asOf,
    article: entry.article,
    confirmed: entry.confirmed,
    ...(sourceName && { source: sourceName }),
  };
}

/** The membership-status rules of membership-status.json: warnings only, never a status change. */
export const statusRules = {
  /** 党章 第九条: six months without org life, dues or assigned work — 自行脱党. */
  selfLapse: defineRule({
    id: 'status.selfLapse',
    ...cited(table.selfLapse),
    label: {
      'zh-CN': '连续六个月不参加组织生活、不交党费、不做党所分配的工作',
      en: 'Six months without org life, dues or assigned work',
    },
    message: statusMessages.selfLapseCandidate,
  }),
  /** Unreachable for six months — 停止党籍. */
  lostContactSuspension: defineRule({
    id: 'status.lostContactSuspension',
    ...cited(table.lostContact.suspension),
    label: { 'zh-CN': '失去联系满六个月停止党籍', en: 'Six months out of contact: membership suspended' },
    message: statusMessages.suspensionCandidate,
  }),
};
