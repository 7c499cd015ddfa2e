/** The kit's one calendar: every date the engines compute is computed here. */
export * from './civil-date.js';
export * from './instant.js';
export * from './months.js';
export * from './periods.js';
