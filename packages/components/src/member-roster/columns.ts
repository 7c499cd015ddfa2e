import type { LocalizedText } from '@dangjian/core';
import type { SortKey } from './roster-model.js';

export interface RosterColumn {
  readonly id: 'name' | 'gender' | 'age' | 'stage' | 'org' | 'idNumber' | 'phone' | 'categories';
  readonly header: LocalizedText;
  readonly sort?: SortKey;
}

/** The grid's columns, in order. The last holds the category and care chips. */
export const rosterGridColumns: readonly RosterColumn[] = [
  { id: 'name', header: { 'zh-CN': '姓名', en: 'Name' }, sort: 'name' },
  { id: 'gender', header: { 'zh-CN': '性别', en: 'Gender' } },
  { id: 'age', header: { 'zh-CN': '年龄', en: 'Age' }, sort: 'age' },
  { id: 'stage', header: { 'zh-CN': '党员类别', en: 'Stage' } },
  { id: 'org', header: { 'zh-CN': '日常管理党组织', en: 'Managing org' }, sort: 'org' },
  { id: 'idNumber', header: { 'zh-CN': '公民身份号码', en: 'ID number' } },
  { id: 'phone', header: { 'zh-CN': '联系电话', en: 'Phone' } },
  { id: 'categories', header: { 'zh-CN': '分类与关爱', en: 'Categories and care' } },
];

/** Cells before the chips: each is one focus stop; the chips (or the empty last cell) follow. */
export const plainCells = rosterGridColumns.length - 1;
