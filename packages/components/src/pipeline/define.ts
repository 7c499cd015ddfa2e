import { defineElement } from '../shared/define-element.js';
import { DjPipeline } from './pipeline.js';

defineElement('dj-pipeline', DjPipeline);

export { DjPipeline };
export * from './events.js';
