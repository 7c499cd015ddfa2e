import { defineElement } from '../shared/define-element.js';
import { DjImportDialog } from './import-dialog.js';

defineElement('dj-import-dialog', DjImportDialog);

export { DjImportDialog };
export * from './events.js';
