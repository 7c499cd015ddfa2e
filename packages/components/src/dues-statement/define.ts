import { defineElement } from '../shared/define-element.js';
import { DjDuesStatement } from './dues-statement.js';

defineElement('dj-dues-statement', DjDuesStatement);

export { DjDuesStatement };
export * from './events.js';
