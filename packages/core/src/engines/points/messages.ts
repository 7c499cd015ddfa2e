import { defineMessages } from '../../i18n/define-messages.js';

/** What the points ledger reports and what the award commands say when they refuse. */
export const pointsMessages = defineMessages('points', {
  capReached: {
    'zh-CN': '“{item}”在 {period} 已达上限 {max} 分，另有 {over} 分未计入',
    en: '"{item}" reached its cap of {max} in {period}; {over} more points were not counted',
  },
  vetoApplied: {
    'zh-CN': '一票否决“{veto}”：{reason}，{part}计为 0 分（原 {before} 分）',
    en: 'One-vote veto "{veto}": {reason}; {part} counts 0 (was {before})',
  },
  memberExcluded: {
    'zh-CN': '“{exclusion}”：{reason}，不参加排名',
    en: '"{exclusion}": {reason}; not ranked',
  },
  itemNotInScheme: {
    'zh-CN': '积分细则“{scheme}”没有项目“{item}”，{on} 的 {points} 分未计入',
    en: 'The points scheme "{scheme}" has no item "{item}": {points} points of {on} are not counted',
  },
  unknownItem: {
    'zh-CN': '积分细则“{scheme}”中没有可人工加分的项目“{item}”',
    en: 'The points scheme "{scheme}" has no manually awarded item "{item}"',
  },
  overItemPoints: {
    'zh-CN': '“{item}”每次最多加 {max} 分，不能加 {points} 分',
    en: '"{item}" gives at most {max} points an award, not {points}',
  },
  revokeBeforeAward: {
    'zh-CN': '撤销日期 {on} 早于加分日期 {awardedOn}',
    en: 'A revoke dated {on} comes before the award of {awardedOn}',
  },
  dateAhead: {
    'zh-CN': '日期 {on} 晚于今天（{today}）',
    en: 'The date {on} is after today ({today})',
  },
  notForSelf: {
    'zh-CN': '不能给本人加分',
    en: 'Nobody awards points to themselves',
  },
  notAnAwarder: {
    'zh-CN': '“{item}”只能由{roles}加分',
    en: '"{item}" is awarded only by: {roles}',
  },
  revokedAlready: {
    'zh-CN': '这次加分已于 {on} 撤销',
    en: 'This award was revoked on {on}',
  },
});
