import { shanghaiDate } from '../../calendar/instant.js';
import { periodsBetween, type Period } from '../../calendar/periods.js';
import { localize } from '../../i18n/format.js';
import { templatesByCode } from '../../i18n/define-messages.js';
import { conferenceMessages } from './messages.js';
import type { Finding } from '../../kernel/finding.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { ConferenceSession, JointConference } from '../../schema/conference.js';
import type { EngineReport } from '../engine-report.js';

const messages = templatesByCode(conferenceMessages);

/** One period of a conference: who chairs it by rotation, what was held, and whether it was missed. */
export interface ConferencePeriod {
  readonly period: Period;
  readonly chairUnitId: string;
  readonly sessions: readonly ConferenceSession[];
  /** The period is over and no session was held in it. The current period is never missed yet. */
  readonly missed: boolean;
}

export interface ConferenceSchedule {
  readonly conferenceId: string;
  readonly periods: readonly ConferencePeriod[];
}

/** The timetable, with a finding for each missed period and each session chaired out of turn. */
export type ConferenceScheduleReport = EngineReport<ConferenceSchedule>;

const unitName = (snapshot: Pick<Snapshot, 'units'>, id: string): string => snapshot.units.get(id)?.name ?? id;

function cadenceRule(conference: JointConference): Finding['rule'] {
  // The cadence is the conference's own charter (a local rule), not a national figure.
  return { id: `conference.${conference.id}.cadence`, version: conference.startsOn, confirmed: true };
}

function periodFindings(
  conference: JointConference,
  entry: ConferencePeriod,
  snapshot: Pick<Snapshot, 'units'>,
): Finding[] {
  const subject = { collection: 'conferences', id: conference.id };
  const chair = unitName(snapshot, entry.chairUnitId);
  const params = { name: conference.name, period: entry.period.label, chair };
  if (entry.missed) {
    return [
      {
        code: 'conference.missed',
        severity: 'warning',
        rule: cadenceRule(conference),
        subject,
        text: localize(messages['conference.missed'], params),
        facts: { period: entry.period, chairUnitId: entry.chairUnitId },
      },
    ];
  }
  return entry.sessions
    .filter((session) => session.chairUnitId !== entry.chairUnitId)
    .map((session) => ({
      code: 'conference.chairOutOfTurn',
      severity: 'info' as const,
      rule: cadenceRule(conference),
      subject: { collection: 'conferenceSessions', id: session.id },
      text: localize(messages['conference.chairOutOfTurn'], {
        ...params,
        actual: unitName(snapshot, session.chairUnitId),
      }),
      facts: { period: entry.period, chairUnitId: entry.chairUnitId, actualChairUnitId: session.chairUnitId },
    }));
}

/**
 * The rotating-chair timetable of a joint conference from its start to `asOf` (Asia/Shanghai
 * calendar periods of its cadence): who chairs each period, which sessions were held, and a
 * finding for every period that ended without a session or was chaired out of turn.
 */
export function conferenceScheduleReport(
  snapshot: Pick<Snapshot, 'conferences' | 'conferenceSessions' | 'units'>,
  conferenceId: string,
  asOf: string,
): ConferenceScheduleReport {
  const conference = snapshot.conferences.get(conferenceId);
  if (!conference) return { findings: [], data: { conferenceId, periods: [] } };
  const today = shanghaiDate(asOf);
  const sessions = snapshot.conferenceSessions.toArray().filter((session) => session.conferenceId === conferenceId);
  const periods = today < conference.startsOn ? [] : periodsBetween(conference.startsOn, today, conference.cadence);
  const entries = periods.map((period, index) => {
    const held = sessions
      .filter((session) => session.heldOn >= period.start && session.heldOn <= period.end)
      .sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1));
    const chairUnitId = conference.chairRotation[index % conference.chairRotation.length]!;
    return { period, chairUnitId, sessions: held, missed: held.length === 0 && period.end < today };
  });
  return {
    findings: entries.flatMap((entry) => periodFindings(conference, entry, snapshot)),
    data: { conferenceId, periods: entries },
  };
}
