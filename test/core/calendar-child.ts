import { calendarSample, runCalendarProperties } from './calendar-properties.js';

/**
 * Run by `calendar.test.ts` in a child process with a TZ of its choosing: checks the calendar's
 * properties under that host zone and prints what the host zone is and what the calendar computed.
 */
const seed = Number(process.argv[2]);
runCalendarProperties(seed, 150);
process.stdout.write(
  JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    // The host's own offset on a summer day: proves the zone really changed for the process.
    hostOffset: new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset(),
    sample: calendarSample(),
  }),
);
