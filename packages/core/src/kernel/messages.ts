import { defineMessages } from '../i18n/define-messages.js';

/** What is wrong with a command's input. */
export const inputMessages = defineMessages('input', {
  invalid: {
    'zh-CN': '字段“{field}”无效：{detail}',
    en: 'Field "{field}" is invalid: {detail}',
  },
  required: {
    'zh-CN': '缺少必填字段“{field}”',
    en: 'Required field "{field}" is missing',
  },
  unknownKey: {
    'zh-CN': '字段“{field}”不在“{command}”的输入定义中',
    en: 'Field "{field}" is not part of the input of "{command}"',
  },
  tooDeep: {
    'zh-CN': '输入嵌套超过 {limit} 层（位置“{field}”）',
    en: 'Input nests deeper than {limit} levels (at "{field}")',
  },
});

/** Commands the registry does not know. */
export const commandMessages = defineMessages('command', {
  unknown: {
    'zh-CN': '没有名为“{type}”的命令',
    en: 'There is no command "{type}"',
  },
});

/** Requests that ended before their command ran. */
export const requestMessages = defineMessages('request', {
  aborted: {
    'zh-CN': '请求已取消，命令“{command}”未执行',
    en: 'The request was cancelled; "{command}" did not run',
  },
});

/** Writes a store refused: nothing of them was written. */
export const storeMessages = defineMessages('store', {
  staleInput: {
    'zh-CN': '“{collection}”“{id}”在版本 {expected} 之后已被他人修改，本次输入可能基于旧数据，请刷新后重试',
    en: '{collection} "{id}" was changed by someone else after revision {expected}; the input may be based on stale data — reload and retry',
  },
  conflict: {
    'zh-CN': '数据已被他人修改（期望版本 {expected}，当前版本 {actual}），请刷新后重试',
    en: 'The data was changed by someone else (expected revision {expected}, found {actual}); reload and retry',
  },
  aborted: {
    'zh-CN': '浏览器中止了本次写入（{reason}），未写入任何数据，请重试',
    en: 'The browser aborted the write ({reason}); nothing was written; try again',
  },
  unknownCollection: {
    'zh-CN': '第 {index} 项修改指向未知的数据集合“{collection}”，本次提交未写入任何数据',
    en: 'Change {index} names an unknown collection "{collection}"; nothing was written',
  },
  tenantMismatch: {
    'zh-CN': '租户不一致：期望 {expected}，收到 {actual}',
    en: 'Tenant mismatch: expected {expected}, got {actual}',
  },
});

/** Entities that fail their schema, are missing or already exist. */
export const entityMessages = defineMessages('entity', {
  invalid: {
    'zh-CN': '{collection} “{id}” 的字段“{field}”无效：{detail}',
    en: '{collection} "{id}": field "{field}" is invalid: {detail}',
  },
  notFound: {
    'zh-CN': '找不到 {collection} “{id}”（字段“{field}”）',
    en: '{collection} "{id}" was not found (field "{field}")',
  },
  duplicate: {
    'zh-CN': '{collection} “{id}” 已存在',
    en: '{collection} "{id}" already exists',
  },
});

/** Tenant codes. */
export const tenantMessages = defineMessages('tenant', {
  invalid: {
    'zh-CN': '租户编码无效：应为行政区划代码（6、9 或 12 位数字，如 320402），未写入任何数据',
    en: 'The tenant code is invalid: it must be a region code (6, 9 or 12 digits, e.g. 320402); nothing was written',
  },
});

/** What `verifyAudit` and the checkpoint check find in an audit log. */
export const auditMessages = defineMessages('audit', {
  altered: {
    'zh-CN': '审计记录第 {seq} 条的内容与其哈希不符，已被改动',
    en: 'Audit record {seq} does not match its hash: it was altered',
  },
  broken: {
    'zh-CN': '审计记录第 {seq} 条没有接上前一条记录（前一条被删除或改动）',
    en: 'Audit record {seq} does not link to the record before it: a record was removed or altered',
  },
  gap: {
    'zh-CN': '审计记录缺少第 {expected} 条（下一条是第 {found} 条）',
    en: 'Audit record {expected} is missing (the next one is {found})',
  },
  truncated: {
    'zh-CN': '审计记录只到第 {last} 条，但数据已到第 {revision} 版：末尾的记录被删除',
    en: 'The audit log ends at record {last} but the data is at revision {revision}: records were removed from the end',
  },
  checkpointInvalid: {
    'zh-CN': '第 {seq} 条审计记录的检查点签名无效（密钥不符或检查点被改动），不能作为依据',
    en: 'The checkpoint for audit record {seq} has a bad signature (wrong key, or the checkpoint was altered): it vouches for nothing',
  },
  checkpointForeign: {
    'zh-CN': '第 {seq} 条审计记录的检查点属于另一个租户',
    en: 'The checkpoint for audit record {seq} belongs to another tenant',
  },
  checkpointBeyondLog: {
    'zh-CN': '审计记录只到第 {last} 条，但检查点已签认第 {seq} 条：末尾的记录被删除',
    en: 'The audit log ends at record {last} but a checkpoint vouches for record {seq}: records were removed from the end',
  },
  resealed: {
    'zh-CN': '第 {seq} 条审计记录与检查点签认的不符：审计记录被改写后重新封链',
    en: 'Audit record {seq} is not the one the checkpoint signed: the log was rewritten and re-sealed',
  },
});
