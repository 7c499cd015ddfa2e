import { defineElement } from '../shared/define-element.js';
import { DjScoreLedger } from './score-ledger.js';

defineElement('dj-score-ledger', DjScoreLedger);

export { DjScoreLedger };
export * from './events.js';
