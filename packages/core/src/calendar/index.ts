/**
 * The kit's one calendar: every date the engines compute is computed here. A civil date is three
 * integers, so its arithmetic is integer arithmetic with no time zone at all. date-fns computes
 * in the host's zone unless given one (@date-fns/tz, read from the host's Intl zone data): a civil
 * date needs neither, and an instant needs only the fixed UTC+8 of `instant.ts`.
 */
export * from './civil-date.js';
export * from './instant.js';
export * from './months.js';
export * from './periods.js';
export * from './working-days.js';
