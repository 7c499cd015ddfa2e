import { defineMessages } from '../i18n/define-messages.js';

/** Dates and instants that cannot be read. */
export const calendarMessages = defineMessages('calendar', {
  invalidDate: {
    'zh-CN': '字段“{field}”不是有效日期（应为 YYYY-MM-DD）',
    en: 'Field "{field}" is not a valid date (YYYY-MM-DD)',
  },
  invalidInstant: {
    'zh-CN': '字段“{field}”不是有效时间（应为带时区偏移的 ISO-8601 时间，或 YYYY-MM-DD 日期）',
    en: 'Field "{field}" is not a valid time (ISO-8601 with an offset, or a YYYY-MM-DD date)',
  },
  beforeFixedOffset: {
    'zh-CN': '字段“{field}”早于 1992 年：我国 1986—1991 年实行夏令时，本套件不计算此前的时间',
    en: 'Field "{field}" is before 1992: China kept summer time in 1986–1991, and the kit does not compute earlier times',
  },
  noHolidayYear: {
    'zh-CN': '未收录 {year} 年的节假日和调休安排，无法计算工作日；请在节假日数据中补充该年',
    en: 'No holiday and adjusted-workday arrangement for {year} is on record, so working days cannot be counted; add that year to the holiday data',
  },
});
