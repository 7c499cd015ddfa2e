import { defineMessages } from '../i18n/define-messages.js';

/** Refusals by the policy. */
export const policyMessages = defineMessages('policy', {
  noGrant: {
    'zh-CN': '当前角色（{roles}）没有这项权限',
    en: "none of the actor's roles ({roles}) grants it",
  },
  notField: {
    'zh-CN': '{reason}（不含字段“{field}”）',
    en: '{reason} (not field "{field}")',
  },
  unknownAction: {
    'zh-CN': '不是已登记的命令类型、命名空间通配、read、unmask 或 *',
    en: 'Not a command type, a namespace wildcard, read, unmask or *',
  },
  forbidden: {
    'zh-CN': '无权执行“{action}”（{subject}）：{reason}',
    en: 'Not allowed to perform "{action}" on {subject}: {reason}',
  },
});
