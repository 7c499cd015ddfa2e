import { defineElement } from '../shared/define-element.js';
import { DjMemberCard } from './member-card.js';

defineElement('dj-member-card', DjMemberCard);

export { DjMemberCard };
export * from '../shared/unmask.js';
