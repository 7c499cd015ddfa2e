import type { LocalizedText } from '../i18n/locale.js';
import type { Formation, UnitKind } from './unit.js';

/** 驻区单位 / 两新组织 kinds, as the field reports name them. */
export const unitKindLabels: Readonly<Record<UnitKind, LocalizedText>> = {
  agency: { 'zh-CN': '机关', en: 'agency' },
  institution: { 'zh-CN': '事业单位', en: 'public institution' },
  stateOwned: { 'zh-CN': '国有企业', en: 'state-owned enterprise' },
  privateEnterprise: { 'zh-CN': '非公企业', en: 'private enterprise' },
  socialOrganisation: { 'zh-CN': '社会组织', en: 'social organisation' },
};

/** How a unit's Party organisation is formed: 单建 / 联建 / 挂建 / 派建 (a sent instructor). */
export const formationLabels: Readonly<Record<Formation, LocalizedText>> = {
  standalone: { 'zh-CN': '单建', en: 'standalone' },
  joint: { 'zh-CN': '联建', en: 'joint' },
  attached: { 'zh-CN': '挂建', en: 'attached' },
  instructor: { 'zh-CN': '派建', en: 'instructor' },
};
