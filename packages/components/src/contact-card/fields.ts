import type { ContactCard, LocalizedText } from '@dangjian/core';

export type ContactField = Exclude<keyof ContactCard, 'updatedOn'>;

/** 六个清, in the order the field reports list them. */
export const contactFields: readonly { readonly key: ContactField; readonly label: LocalizedText }[] = [
  { key: 'whereabouts', label: { 'zh-CN': '去向清', en: 'Whereabouts' } },
  { key: 'contact', label: { 'zh-CN': '联系方式清', en: 'Contact' } },
  { key: 'housing', label: { 'zh-CN': '居住情况清', en: 'Housing' } },
  { key: 'thinking', label: { 'zh-CN': '思想状况清', en: 'Thinking' } },
  { key: 'employment', label: { 'zh-CN': '就业情况清', en: 'Employment' } },
  { key: 'family', label: { 'zh-CN': '家庭情况清', en: 'Family' } },
];
