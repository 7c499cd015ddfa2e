import { defineElement } from '../shared/define-element.js';
import { DjDuesCalculator } from './dues-calculator.js';

defineElement('dj-dues-calculator', DjDuesCalculator);

export { DjDuesCalculator };
export * from './events.js';
