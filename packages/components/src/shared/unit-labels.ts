import type { Coverage, Formation, LocalizedText, UnitKind } from '@dangjian/core';

/** 驻区单位 / 两新组织 kinds, as the field reports name them. */
export const unitKindLabels: Readonly<Record<UnitKind, LocalizedText>> = {
  agency: { 'zh-CN': '机关', en: 'agency' },
  institution: { 'zh-CN': '事业单位', en: 'public institution' },
  stateOwned: { 'zh-CN': '国有企业', en: 'state-owned enterprise' },
  privateEnterprise: { 'zh-CN': '非公企业', en: 'private enterprise' },
  socialOrganisation: { 'zh-CN': '社会组织', en: 'social organisation' },
};

/** How a unit is covered (单建/联建/挂建/派建), and 未覆盖 for a unit with none recorded. */
export const formationLabels: Readonly<Record<Formation | 'none', LocalizedText>> = {
  standalone: { 'zh-CN': '单建', en: 'standalone' },
  joint: { 'zh-CN': '联建', en: 'joint' },
  attached: { 'zh-CN': '挂建', en: 'attached' },
  instructor: { 'zh-CN': '派建', en: 'instructor' },
  none: { 'zh-CN': '未覆盖', en: 'not covered' },
};

/** 组织覆盖 / 工作覆盖 / 空白点 */
export const coverageLabels: Readonly<Record<Coverage, LocalizedText>> = {
  none: { 'zh-CN': '空白点', en: 'Blank spots' },
  work: { 'zh-CN': '工作覆盖', en: 'Work coverage' },
  organisation: { 'zh-CN': '组织覆盖', en: 'Organisation coverage' },
};
