import type { LocalizedText } from '@dangjian/core';

/** The import dialog's words; each row problem's message comes from core, in both languages. */
export const importMessages = {
  open: { 'zh-CN': '导入党员花名册', en: 'Import a member roster' },
  title: { 'zh-CN': '导入党员花名册', en: 'Import a member roster' },
  intro: {
    'zh-CN': '按模板填写后选择文件。文件中只要有一处错误，就不会导入任何数据。',
    en: 'Fill in the template and choose the file. If any row is wrong, nothing is imported.',
  },
  file: { 'zh-CN': '选择文件（CSV{xlsx}）', en: 'Choose a file (CSV{xlsx})' },
  xlsx: { 'zh-CN': '或 Excel .xlsx', en: ' or Excel .xlsx' },
  template: { 'zh-CN': '下载 CSV 模板', en: 'Download the CSV template' },
  import: { 'zh-CN': '开始导入', en: 'Import' },
  close: { 'zh-CN': '关闭', en: 'Close' },
  reading: { 'zh-CN': '正在读取文件…', en: 'Reading the file…' },
  checking: { 'zh-CN': '正在检查：{done} / {total} 行', en: 'Checking: row {done} of {total}' },
  progress: { 'zh-CN': '导入进度', en: 'Import progress' },
  success: { 'zh-CN': '导入成功：共 {count} 名党员', en: 'Imported {count} members' },
  failed: {
    'zh-CN': '文件中有 {count} 处错误，未导入任何数据。请修改后重新导入。',
    en: '{count} problems in the file: nothing was imported. Fix them and import again.',
  },
  refused: { 'zh-CN': '未导入：{reason}', en: 'Nothing imported: {reason}' },
  unreadable: { 'zh-CN': '无法读取该文件：{reason}', en: 'Cannot read the file: {reason}' },
  noXlsx: {
    'zh-CN': '本页面未配置 Excel 读取，请另存为 CSV（UTF-8）后导入',
    en: 'This page cannot read Excel files: save the sheet as CSV (UTF-8) and import that',
  },
  noWorkspace: { 'zh-CN': '未连接数据，无法导入', en: 'No workspace to import into' },
  issues: { 'zh-CN': '错误明细', en: 'Problems' },
  row: { 'zh-CN': '行', en: 'Row' },
  column: { 'zh-CN': '列', en: 'Column' },
  header: { 'zh-CN': '表头', en: 'Header' },
  message: { 'zh-CN': '说明', en: 'Problem' },
  templateName: { 'zh-CN': '党员花名册模板.csv', en: 'member-roster-template.csv' },
} as const satisfies Record<string, LocalizedText>;
