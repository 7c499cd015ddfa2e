import { defineElement } from '../shared/define-element.js';
import { DjPostBoard } from './post-board.js';

defineElement('dj-post-board', DjPostBoard);

export { DjPostBoard };
export * from './events.js';
