import { defineRule } from '../../kernel/rule.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';
import { structureMessages } from './messages.js';

const table = ruleTables.orgThresholds;
const { branch, generalBranch, committee } = table.units;
const leadership = table.branchLeadership;

/** Version, source and article of an org-thresholds.json entry, and whether it is confirmed. */
function cited(sourceId: string, article: string, confirmed: boolean) {
  const source = ruleSource('orgThresholds', sourceId);
  return { version: table.asOf, article, confirmed, ...(source && { source: `${source.name}（${source.year}）` }) };
}

const leadershipCited = cited(
  leadership.source,
  leadership.article,
  leadership.confirmed && leadership.articleNumberConfirmed,
);

/** The structure rules of org-thresholds.json, one per finding the structure report makes. */
export const structureRules = {
  branchMinFullMembers: defineRule({
    id: 'org.branch.minFullMembers',
    ...cited(branch.source, branch.article, branch.confirmed),
    label: { 'zh-CN': '正式党员三人以上成立党支部', en: 'A branch has at least three full members' },
    message: structureMessages.branchTooSmall,
  }),
  branchMaxMembers: defineRule({
    id: 'org.branch.generalMaxMembers',
    ...cited(branch.generalMaxMembers.source, branch.generalMaxMembers.article, branch.generalMaxMembers.confirmed),
    label: { 'zh-CN': '党支部党员一般不超过五十人', en: 'A branch generally has at most fifty members' },
    message: structureMessages.branchTooLarge,
  }),
  generalBranchRange: defineRule({
    id: 'org.generalBranch.range',
    ...cited(generalBranch.source, generalBranch.article, false),
    label: { 'zh-CN': '党总支适用的党员人数', en: 'The membership a general branch is for' },
    message: structureMessages.generalBranchOutOfRange,
  }),
  committeeMinMembers: defineRule({
    id: 'org.committee.minMembers',
    ...cited(committee.source, committee.article, false),
    label: { 'zh-CN': '党员百人以上设立基层党委', en: 'A basic-level committee is for a hundred members or more' },
    message: structureMessages.committeeTooSmall,
  }),
  branchCommitteeRequired: defineRule({
    id: 'org.branchCommittee.required',
    ...leadershipCited,
    label: { 'zh-CN': '正式党员七人以上设支部委员会', en: 'Seven full members or more elect a committee' },
    message: structureMessages.branchCommitteeMissing,
  }),
  branchCommitteeSize: defineRule({
    id: 'org.branchCommittee.size',
    ...leadershipCited,
    label: { 'zh-CN': '支部委员会的人数', en: 'The size of a branch committee' },
    message: structureMessages.branchCommitteeSize,
  }),
  branchCommitteeNotNeeded: defineRule({
    id: 'org.branchCommittee.notNeeded',
    ...leadershipCited,
    label: { 'zh-CN': '正式党员不足七人不设支部委员会', en: 'Fewer than seven full members elect no committee' },
    message: structureMessages.branchCommitteeNotNeeded,
  }),
};
