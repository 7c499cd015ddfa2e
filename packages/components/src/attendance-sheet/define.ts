import { defineElement } from '../shared/define-element.js';
import { DjAttendanceSheet } from './attendance-sheet.js';

defineElement('dj-attendance-sheet', DjAttendanceSheet);

export { DjAttendanceSheet };
export * from './events.js';
