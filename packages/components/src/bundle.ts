/**
 * The single-file browser build (`@dangjian/components/bundle`, `dist/bundle/dangjian.js`): every
 * element registered, the elements' API, and `@dangjian/core` as `core` — with lit, zod, immer and
 * date-fns inside and no `process`, compiled to ES2019. For pages without a bundler (one
 * `<script type="module">`), jQuery-era portals and legacy bundlers (webpack 4) that cannot read
 * ES2022. Bundled apps import the per-element `define` entries instead: they share one lit and
 * load only what they use.
 */
import './attendance-sheet/define.js';
import './conference-roster/define.js';
import './contact-card/define.js';
import './coverage-board/define.js';
import './dues-calculator/define.js';
import './dues-statement/define.js';
import './evaluation-form/define.js';
import './import-dialog/define.js';
import './meeting-calendar/define.js';
import './member-card/define.js';
import './member-roster/define.js';
import './org-tree/define.js';
import './pipeline/define.js';
import './post-board/define.js';
import './provider/define.js';
import './registration-form/define.js';
import './rules-playground/define.js';
import './score-ledger/define.js';
import './volunteer-hours/define.js';
import './wish-board/define.js';

export * from './index.js';
export * as core from '@dangjian/core';
