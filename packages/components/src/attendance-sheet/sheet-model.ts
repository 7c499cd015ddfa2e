import {
  isPartyMember,
  type DangjianError,
  type FieldIssue,
  type LocalizedText,
  type attendanceModes,
  type lecturerRoles,
  type Meeting,
  type MeetingKind,
  type Member,
  type Snapshot,
  type voteKinds,
} from '@dangjian/core';

export type AttendanceMode = (typeof attendanceModes)[number];
export type LecturerRole = (typeof lecturerRoles)[number];
export type VoteKind = (typeof voteKinds)[number];

/** How a member is marked: present (in one of the three modes), late, excused with a reason, or absent. */
export const markStatuses = ['present', 'late', 'excused', 'absent'] as const;
export type MarkStatus = (typeof markStatuses)[number];

export interface Mark {
  readonly status: MarkStatus;
  readonly mode: AttendanceMode;
  readonly reason: string;
}

/** A member not marked yet is present on site: the usual case, so a full meeting is one click. */
export const defaultMark: Mark = { status: 'present', mode: 'onSite', reason: '' };

export interface VoteDraft {
  readonly id: string;
  readonly kind: VoteKind;
  readonly motion: string;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

export interface LecturerDraft {
  readonly name: string;
  readonly role: LecturerRole;
  readonly memberId: string;
}

/** Everything the sheet holds before it is recorded. */
export interface SheetDraft {
  readonly id: string;
  readonly orgId: string;
  readonly kind: MeetingKind;
  readonly heldOn: string;
  readonly topic: string;
  readonly lecturer: LecturerDraft;
  readonly marks: ReadonlyMap<string, Mark>;
  readonly votes: readonly VoteDraft[];
  readonly decisions: string;
}

/** Kinds that vote and decide, and so show the quorum. */
export const decidingKinds: readonly MeetingKind[] = ['assembly', 'committeeMeeting'];

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The branch's Party members on the roll (active), by name: who the sheet lists. */
export function branchMembers(snapshot: Pick<Snapshot, 'members'>, orgId: string): Member[] {
  return [...snapshot.members.values()]
    .filter(
      (member) => member.relationOrgId === orgId && isPartyMember(member) && (member.status ?? 'active') === 'active',
    )
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The `meeting.record` input the draft stands for: attendance and absences in the roster's order. */
export function meetingInput(draft: SheetDraft, members: readonly Member[]) {
  const markOf = (member: Member): Mark => draft.marks.get(member.id) ?? defaultMark;
  const present = members.filter((member) => ['present', 'late'].includes(markOf(member).status));
  const away = members.filter((member) => ['excused', 'absent'].includes(markOf(member).status));
  const deciding = decidingKinds.includes(draft.kind);
  const lecturer = draft.lecturer;
  return {
    id: draft.id,
    orgId: draft.orgId,
    kind: draft.kind,
    heldOn: draft.heldOn,
    topic: draft.topic.trim(),
    attendance: present.map((member) => ({
      memberId: member.id,
      mode: markOf(member).mode,
      ...(markOf(member).status === 'late' && { late: true }),
    })),
    absences: away.map((member) => ({
      memberId: member.id,
      ...(markOf(member).status === 'excused' && { excused: true, reason: markOf(member).reason.trim() }),
    })),
    ...(draft.kind === 'lecture' && {
      lecturer: {
        name: lecturer.name.trim(),
        role: lecturer.role,
        ...(lecturer.memberId && { memberId: lecturer.memberId }),
      },
    }),
    votes: deciding ? draft.votes.map((vote) => ({ ...vote, motion: vote.motion.trim() })) : [],
    decisions: deciding
      ? draft.decisions
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
      : [],
  } satisfies Omit<Meeting, 'review'>;
}

export type MeetingInput = ReturnType<typeof meetingInput>;

/** What a refusal's `field` points at on the sheet: a form field, a member's row, a vote. */
export type FieldTarget =
  | { readonly area: 'field'; readonly name: string }
  | { readonly area: 'member'; readonly memberId: string; readonly name: string }
  | { readonly area: 'vote'; readonly index: number; readonly name: string }
  | { readonly area: 'attendance' };

/** Resolves `absences.2.reason` to the member it is about, `votes.0.yes` to the vote, `attendance` to the roll. */
export function fieldTarget(field: string | undefined, input: MeetingInput): FieldTarget | undefined {
  if (!field) return undefined;
  const [head, index, rest] = field.split('.');
  const at = Number(index);
  if ((head === 'attendance' || head === 'absences') && Number.isInteger(at)) {
    const list = head === 'attendance' ? input.attendance : input.absences;
    const memberId = list[at]?.memberId;
    if (memberId) return { area: 'member', memberId, name: rest ?? 'status' };
  }
  if (head === 'attendance') return { area: 'attendance' };
  if (head === 'votes' && Number.isInteger(at)) return { area: 'vote', index: at, name: rest ?? 'motion' };
  return { area: 'field', name: field };
}

/**
 * What to say after the field's name: an input error's own issue (its text without the field's
 * path, which the sheet names in its own words), else the refusal's text.
 */
export function refusalReason(error: Pick<DangjianError, 'text' | 'field' | 'details'>): LocalizedText {
  const issues = error.details?.['issues'];
  const issue = Array.isArray(issues)
    ? (issues as readonly FieldIssue[]).find((each) => each.field === error.field)
    : undefined;
  return issue?.text ?? error.text;
}
