import { defineRule } from '../kernel/rule.js';
import { policyMessages } from './messages.js';

/** Nothing is allowed that no role grants: the refusal when no rule of the actor's roles matched. */
const noGrant = defineRule({
  id: 'policy.noGrant',
  version: '1',
  source: '党建套件权限规则',
  confirmed: true,
  label: { 'zh-CN': '未经授权不得操作', en: 'Nothing is allowed that no role grants' },
  message: policyMessages.forbidden,
});

/** The policy's own rules (the roles' rules are data: `default-roles.json` and a portal's layer). */
export const policyRules = { noGrant };
