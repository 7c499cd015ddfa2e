import { defineElement } from '../shared/define-element.js';
import { DjOrgTree } from './org-tree.js';

defineElement('dj-org-tree', DjOrgTree);

export { DjOrgTree };
export * from './events.js';
