import { defineElement } from '../shared/define-element.js';
import { DjConferenceRoster } from './conference-roster.js';

defineElement('dj-conference-roster', DjConferenceRoster);

export { DjConferenceRoster };
