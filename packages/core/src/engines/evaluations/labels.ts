import type { LocalizedText } from '../../i18n/locale.js';
import type { Rating } from '../../schema/evaluation-scheme.js';

/** The four ratings' names (DESIGN §2), for messages and elements. */
export const ratingLabels: Readonly<Record<Rating, LocalizedText>> = {
  excellent: { 'zh-CN': '优秀', en: 'excellent' },
  qualified: { 'zh-CN': '合格', en: 'qualified' },
  basicallyQualified: { 'zh-CN': '基本合格', en: 'basically qualified' },
  unqualified: { 'zh-CN': '不合格', en: 'unqualified' },
};

export const roundStateLabels: Readonly<Record<'open' | 'closed', LocalizedText>> = {
  open: { 'zh-CN': '正在评议', en: 'open' },
  closed: { 'zh-CN': '已结束', en: 'closed' },
};

export const roundStepLabels = {
  submit: { 'zh-CN': '提交评价', en: 'rated' },
  close: { 'zh-CN': '结束评议', en: 'closed' },
  decide: { 'zh-CN': '评定等次', en: 'decided' },
  followUp: { 'zh-CN': '登记后续处理', en: 'followed up' },
} as const satisfies Record<string, LocalizedText>;

export const markingLabels: Readonly<Record<'grade' | 'score', LocalizedText>> = {
  grade: { 'zh-CN': '等次', en: 'grade' },
  score: { 'zh-CN': '分数（0–100）', en: 'score (0–100)' },
};
