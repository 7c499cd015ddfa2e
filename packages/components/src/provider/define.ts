import { defineElement } from '../shared/define-element.js';
import { DjProvider } from './provider.js';

defineElement('dj-provider', DjProvider);

export { DjProvider };
