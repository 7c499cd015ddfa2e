import { formationLabels, type Coverage, type Formation, type LocalizedText } from '@dangjian/core';

/** How a unit is covered (core's formations), and 未覆盖 for a unit with none recorded. */
export const formationFilterLabels: Readonly<Record<Formation | 'none', LocalizedText>> = {
  ...formationLabels,
  none: { 'zh-CN': '未覆盖', en: 'not covered' },
};

/** 组织覆盖 / 工作覆盖 / 空白点 */
export const coverageLabels: Readonly<Record<Coverage, LocalizedText>> = {
  none: { 'zh-CN': '空白点', en: 'Blank spots' },
  work: { 'zh-CN': '工作覆盖', en: 'Work coverage' },
  organisation: { 'zh-CN': '组织覆盖', en: 'Organisation coverage' },
};
