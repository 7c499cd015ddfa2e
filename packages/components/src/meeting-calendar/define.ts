import { defineElement } from '../shared/define-element.js';
import { DjMeetingCalendar } from './meeting-calendar.js';

defineElement('dj-meeting-calendar', DjMeetingCalendar);

export { DjMeetingCalendar };
export * from './events.js';
