import { shanghaiDate } from '../../calendar/instant.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { ScoreSourceId } from '../../schema/score-scheme.js';
import { liveClaimOf } from '../../schema/wish.js';

/** The record a line comes from, so a reader can open it. */
export interface SourceRef {
  readonly collection: 'meetings' | 'wishes' | 'pledges' | 'volunteerHours' | 'pointAwards';
  readonly id: string;
}

/** One thing a member did that a scheme may give points for. */
export interface SourceEntry {
  readonly memberId: string;
  /** The Asia/Shanghai day it happened. */
  readonly on: string;
  readonly sourceRef: SourceRef;
  /** How much: one occurrence, minutes of service, or the points an award gave. */
  readonly quantity: number;
  /** What kind of occurrence (a meeting's kind), for items that count some kinds only. */
  readonly kind?: string;
  /** A manual award names its item and its points itself. */
  readonly itemId?: string;
  readonly points?: number;
  /** The day an award was taken back, if it was by the report's day: the line stays and counts 0. */
  readonly revokedOn?: string;
}

/** The collections the sources read. */
export type ScoreTables = Pick<Snapshot, 'meetings' | 'wishes' | 'pledges' | 'volunteerHours' | 'pointAwards'>;

/** A source: a pure reader from the snapshot to what members did. */
export type ScoreSource = (snapshot: ScoreTables) => readonly SourceEntry[];

/** 参加组织生活: every attendee of a recorded meeting, whatever the mode (就近参学, 上门送学, 网络共学) or lateness. */
const meetingAttended: ScoreSource = (snapshot) => {
  const entries: SourceEntry[] = [];
  for (const meeting of snapshot.meetings.values()) {
    for (const attendee of meeting.attendance) {
      entries.push({
        memberId: attendee.memberId,
        on: meeting.heldOn,
        sourceRef: { collection: 'meetings', id: meeting.id },
        quantity: 1,
        kind: meeting.kind,
      });
    }
  }
  return entries;
};

/** 认领微心愿并兑现: the member whose claim stood when the resident confirmed, on the day they did. */
const wishFulfilled: ScoreSource = (snapshot) => {
  const entries: SourceEntry[] = [];
  for (const wish of snapshot.wishes.values()) {
    const claimant = liveClaimOf(wish)?.claimant;
    if (wish.state !== 'fulfilled' || wish.fulfilledAt === undefined || claimant?.kind !== 'member') continue;
    entries.push({
      memberId: claimant.memberId,
      on: shanghaiDate(wish.fulfilledAt, 'fulfilledAt'),
      sourceRef: { collection: 'wishes', id: wish.id },
      quantity: 1,
    });
  }
  return entries;
};

/** 依岗承诺 kept (post duty): a pledge the branch assessed as kept, on the day it did. */
const pledgeFulfilled: ScoreSource = (snapshot) => {
  const entries: SourceEntry[] = [];
  for (const pledge of snapshot.pledges.values()) {
    if (pledge.assessment?.outcome !== 'fulfilled') continue;
    entries.push({
      memberId: pledge.memberId,
      on: pledge.assessment.assessedOn,
      sourceRef: { collection: 'pledges', id: pledge.id },
      quantity: 1,
    });
  }
  return entries;
};

/**
 * 志愿服务: a member's confirmed hours, one entry per record, its quantity the minutes (an item
 * gives points per whole `per.quantity` minutes of each record). Residents' hours earn no points.
 */
const volunteerHours: ScoreSource = (snapshot) => {
  const entries: SourceEntry[] = [];
  for (const record of snapshot.volunteerHours.values()) {
    if (record.volunteer.kind !== 'member') continue;
    entries.push({
      memberId: record.volunteer.memberId,
      on: record.on,
      sourceRef: { collection: 'volunteerHours', id: record.id },
      quantity: record.minutes,
    });
  }
  return entries;
};

/** 人工加分: every award, with the day it was revoked (the ledger judges that day against its own). */
const manualAward: ScoreSource = (snapshot) => {
  const entries: SourceEntry[] = [];
  for (const award of snapshot.pointAwards.values()) {
    entries.push({
      memberId: award.memberId,
      on: award.on,
      sourceRef: { collection: 'pointAwards', id: award.id },
      quantity: award.points,
      itemId: award.itemId,
      points: award.points,
      ...(award.revoked && { revokedOn: award.revoked.on }),
    });
  }
  return entries;
};

/**
 * Every source by the id a scheme's item names. A new source is one id in `scoreSourceIds` and
 * one reader here; the ledger needs nothing else.
 */
export const scoreSources: Readonly<Record<ScoreSourceId, ScoreSource>> = {
  meetingAttended,
  wishFulfilled,
  pledgeFulfilled,
  volunteerHours,
  manualAward,
};
