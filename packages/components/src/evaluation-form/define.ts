import { defineElement } from '../shared/define-element.js';
import { DjEvaluationForm } from './evaluation-form.js';

defineElement('dj-evaluation-form', DjEvaluationForm);

export { DjEvaluationForm };
export * from './events.js';
