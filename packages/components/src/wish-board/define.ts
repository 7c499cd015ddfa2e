import { defineElement } from '../shared/define-element.js';
import { DjWishBoard } from './wish-board.js';

defineElement('dj-wish-board', DjWishBoard);

export { DjWishBoard };
export * from './events.js';
