import { defineElement } from '../shared/define-element.js';
import { DjCoverageBoard } from './coverage-board.js';

defineElement('dj-coverage-board', DjCoverageBoard);

export { DjCoverageBoard };
export * from './events.js';
