import { defineElement } from '../shared/define-element.js';
import { DjRegistrationForm } from './registration-form.js';

defineElement('dj-registration-form', DjRegistrationForm);

export { DjRegistrationForm };
export * from './events.js';
