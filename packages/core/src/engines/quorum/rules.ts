import { defineRule } from '../../kernel/rule.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';
import { quorumMessages } from './messages.js';

/** A fraction of a base as meetings.json writes it: `strict` means 超过 (more than), else 以上 (at least). */
export interface Fraction {
  readonly num: number;
  readonly den: number;
  readonly strict: boolean;
}

type TableName = 'meetings' | 'development';
interface Cited {
  readonly article?: string | null;
  readonly source?: string;
  readonly confirmed?: boolean;
}

function cited(table: TableName, entry: Cited, fallback: Cited = {}) {
  const sourceId = entry.source ?? fallback.source;
  const article = entry.article ?? fallback.article ?? undefined;
  const source = sourceId ? ruleSource(table, sourceId)?.name : undefined;
  return {
    version: ruleTables[table].asOf,
    ...(article && { article }),
    ...(source && { source }),
    confirmed: (entry.confirmed ?? fallback.confirmed) === true,
  };
}

const { assembly, committeeMeeting } = ruleTables.meetings.meetings;
const { admitProbationary } = ruleTables.meetings.developmentVotes;

/** 党员大会: 半数以上有表决权的党员到会 (支部工作条例 第十一条). */
const assemblyQuorum = defineRule({
  id: 'meetings.assembly.quorum',
  ...cited('meetings', assembly),
  label: {
    'zh-CN': '党员大会须半数以上有表决权的党员到会',
    en: 'An assembly needs half of the voting members present',
  },
  message: quorumMessages.notMet,
});

/** 支委会: 半数以上委员到会. */
const committeeQuorum = defineRule({
  id: 'meetings.committeeMeeting.quorum',
  ...cited('meetings', committeeMeeting),
  label: { 'zh-CN': '支委会须半数以上委员到会', en: 'A committee meeting needs half of its members present' },
  message: quorumMessages.notMet,
});

/** 接收预备党员: 到会有表决权的党员超过应到会有表决权党员的半数 (发展党员工作细则 第十九条). */
const admissionQuorum = defineRule({
  id: 'development.admitProbationary.quorum',
  ...cited('meetings', admitProbationary.quorum),
  label: {
    'zh-CN': '讨论接收预备党员须超过半数有表决权的党员到会',
    en: 'Admitting a probationary member needs more than half of the voting members present',
  },
  message: quorumMessages.notMet,
});

/** A vote counts no more ballots than entitled members present. */
const ballotsWithinPresent = defineRule({
  id: 'meetings.votes.withinPresent',
  version: '1',
  source: '党建套件数据规则',
  confirmed: true,
  label: { 'zh-CN': '票数不多于到会有表决权人数', en: 'No more ballots than entitled members present' },
  message: quorumMessages.votesExceedPresent,
});

export const quorumRules = { assemblyQuorum, committeeQuorum, admissionQuorum, ballotsWithinPresent };

/** The fractions behind each quorum rule, read from the table (so a revised table moves them). */
export const quorumFractions = {
  assembly: assembly.quorum.present as Fraction,
  committeeMeeting: committeeMeeting.quorum.present as Fraction,
  admitProbationary: admitProbationary.quorum.present as Fraction,
  assemblyPass: assembly.passThreshold.yes as Fraction,
  admitProbationaryPass: admitProbationary.passThreshold.yes as Fraction,
};
