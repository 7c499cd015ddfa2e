import { defineMessages } from '../../i18n/define-messages.js';

/** Refusals of the organisation commands. */
export const orgMessages = defineMessages('org', {
  mergeIntoSelf: {
    'zh-CN': '不能把组织合并到它自身',
    en: 'An org cannot merge into itself',
  },
  inUse: {
    'zh-CN': '“{name}”还有 {children} 个下级组织、{members} 名党员和 {others} 项其他关联，须先转出后才能撤销',
    en: '"{name}" still has {children} child orgs, {members} members and {others} other references: move them first',
  },
  mergeKind: {
    'zh-CN': '{sourceKind}“{source}”不能并入{targetKind}“{target}”，只能合并同类组织',
    en: 'The {sourceKind} "{source}" cannot merge into the {targetKind} "{target}": only orgs of one kind merge',
  },
  notRetained: {
    'zh-CN': '“{name}”不是留守党支部，不能设立过渡期党小组',
    en: '"{name}" is not a retained branch, so it cannot set up transitional groups',
  },
  notABranch: {
    'zh-CN': '“{name}”不是党支部，不能从中分设楼院党支部',
    en: '"{name}" is not a branch, so no courtyard branch can be split out of it',
  },
  memberNotInBranch: {
    'zh-CN': '党员“{member}”的组织关系不在“{name}”，不能随之转入',
    en: 'Member "{member}" does not belong to "{name}", so cannot move with it',
  },
  groupNotInBranch: {
    'zh-CN': '党小组“{group}”不在“{name}”之下',
    en: 'Group "{group}" is not under "{name}"',
  },
  cycle: {
    'zh-CN': '不能把组织“{name}”移到它自己的下级组织“{parent}”之下',
    en: 'Cannot move organisation "{name}" under its own descendant "{parent}"',
  },
  nesting: {
    'zh-CN': '{parentKind}下不能设立{childKind}',
    en: 'A {childKind} cannot sit under a {parentKind}',
  },
  rootKind: {
    'zh-CN': '{childKind}必须设在上级组织之下',
    en: 'A {childKind} must sit under a parent organisation',
  },
});
