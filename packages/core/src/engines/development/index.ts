export * from './messages.js';
export * from './rules.js';
export * from './pipeline.js';
export * from './process-dates.js';
export * from './development-report.js';
