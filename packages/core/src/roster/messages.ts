import { defineMessages } from '../i18n/define-messages.js';

/** What the roster import finds wrong with a file, by row and column. */
export const rosterMessages = defineMessages('roster', {
  empty: {
    'zh-CN': '文件中没有数据行',
    en: 'The file has no data rows',
  },
  unknownColumn: {
    'zh-CN': '第 1 行 {column} 列：不认识的表头“{header}”（请使用模板中的表头）',
    en: 'Row 1, column {column}: unknown header "{header}" (use the template headers)',
  },
  duplicateColumn: {
    'zh-CN': '第 1 行 {column} 列：表头“{header}”重复',
    en: 'Row 1, column {column}: header "{header}" appears twice',
  },
  missingColumn: {
    'zh-CN': '缺少必填列“{header}”',
    en: 'Required column "{header}" is missing',
  },
  invalid: {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：{detail}',
    en: 'Row {row}, "{header}" ({column}): {detail}',
  },
  unknownValue: {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：不认识“{value}”，可填：{allowed}',
    en: 'Row {row}, "{header}" ({column}): "{value}" is not one of: {allowed}',
  },
  unknownOrg: {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：找不到党组织“{value}”',
    en: 'Row {row}, "{header}" ({column}): no organisation "{value}"',
  },
  ambiguousOrg: {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：“{value}”对应多个党组织，请填写编号或完整路径',
    en: 'Row {row}, "{header}" ({column}): "{value}" matches several organisations; give the id or the full path',
  },
  duplicateId: {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：编号“{value}”已存在（{where}）',
    en: 'Row {row}, "{header}" ({column}): id "{value}" already exists ({where})',
  },
  cellWithheld: {
    'zh-CN': '（此单元格的数字与身份证号或手机号一样多，不予显示）',
    en: '(not shown: the cell has as many digits as an ID or phone number)',
  },
  xlsxUnreadable: {
    'zh-CN': '无法读取该 .xlsx 文件：文件不完整或不是 Excel 工作簿，请重新保存后再导入',
    en: 'The .xlsx file cannot be read: it is truncated or not an Excel workbook; save it again and retry',
  },
  csvEncoding: {
    'zh-CN':
      '无法读取该 CSV 文件：编码既不是 UTF-8 也不是 GBK，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入',
    en: 'The CSV file cannot be read: it is neither UTF-8 nor GBK; save it from Excel as "CSV UTF-8 (Comma delimited)" or .xlsx and retry',
  },
  duplicateIdNumber: {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：公民身份号码与第 {other} 行重复',
    en: 'Row {row}, "{header}" ({column}): same ID number as row {other}',
  },
  idNumberTaken: {
    'zh-CN': '第 {row} 行“{header}”列（{column}）：该公民身份号码已登记在系统中的党员名下',
    en: 'Row {row}, "{header}" ({column}): this ID number is already registered to a member',
  },
});
