import { defineMessages } from '../../i18n/define-messages.js';

/** Findings about annual projects. */
export const projectMessages = defineMessages('project', {
  missing: {
    'zh-CN': '“{name}”{year}年没有书记领办的党建项目（每名党组织书记至少领办 1 个）',
    en: '"{name}" has no Party-building project for {year} (each committee secretary owns at least one)',
  },
  unreviewed: {
    'zh-CN': '项目“{name}”（{year}年）尚未进行年终评议',
    en: 'Project "{name}" ({year}) has not had its year-end review',
  },
});
