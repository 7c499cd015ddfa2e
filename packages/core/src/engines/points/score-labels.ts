import type { LocalizedText } from '../../i18n/locale.js';
import type { ScorePart, ScoreSourceId } from '../../schema/score-scheme.js';

/** 基础分 / 任务分 / 奖励分, as a ledger names the parts. */
export const scorePartLabels: Readonly<Record<ScorePart, LocalizedText>> = {
  base: { 'zh-CN': '基础分', en: 'Base' },
  task: { 'zh-CN': '任务分', en: 'Tasks' },
  reward: { 'zh-CN': '奖励分', en: 'Rewards' },
};

/** Where a line comes from, as a ledger names the source. */
export const scoreSourceLabels: Readonly<Record<ScoreSourceId, LocalizedText>> = {
  meetingAttended: { 'zh-CN': '组织生活', en: 'Org life' },
  wishFulfilled: { 'zh-CN': '微心愿', en: 'Wish' },
  pledgeFulfilled: { 'zh-CN': '依岗承诺', en: 'Pledge on a post' },
  volunteerHours: { 'zh-CN': '志愿服务', en: 'Volunteer hours' },
  manualAward: { 'zh-CN': '人工加分', en: 'Manual award' },
};
