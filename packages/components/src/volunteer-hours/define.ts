import { defineElement } from '../shared/define-element.js';
import { DjVolunteerHours } from './volunteer-hours.js';

defineElement('dj-volunteer-hours', DjVolunteerHours);

export { DjVolunteerHours };
export * from './events.js';
