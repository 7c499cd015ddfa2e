import { defineElement } from '../shared/define-element.js';
import { DjContactCard } from './contact-card.js';

defineElement('dj-contact-card', DjContactCard);

export { DjContactCard };
export * from './events.js';
