import { defineElement } from '../shared/define-element.js';
import { DjMemberRoster } from './member-roster.js';

defineElement('dj-member-roster', DjMemberRoster);

export { DjMemberRoster };
export * from './events.js';
export * from '../shared/unmask.js';
