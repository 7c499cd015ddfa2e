import { defineMessages } from '../../i18n/define-messages.js';

/** Findings of the structure report. */
export const structureMessages = defineMessages('structure', {
  branchTooSmall: {
    'zh-CN': '“{name}”只有 {full} 名正式党员，党支部应有 {min} 名以上正式党员',
    en: 'Branch "{name}" has {full} full members; a branch needs at least {min}',
  },
  branchTooLarge: {
    'zh-CN': '“{name}”有 {members} 名党员，党支部一般不超过 {max} 人，可考虑设立党总支',
    en: 'Branch "{name}" has {members} members; a branch generally has at most {max}: consider a general branch',
  },
  generalBranchOutOfRange: {
    'zh-CN': '“{name}”有 {members} 名党员，党总支一般适用于 {min}–{max} 名党员',
    en: 'General branch "{name}" has {members} members; a general branch is generally for {min}–{max}',
  },
  committeeTooSmall: {
    'zh-CN': '“{name}”只有 {members} 名党员，基层党委一般在 {min} 名党员以上设立（经上级党组织批准的除外）',
    en: 'Committee "{name}" has {members} members; a basic-level committee is generally for {min} or more unless a higher committee approved it',
  },
  branchCommitteeMissing: {
    'zh-CN': '“{name}”有 {full} 名正式党员，应设立支部委员会（{min}–{max} 人）',
    en: 'Branch "{name}" has {full} full members and must elect a branch committee of {min}–{max}',
  },
  branchCommitteeSize: {
    'zh-CN': '“{name}”的支部委员会有 {size} 人，应为 {min}–{max} 人',
    en: 'The committee of branch "{name}" has {size} members; it should have {min}–{max}',
  },
  branchCommitteeNotNeeded: {
    'zh-CN': '“{name}”正式党员不足 {from} 名，不设支部委员会，设书记一名，必要时设副书记一名',
    en: 'Branch "{name}" has fewer than {from} full members: no committee, a secretary and, if needed, one deputy',
  },
});
