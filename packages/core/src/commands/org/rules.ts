import { defineRule } from '../../kernel/rule.js';
import { orgMessages } from './messages.js';

const branchRegulation = {
  version: '2018',
  source: '中国共产党支部工作条例（试行）',
  article: '第四条、第五条',
  confirmed: true,
} as const;

/** Which kind of organisation may sit under which (a group never holds a branch). */
const nesting = defineRule({
  id: 'org.nesting',
  ...branchRegulation,
  label: { 'zh-CN': '组织隶属关系须符合层级', en: 'An organisation sits under a kind that may hold it' },
  message: orgMessages.nesting,
});

/** Only the top kinds stand without a parent. */
const rootKind = defineRule({
  id: 'org.rootKind',
  ...branchRegulation,
  label: { 'zh-CN': '基层组织须有上级党组织', en: 'A grass-roots organisation has a parent' },
  message: orgMessages.rootKind,
});

/** A merge keeps the tree's layers: orgs of one kind only. */
const mergeKind = defineRule({
  id: 'org.mergeKind',
  ...branchRegulation,
  label: { 'zh-CN': '只能合并同类组织', en: 'Only organisations of one kind merge' },
  message: orgMessages.mergeKind,
});

/** The kit's data rules: the tree stays a tree, and nothing is left pointing at a dissolved org. */
const kitDataRule = { version: '1', source: '党建套件数据规则', confirmed: true } as const;

const acyclic = defineRule({
  id: 'org.acyclic',
  ...kitDataRule,
  label: { 'zh-CN': '组织不能移到自身或下级之下', en: 'An organisation never sits under itself' },
  message: orgMessages.cycle,
});

const rehomeFirst = defineRule({
  id: 'org.dissolve.rehomeFirst',
  ...kitDataRule,
  label: { 'zh-CN': '撤销前先转出下级与党员', en: 'Move children and members out before dissolving' },
  message: orgMessages.inUse,
});

/** 楼院党支部 split out of a community branch (the courtyard-town report): only what the branch holds moves. */
const splitFromBranch = defineRule({
  id: 'org.split.fromBranch',
  ...kitDataRule,
  label: { 'zh-CN': '楼院党支部只能从党支部分设', en: 'A courtyard branch splits out of a branch' },
  message: orgMessages.notABranch,
});

const splitOwnGroups = defineRule({
  id: 'org.split.ownGroups',
  ...kitDataRule,
  label: { 'zh-CN': '只能带走本支部的党小组', en: 'Only the branch’s own groups move' },
  message: orgMessages.groupNotInBranch,
});

const splitOwnMembers = defineRule({
  id: 'org.split.ownMembers',
  ...kitDataRule,
  label: { 'zh-CN': '只能带走本支部的党员', en: 'Only the branch’s own members move' },
  message: orgMessages.memberNotInBranch,
});

/** 过渡期党小组 under a 留守党支部 (the relocation report). */
const transitionalRetainedOnly = defineRule({
  id: 'org.transitional.retainedOnly',
  ...kitDataRule,
  label: { 'zh-CN': '过渡期党小组设在留守党支部下', en: 'Transitional groups sit under a retained branch' },
  message: orgMessages.notRetained,
});

const transitionalOwnMembers = defineRule({
  id: 'org.transitional.ownMembers',
  ...kitDataRule,
  label: { 'zh-CN': '过渡期党小组只收本支部党员', en: 'Transitional groups take the branch’s own members' },
  message: orgMessages.memberNotInBranch,
});

/** Every rule the organisation commands apply. */
export const orgRules = {
  nesting,
  rootKind,
  mergeKind,
  acyclic,
  rehomeFirst,
  splitFromBranch,
  splitOwnGroups,
  splitOwnMembers,
  transitionalRetainedOnly,
  transitionalOwnMembers,
};
