import type { LocalizedText } from '@dangjian/core';

/**
 * The org tree's own words; org kinds come from core's `orgKindLabels`, and a refused move's
 * explanation from the command's typed error. `{name}` placeholders are filled with core's `fill`.
 */
export const orgTreeMessages = {
  label: { 'zh-CN': '党组织架构', en: 'Party organisations' },
  empty: { 'zh-CN': '暂无党组织', en: 'No Party organisations yet' },
  loading: { 'zh-CN': '正在加载党组织…', en: 'Loading Party organisations…' },
  searchLabel: { 'zh-CN': '搜索党组织', en: 'Search Party organisations' },
  searchPlaceholder: { 'zh-CN': '输入组织名称搜索', en: 'Type part of a name' },
  searchResults: { 'zh-CN': '找到 {count} 个名称匹配的党组织', en: '{count} organisations match' },
  noMatches: { 'zh-CN': '没有名称包含“{query}”的党组织', en: 'No organisation name contains “{query}”' },
  membersSuffix: { 'zh-CN': ' 名党员', en: ' members' },
  countTitle: {
    'zh-CN': '本组织及下级共有党员 {members} 名，其中正式党员 {full} 名',
    en: '{members} members in this organisation and below, {full} of them full members',
  },
  picked: {
    'zh-CN': '已选中“{name}”准备移动。请移到新的上级组织上按 Ctrl+V 放下，按 Esc 取消。',
    en: 'Picked up “{name}”. Go to its new parent and press Ctrl+V to put it there, or Escape to cancel.',
  },
  cannotDrop: { 'zh-CN': '（不能移到此处）', en: ' (cannot go here)' },
  moveCancelled: { 'zh-CN': '已取消移动“{name}”', en: 'Move of “{name}” cancelled' },
  moveUnchanged: { 'zh-CN': '“{name}”已在“{parent}”之下，未作改动', en: '“{name}” already sits under “{parent}”' },
  moving: { 'zh-CN': '正在移动“{name}”…', en: 'Moving “{name}”…' },
  moved: { 'zh-CN': '已将“{name}”移到“{parent}”之下', en: 'Moved “{name}” under “{parent}”' },
  moveRefused: { 'zh-CN': '无法移动：{reason}', en: 'Cannot move: {reason}' },
  dismiss: { 'zh-CN': '关闭', en: 'Dismiss' },
} as const satisfies Record<string, LocalizedText>;
