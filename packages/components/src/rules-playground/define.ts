import { defineElement } from '../shared/define-element.js';
import { DjRulesPlayground } from './rules-playground.js';

defineElement('dj-rules-playground', DjRulesPlayground);

export { DjRulesPlayground };
