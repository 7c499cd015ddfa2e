/**
 * The kit's one calendar: every date the engines compute is computed here. A civil date is three
 * integers, so its arithmetic is integer arithmetic with no time zone at all; date-fns (and
 * @date-fns/tz) compute in the host's zone or a zone database, which a civil date does not need
 * and which made results depend on where the code ran.
 */
export * from './civil-date.js';
export * from './instant.js';
export * from './months.js';
export * from './periods.js';
