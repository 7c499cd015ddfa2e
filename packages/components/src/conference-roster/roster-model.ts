import {
  conferenceScheduleReport,
  nextDay,
  periodOf,
  type Agreement,
  type CommitteeSeat,
  type ConferenceSession,
  type Finding,
  type JointConference,
  type Period,
  type Snapshot,
  type Unit,
} from '@dangjian/core';

/** The tables the roster reads. */
export type RosterSnapshot = Pick<
  Snapshot,
  'conferences' | 'conferenceSessions' | 'units' | 'agreements' | 'committeeSeats' | 'orgs'
>;

/**
 * Where a period stands on `asOf`: held or missed (over), `current` (the period containing
 * `asOf`, with or without a session yet), or `upcoming`.
 */
export type PeriodStatus = 'held' | 'missed' | 'current' | 'upcoming';

export interface TimelineEntry {
  readonly period: Period;
  readonly chairUnitId: string;
  readonly status: PeriodStatus;
  readonly sessions: readonly ConferenceSession[];
  /** The engine's findings for the period: a missed conference, a chair out of turn. */
  readonly findings: readonly Finding[];
}

export interface RosterMember {
  readonly unitId: string;
  readonly unit: Unit | undefined;
  /** 1-based place in the chair rotation, when the unit chairs at all. */
  readonly turn: number | undefined;
  /** 兼职委员 from this unit sitting on a committee on `asOf`. */
  readonly seats: readonly CommitteeSeat[];
}

export interface Roster {
  readonly conference: JointConference;
  readonly members: readonly RosterMember[];
  readonly timeline: readonly TimelineEntry[];
  /** The entry of the period containing `asOf`; undefined before the conference starts. */
  readonly current: TimelineEntry | undefined;
  /** The member units' agreements for the year of `asOf`. */
  readonly agreements: readonly Agreement[];
  readonly findings: readonly Finding[];
}

/** The `count` periods after the schedule's last (or from the start), with the chair the rotation gives them. */
export function upcomingPeriods(
  conference: JointConference,
  scheduled: readonly { readonly period: Period }[],
  count: number,
): { period: Period; chairUnitId: string }[] {
  const upcoming: { period: Period; chairUnitId: string }[] = [];
  const last = scheduled.at(-1)?.period;
  let next: string = last ? nextDay(last.end) : conference.startsOn;
  for (let offset = 0; offset < count; offset++) {
    const period = periodOf(next, conference.cadence);
    const turn = (scheduled.length + offset) % conference.chairRotation.length;
    upcoming.push({ period, chairUnitId: conference.chairRotation[turn]! });
    next = nextDay(period.end);
  }
  return upcoming;
}

const seatedOn = (seat: CommitteeSeat, asOf: string): boolean =>
  seat.from <= asOf && (seat.to === undefined || seat.to >= asOf);

function members(snapshot: RosterSnapshot, conference: JointConference, asOf: string): RosterMember[] {
  const seats = snapshot.committeeSeats.toArray().filter((seat) => seatedOn(seat, asOf));
  return conference.memberUnitIds.map((unitId) => {
    const turn = conference.chairRotation.indexOf(unitId);
    return {
      unitId,
      unit: snapshot.units.get(unitId),
      turn: turn === -1 ? undefined : turn + 1,
      seats: seats.filter((seat) => seat.unitId === unitId),
    };
  });
}

function timeline(snapshot: RosterSnapshot, conference: JointConference, asOf: string, ahead: number): TimelineEntry[] {
  const { findings, data: schedule } = conferenceScheduleReport(snapshot, conference.id, asOf);
  const findingsOf = (label: string): Finding[] =>
    findings.filter((finding) => (finding.facts['period'] as Period | undefined)?.label === label);
  const past = schedule.periods.map((entry) => {
    const status: PeriodStatus = entry.period.end < asOf ? (entry.missed ? 'missed' : 'held') : 'current';
    return { ...entry, status, findings: findingsOf(entry.period.label) };
  });
  const future = upcomingPeriods(conference, schedule.periods, ahead).map((entry) => ({
    ...entry,
    status: 'upcoming' as const,
    sessions: [],
    findings: [],
  }));
  return [...past, ...future];
}

function agreementsOf(snapshot: RosterSnapshot, conference: JointConference, asOf: string): Agreement[] {
  const year = Number(asOf.slice(0, 4));
  const order = new Map(conference.memberUnitIds.map((unitId, index) => [unitId, index]));
  return snapshot.agreements
    .toArray()
    .filter((agreement) => agreement.year === year && order.has(agreement.unitId))
    .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)! || a.signedOn.localeCompare(b.signedOn));
}

/** Everything the roster shows for one conference on one date; undefined when there is no such conference. */
export function buildRoster(
  snapshot: RosterSnapshot,
  conferenceId: string,
  asOf: string,
  ahead: number,
): Roster | undefined {
  const conference = snapshot.conferences.get(conferenceId);
  if (!conference) return undefined;
  const entries = timeline(snapshot, conference, asOf, ahead);
  return {
    conference,
    members: members(snapshot, conference, asOf),
    timeline: entries,
    current: entries.find((entry) => entry.status === 'current'),
    agreements: agreementsOf(snapshot, conference, asOf),
    findings: entries.flatMap((entry) => entry.findings),
  };
}
