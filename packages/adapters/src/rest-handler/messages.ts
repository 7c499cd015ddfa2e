import { defineMessages } from '@dangjian/core';

/** What the REST handler says when it turns a request away before any command runs. */
export const restMessages = defineMessages('rest', {
  actionOpenApi: { 'zh-CN': '读取接口说明', en: 'read the API description' },
  actionLoad: { 'zh-CN': '读取数据', en: 'load data' },
  actionCommand: { 'zh-CN': '执行命令', en: 'run a command' },
  actionReadAudit: { 'zh-CN': '读取审计记录', en: 'read the audit log' },
  actionMembers: { 'zh-CN': '分页读取党员', en: 'read a page of members' },
  actionMember: { 'zh-CN': '读取党员', en: 'read a member' },
  actionOrgSubtree: { 'zh-CN': '读取下级组织', en: 'read an org subtree' },
  actionMemberCounts: { 'zh-CN': '读取党员人数', en: 'read member counts' },
  anyData: { 'zh-CN': '党建数据', en: 'Dangjian data' },
  notAuthenticated: { 'zh-CN': '请求未通过身份认证', en: 'the request is not authenticated' },
  tenant: { 'zh-CN': '租户 {tenant}', en: 'tenant {tenant}' },
  ownTenantOnly: { 'zh-CN': '只能访问本人所属租户的数据', en: 'only the authenticated tenant can be accessed' },
  noReadGrant: { 'zh-CN': '当前角色没有查看权限', en: "none of the actor's roles may read it" },
  bodyTooLarge: {
    'zh-CN': '请求体超过 {limit} 字节的上限',
    en: 'the request body exceeds the limit of {limit} bytes',
  },
  notJson: { 'zh-CN': '请求体必须是 application/json', en: 'the request body must be application/json' },
  bodyBroken: {
    'zh-CN': '请求体未能完整接收（连接中断）',
    en: 'the request body could not be read in full (the connection broke)',
  },
  malformedJson: { 'zh-CN': '请求体不是有效的 UTF-8 JSON', en: 'the request body is not valid UTF-8 JSON' },
  internal: { 'zh-CN': '服务器内部错误，请稍后重试', en: 'Internal server error; try again later' },
});
