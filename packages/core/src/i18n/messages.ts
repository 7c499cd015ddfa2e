import type { LocalizedText } from './locale.js';

/**
 * Every error and finding message of the kernel, by code, in both languages.
 * Codes are stable identifiers a portal can branch on; texts may be reworded.
 */
export const messages = {
  'input.invalid': {
    'zh-CN': '字段“{field}”无效：{detail}',
    en: 'Field "{field}" is invalid: {detail}',
  },
  'input.required': {
    'zh-CN': '缺少必填字段“{field}”',
    en: 'Required field "{field}" is missing',
  },
  'input.unknownKey': {
    'zh-CN': '字段“{field}”不在“{command}”的输入定义中',
    en: 'Field "{field}" is not part of the input of "{command}"',
  },
  'input.tooDeep': {
    'zh-CN': '输入嵌套超过 {limit} 层（位置“{field}”）',
    en: 'Input nests deeper than {limit} levels (at "{field}")',
  },
  'command.unknown': {
    'zh-CN': '没有名为“{type}”的命令',
    en: 'There is no command "{type}"',
  },
  'request.aborted': {
    'zh-CN': '请求已取消，命令“{command}”未执行',
    en: 'The request was cancelled; "{command}" did not run',
  },
  'store.staleInput': {
    'zh-CN': '“{collection}”“{id}”在版本 {expected} 之后已被他人修改，本次输入可能基于旧数据，请刷新后重试',
    en: '{collection} "{id}" was changed by someone else after revision {expected}; the input may be based on stale data — reload and retry',
  },
  'entity.invalid': {
    'zh-CN': '{collection} “{id}” 的字段“{field}”无效：{detail}',
    en: '{collection} "{id}": field "{field}" is invalid: {detail}',
  },
  'entity.notFound': {
    'zh-CN': '找不到 {collection} “{id}”（字段“{field}”）',
    en: '{collection} "{id}" was not found (field "{field}")',
  },
  'entity.duplicate': {
    'zh-CN': '{collection} “{id}” 已存在',
    en: '{collection} "{id}" already exists',
  },
  'store.conflict': {
    'zh-CN': '数据已被他人修改（期望版本 {expected}，当前版本 {actual}），请刷新后重试',
    en: 'The data was changed by someone else (expected revision {expected}, found {actual}); reload and retry',
  },
  'store.aborted': {
    'zh-CN': '浏览器中止了本次写入（{reason}），未写入任何数据，请重试',
    en: 'The browser aborted the write ({reason}); nothing was written; try again',
  },
  'store.unknownCollection': {
    'zh-CN': '第 {index} 项修改指向未知的数据集合“{collection}”，本次提交未写入任何数据',
    en: 'Change {index} names an unknown collection "{collection}"; nothing was written',
  },
  'store.tenantMismatch': {
    'zh-CN': '租户不一致：期望 {expected}，收到 {actual}',
    en: 'Tenant mismatch: expected {expected}, got {actual}',
  },
  'tenant.invalid': {
    'zh-CN': '租户编码无效：应为行政区划代码（6、9 或 12 位数字，如 320402），未写入任何数据',
    en: 'The tenant code is invalid: it must be a region code (6, 9 or 12 digits, e.g. 320402); nothing was written',
  },
  'store.wasmBlocked': {
    'zh-CN':
      "本页的内容安全策略（CSP）不允许编译 WebAssembly，内置数据库（PGlite）无法打开：请在 script-src 中加入 'wasm-unsafe-eval'，或改用 IndexedDB 或服务器存储",
    en: "This page's Content Security Policy does not allow compiling WebAssembly, so the embedded database (PGlite) cannot open: add 'wasm-unsafe-eval' to script-src, or use the IndexedDB or a server store",
  },
  'audit.altered': {
    'zh-CN': '审计记录第 {seq} 条的内容与其哈希不符，已被改动',
    en: 'Audit record {seq} does not match its hash: it was altered',
  },
  'audit.broken': {
    'zh-CN': '审计记录第 {seq} 条没有接上前一条记录（前一条被删除或改动）',
    en: 'Audit record {seq} does not link to the record before it: a record was removed or altered',
  },
  'audit.gap': {
    'zh-CN': '审计记录缺少第 {expected} 条（下一条是第 {found} 条）',
    en: 'Audit record {expected} is missing (the next one is {found})',
  },
  'audit.truncated': {
    'zh-CN': '审计记录只到第 {last} 条，但数据已到第 {revision} 版：末尾的记录被删除',
    en: 'The audit log ends at record {last} but the data is at revision {revision}: records were removed from the end',
  },
  'audit.checkpointInvalid': {
    'zh-CN': '第 {seq} 条审计记录的检查点签名无效（密钥不符或检查点被改动），不能作为依据',
    en: 'The checkpoint for audit record {seq} has a bad signature (wrong key, or the checkpoint was altered): it vouches for nothing',
  },
  'audit.checkpointForeign': {
    'zh-CN': '第 {seq} 条审计记录的检查点属于另一个租户',
    en: 'The checkpoint for audit record {seq} belongs to another tenant',
  },
  'audit.checkpointBeyondLog': {
    'zh-CN': '审计记录只到第 {last} 条，但检查点已签认第 {seq} 条：末尾的记录被删除',
    en: 'The audit log ends at record {last} but a checkpoint vouches for record {seq}: records were removed from the end',
  },
  'audit.resealed': {
    'zh-CN': '第 {seq} 条审计记录与检查点签认的不符：审计记录被改写后重新封链',
    en: 'Audit record {seq} is not the one the checkpoint signed: the log was rewritten and re-sealed',
  },
  'org.inUse': {
    'zh-CN': '“{name}”还有 {children} 个下级组织、{members} 名党员和 {others} 项其他关联，须先转出后才能撤销',
    en: '"{name}" still has {children} child orgs, {members} members and {others} other references: move them first',
  },
  'org.mergeKind': {
    'zh-CN': '{sourceKind}“{source}”不能并入{targetKind}“{target}”，只能合并同类组织',
    en: 'The {sourceKind} "{source}" cannot merge into the {targetKind} "{target}": only orgs of one kind merge',
  },
  'org.notRetained': {
    'zh-CN': '“{name}”不是留守党支部，不能设立过渡期党小组',
    en: '"{name}" is not a retained branch, so it cannot set up transitional groups',
  },
  'org.notABranch': {
    'zh-CN': '“{name}”不是党支部，不能从中分设楼院党支部',
    en: '"{name}" is not a branch, so no courtyard branch can be split out of it',
  },
  'org.memberNotInBranch': {
    'zh-CN': '党员“{member}”的组织关系不在“{name}”，不能随之转入',
    en: 'Member "{member}" does not belong to "{name}", so cannot move with it',
  },
  'org.groupNotInBranch': {
    'zh-CN': '党小组“{group}”不在“{name}”之下',
    en: 'Group "{group}" is not under "{name}"',
  },
  'structure.branchTooSmall': {
    'zh-CN': '“{name}”只有 {full} 名正式党员，党支部应有 {min} 名以上正式党员',
    en: 'Branch "{name}" has {full} full members; a branch needs at least {min}',
  },
  'structure.branchTooLarge': {
    'zh-CN': '“{name}”有 {members} 名党员，党支部一般不超过 {max} 人，可考虑设立党总支',
    en: 'Branch "{name}" has {members} members; a branch generally has at most {max}: consider a general branch',
  },
  'structure.generalBranchOutOfRange': {
    'zh-CN': '“{name}”有 {members} 名党员，党总支一般适用于 {min}–{max} 名党员',
    en: 'General branch "{name}" has {members} members; a general branch is generally for {min}–{max}',
  },
  'structure.committeeTooSmall': {
    'zh-CN': '“{name}”只有 {members} 名党员，基层党委一般在 {min} 名党员以上设立（经上级党组织批准的除外）',
    en: 'Committee "{name}" has {members} members; a basic-level committee is generally for {min} or more unless a higher committee approved it',
  },
  'structure.branchCommitteeMissing': {
    'zh-CN': '“{name}”有 {full} 名正式党员，应设立支部委员会（{min}–{max} 人）',
    en: 'Branch "{name}" has {full} full members and must elect a branch committee of {min}–{max}',
  },
  'structure.branchCommitteeSize': {
    'zh-CN': '“{name}”的支部委员会有 {size} 人，应为 {min}–{max} 人',
    en: 'The committee of branch "{name}" has {size} members; it should have {min}–{max}',
  },
  'structure.branchCommitteeNotNeeded': {
    'zh-CN': '“{name}”正式党员不足 {from} 名，不设支部委员会，设书记一名，必要时设副书记一名',
    en: 'Branch "{name}" has fewer than {from} full members: no committee, a secretary and, if needed, one deputy',
  },
  'coverage.ownOrg': {
    'zh-CN': '由本单位党组织“{org}”覆盖（单建）',
    en: 'Covered by its own org "{org}" (standalone)',
  },
  'coverage.jointOrg': {
    'zh-CN': '由联合党支部“{org}”覆盖（联建）',
    en: 'Covered by the joint branch "{org}" (joint)',
  },
  'coverage.attachedOrg': {
    'zh-CN': '党员挂靠在“{org}”（挂建）',
    en: 'Its members are attached to "{org}" (attached)',
  },
  'coverage.instructor': {
    'zh-CN': '已选派党建指导员{instructor}（派建），实现工作覆盖',
    en: 'A Party-building instructor, {instructor}, was dispatched (work coverage)',
  },
  'coverage.blank': {
    'zh-CN': '空白点：既没有党组织，也没有选派党建指导员',
    en: 'Blank spot: no Party organisation and no instructor',
  },
  'coverage.missingOrg': {
    'zh-CN': '空白点：登记为{formation}，但所指党组织“{orgId}”不存在',
    en: 'Blank spot: recorded as {formation} but the org "{orgId}" does not exist',
  },
  'coverage.shouldFormBranch': {
    'zh-CN': '“{name}”有 {full} 名正式党员，具备单独建立党支部的条件，目前只有工作覆盖',
    en: '"{name}" has {full} full members and can form its own branch; it only has work coverage',
  },
  'coverage.jointTooWide': {
    'zh-CN': '联合党支部“{name}”覆盖 {units} 个单位，一般不超过 {max} 个',
    en: 'Joint branch "{name}" covers {units} units; generally no more than {max}',
  },
  'conference.missed': {
    'zh-CN': '“{name}”{period}未召开（应由“{chair}”轮值主持）',
    en: '"{name}" did not meet in {period} (chair due: "{chair}")',
  },
  'conference.chairOutOfTurn': {
    'zh-CN': '“{name}”{period}由“{actual}”主持，按轮值表应由“{chair}”主持',
    en: '"{name}" was chaired by "{actual}" in {period}; the rotation says "{chair}"',
  },
  'project.missing': {
    'zh-CN': '“{name}”{year}年没有书记领办的党建项目（每名党组织书记至少领办 1 个）',
    en: '"{name}" has no Party-building project for {year} (each committee secretary owns at least one)',
  },
  'project.unreviewed': {
    'zh-CN': '项目“{name}”（{year}年）尚未进行年终评议',
    en: 'Project "{name}" ({year}) has not had its year-end review',
  },
  'roster.empty': {
    'zh-CN': '文件中没有数据行',
    en: 'The file has no data rows',
  },
  'roster.unknownColumn': {
    'zh-CN': '第 1 行 {column} 列：不认识的表头“{header}”（请使用模板中的表头）',
    en: 'Row 1, column {column}: unknown header "{header}" (use the template headers)',
  },
  'roster.duplicateColumn': {
    'zh-CN': '第 1 行 {column} 列：表头“{header}”重复',
    en: 'Row 1, column {column}: header "{header}" appears twice',
  },
  'roster.missingColumn': {
    'zh-CN': '缺少必填列“{header}”',
    en: 'Required column "{header}" is missing',
  },
  'roster.invalid': {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：{detail}',
    en: 'Row {row}, "{header}" ({column}): {detail}',
  },
  'roster.unknownValue': {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：不认识“{value}”，可填：{allowed}',
    en: 'Row {row}, "{header}" ({column}): "{value}" is not one of: {allowed}',
  },
  'roster.unknownOrg': {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：找不到党组织“{value}”',
    en: 'Row {row}, "{header}" ({column}): no organisation "{value}"',
  },
  'roster.ambiguousOrg': {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：“{value}”对应多个党组织，请填写编号或完整路径',
    en: 'Row {row}, "{header}" ({column}): "{value}" matches several organisations; give the id or the full path',
  },
  'roster.duplicateId': {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：编号“{value}”已存在（{where}）',
    en: 'Row {row}, "{header}" ({column}): id "{value}" already exists ({where})',
  },
  'roster.cellWithheld': {
    'zh-CN': '（此单元格的数字与身份证号或手机号一样多，不予显示）',
    en: '(not shown: the cell has as many digits as an ID or phone number)',
  },
  'roster.xlsxUnreadable': {
    'zh-CN': '无法读取该 .xlsx 文件：文件不完整或不是 Excel 工作簿，请重新保存后再导入',
    en: 'The .xlsx file cannot be read: it is truncated or not an Excel workbook; save it again and retry',
  },
  'roster.csvEncoding': {
    'zh-CN':
      '无法读取该 CSV 文件：编码既不是 UTF-8 也不是 GBK，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入',
    en: 'The CSV file cannot be read: it is neither UTF-8 nor GBK; save it from Excel as "CSV UTF-8 (Comma delimited)" or .xlsx and retry',
  },
  'roster.duplicateIdNumber': {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：公民身份号码与第 {other} 行重复',
    en: 'Row {row}, "{header}" ({column}): same ID number as row {other}',
  },
  'status.selfLapseCandidate': {
    'zh-CN': '“{name}”已连续 {months} 个月{what}，请支部核实有无正当理由（自行脱党须经支部大会讨论并报上级批准）',
    en: '"{name}" has gone {months} consecutive months {what}; the branch should check for a valid reason (a self-lapse needs a branch assembly decision and higher approval)',
  },
  'compliance.missing': {
    'zh-CN': '“{name}”在 {period} 召开{kind} {held} 次，少于规定的 {min} 次',
    en: '"{name}" held {held} {kind}(s) in {period}, fewer than the required {min}',
  },
  'status.suspensionCandidate': {
    'zh-CN': '“{name}”自 {since} 起失联已满 {months} 个月，经多方查找仍无法联系的，应停止其党籍',
    en: '"{name}" has been unreachable since {since} ({months} months); if every search fails, membership should be suspended',
  },
  'registration.otherMember': {
    'zh-CN': '报到记录“{registrationId}”属于另一名党员',
    en: 'Registration "{registrationId}" belongs to another member',
  },
  'member.duplicateIdNumber': {
    'zh-CN': '该公民身份号码已登记在党员“{other}”名下',
    en: 'This ID number is already registered to member "{other}"',
  },
  'member.birthDateMismatch': {
    'zh-CN': '出生日期与公民身份号码中的出生日期不一致',
    en: 'The birth date differs from the one the ID number encodes',
  },
  'member.birthDateMissing': {
    'zh-CN': '缺少出生日期：请填写出生日期或公民身份号码',
    en: 'Birth date missing: give a birth date or an ID number',
  },
  'calendar.invalidDate': {
    'zh-CN': '字段“{field}”不是有效日期（应为 YYYY-MM-DD）',
    en: 'Field "{field}" is not a valid date (YYYY-MM-DD)',
  },
  'calendar.invalidInstant': {
    'zh-CN': '字段“{field}”不是有效时间（应为带时区偏移的 ISO-8601 时间，或 YYYY-MM-DD 日期）',
    en: 'Field "{field}" is not a valid time (ISO-8601 with an offset, or a YYYY-MM-DD date)',
  },
  'calendar.beforeFixedOffset': {
    'zh-CN': '字段“{field}”早于 1992 年：我国 1986—1991 年实行夏令时，本套件不计算此前的时间',
    en: 'Field "{field}" is before 1992: China kept summer time in 1986–1991, and the kit does not compute earlier times',
  },
  'roster.idNumberTaken': {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：该公民身份号码已登记在系统中的党员名下',
    en: 'Row {row}, "{header}" ({column}): this ID number is already registered to a member',
  },
  'policy.forbidden': {
    'zh-CN': '无权执行“{action}”（{subject}）：{reason}',
    en: 'Not allowed to perform "{action}" on {subject}: {reason}',
  },
  'org.cycle': {
    'zh-CN': '不能把组织“{name}”移到它自己的下级组织“{parent}”之下',
    en: 'Cannot move organisation "{name}" under its own descendant "{parent}"',
  },
  'org.nesting': {
    'zh-CN': '{parentKind}下不能设立{childKind}',
    en: 'A {childKind} cannot sit under a {parentKind}',
  },
  'org.rootKind': {
    'zh-CN': '{childKind}必须设在上级组织之下',
    en: 'A {childKind} must sit under a parent organisation',
  },
} as const satisfies Record<string, LocalizedText>;

export type MessageCode = keyof typeof messages;
