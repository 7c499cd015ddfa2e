import { defineRule } from '../../kernel/rule.js';
import { projectMessages } from './messages.js';

/** 项目化 is a local mechanism (漳州), not a national figure: the rules are the portal's own. */
const local = { version: 'local', source: '漳州市党建项目化工作机制', confirmed: true } as const;

export const projectRules = {
  secretaryOwnsOne: defineRule({
    id: 'project.secretaryOwnsOne',
    ...local,
    label: { 'zh-CN': '每个党委书记每年领办至少一个项目', en: 'Each committee secretary owns a project a year' },
    message: projectMessages.missing,
  }),
  reviewedAtYearEnd: defineRule({
    id: 'project.reviewedAtYearEnd',
    ...local,
    label: { 'zh-CN': '项目年终须评议', en: 'Every project is reviewed at year end' },
    message: projectMessages.unreviewed,
  }),
};
