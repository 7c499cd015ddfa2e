import { defineRule, policyMessages } from '@dangjian/core';

const restRule = { version: '1', source: '党建套件接口规则', confirmed: true } as const;

/** A request must say who sends it (the portal's authenticate hook). */
const authenticate = defineRule({
  id: 'rest.authenticate',
  ...restRule,
  label: { 'zh-CN': '请求须通过身份认证', en: 'A request is authenticated' },
  message: policyMessages.forbidden,
});

/** A request reaches only the tenant its sender belongs to. */
const tenantScope = defineRule({
  id: 'rest.tenantScope',
  ...restRule,
  label: { 'zh-CN': '只能访问本人所属租户', en: 'Only the sender’s own tenant is reachable' },
  message: policyMessages.forbidden,
});

/** The rules the REST handler applies before any command or policy runs. */
export const restRules = { authenticate, tenantScope };
