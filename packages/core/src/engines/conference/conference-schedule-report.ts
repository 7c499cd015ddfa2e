import { shanghaiDate } from '../../calendar/instant.js';
import { periodsBetween, type Period } from '../../calendar/periods.js';
import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import { conferenceRules } from './rules.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { ConferenceSession, JointConference } from '../../schema/conference.js';
import type { EngineReport } from '../engine-report.js';

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

function periodFindings(
  conference: JointConference,
  entry: ConferencePeriod,
  snapshot: Pick<Snapshot, 'units'>,
): Finding[] {
  const subject = { collection: 'conferences', id: conference.id };
  const chair = unitName(snapshot, entry.chairUnitId);
  const params = { name: conference.name, period: entry.period.label, chair };
  if (entry.missed) {
    const facts = { conferenceId: conference.id, period: entry.period, chairUnitId: entry.chairUnitId };
    return [finding(conferenceRules.cadence, { subject, severity: 'warning', facts }, params)];
  }
  return entry.sessions
    .filter((session) => session.chairUnitId !== entry.chairUnitId)
    .map((session) => {
      const place = {
        subject: { collection: 'conferenceSessions', id: session.id },
        severity: 'info' as const,
        facts: { period: entry.period, chairUnitId: entry.chairUnitId, actualChairUnitId: session.chairUnitId },
      };
      return finding(conferenceRules.rotatingChair, place, {
        ...params,
        actual: unitName(snapshot, session.chairUnitId),
      });
    });
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
