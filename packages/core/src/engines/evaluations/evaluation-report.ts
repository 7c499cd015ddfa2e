import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { Evaluation, EvaluationBallot } from '../../schema/evaluation.js';
import type { FollowUp, Rating } from '../../schema/evaluation-scheme.js';
import type { EngineReport } from '../engine-report.js';
import { ratingLabels } from './labels.js';
import { evaluationReportRules as rules } from './rules.js';
import { scoreRound, type SubjectScore } from './scoring.js';

export interface FollowUpStatus extends Pick<FollowUp, 'id' | 'label' | 'required'> {
  readonly doneOn?: string;
}

/** One subject of a round: who, the score line by line, the computed band and the org's rating. */
export interface EvaluationRow extends Partial<SubjectScore> {
  readonly subjectId: string;
  readonly name: string;
  readonly rated: boolean;
  readonly stage?: string;
  /** The org's rating (set at close from the computed band, or decided otherwise with a reason). */
  readonly decided?: Rating;
  readonly reason?: string;
  /** What stands: the decided rating, else the computed band so far. */
  readonly rating?: Rating;
  readonly followUps: readonly FollowUpStatus[];
}

export type EvaluationReport = EngineReport<{
  readonly evaluationId: string;
  readonly state: Evaluation['state'];
  readonly rows: readonly EvaluationRow[];
  /** 优秀 among the subjects with a rating, and whether it passes the scheme's share (a finding, not a cap). */
  readonly excellent: { readonly count: number; readonly rated: number; readonly over: boolean };
}>;

/** True when `count` of `rated` passes the cap: more than num/den, or (strict) not below it. */
export function overCap(count: number, rated: number, cap: { num: number; den: number; strict: boolean }): boolean {
  return cap.strict ? count * cap.den >= cap.num * rated && count > 0 : count * cap.den > cap.num * rated;
}

function nameOf(snapshot: Pick<Snapshot, 'members' | 'orgs'>, round: Evaluation, id: string): string {
  const entity = round.scheme.subjectKind === 'member' ? snapshot.members.get(id) : snapshot.orgs.get(id);
  return entity?.name ?? id;
}

function rowsOf(snapshot: Pick<Snapshot, 'members' | 'orgs'>, round: Evaluation, scores: readonly SubjectScore[]) {
  return round.participants.map((participant): EvaluationRow => {
    const score = scores.find((each) => each.subjectId === participant.id);
    const decision = round.decisions.find((each) => each.subjectId === participant.id);
    const rating = decision?.rating ?? score?.computed;
    const due = rating === undefined ? [] : (round.scheme.followUps[rating] ?? []);
    const followUps = due.map(({ id, label, required }) => {
      const done = round.followUps.find((each) => each.subjectId === participant.id && each.followUp === id);
      return { id, label, required, ...(done && { doneOn: done.doneOn }) };
    });
    return {
      ...score,
      subjectId: participant.id,
      name: nameOf(snapshot, round, participant.id),
      rated: participant.rated,
      ...(participant.stage !== undefined && { stage: participant.stage }),
      ...(decision && { decided: decision.rating }),
      ...(decision?.reason !== undefined && { reason: decision.reason }),
      ...(rating !== undefined && { rating }),
      followUps,
    };
  });
}

function subjectRef(round: Evaluation, id: string) {
  return { collection: round.scheme.subjectKind === 'member' ? 'members' : 'orgs', id };
}

function rowFindings(round: Evaluation, rows: readonly EvaluationRow[]): Finding[] {
  const found: Finding[] = [];
  const raterLabel = (kind: string) => round.scheme.raters.find((rater) => rater.kind === kind)!.label;
  const facts = { evaluationId: round.id, version: round.scheme.version };
  for (const row of rows) {
    const subject = subjectRef(round, row.subjectId);
    if (!row.rated && row.decided !== undefined) {
      const place = { subject, severity: 'error' as const, facts: { ...facts, stage: row.stage, rating: row.decided } };
      found.push(finding(rules.notRatedGiven, place, { subject: row.name, rating: ratingLabels[row.decided] }));
    }
    if (row.rated && (row.missingKinds?.length ?? 0) > 0) {
      const kinds = row.missingKinds!.map(raterLabel);
      const place = {
        subject,
        severity: round.state === 'closed' ? ('warning' as const) : ('info' as const),
        facts: { ...facts, missingKinds: row.missingKinds },
      };
      const joined = { 'zh-CN': kinds.map((k) => k['zh-CN']).join('、'), en: kinds.map((k) => k.en).join(', ') };
      found.push(finding(rules.raterKindsMissing, place, { subject: row.name, kinds: joined }));
    }
    if (round.state !== 'closed' || row.rating === undefined) continue;
    const due = (round.scheme.followUps[row.rating] ?? []).filter((each) => each.required);
    for (const followUp of due.filter((each) => !row.followUps.some((s) => s.id === each.id && s.doneOn))) {
      const { source, article, confirmed } = followUp;
      const place = {
        subject,
        severity: 'warning' as const,
        confirmed,
        facts: { ...facts, followUp: followUp.id, rating: row.rating, source, article },
      };
      const params = { subject: row.name, rating: ratingLabels[row.rating], followUp: followUp.label };
      found.push(finding(rules.followUpDue, place, params));
    }
  }
  return found;
}

/**
 * One round of 民主评议 or 多向度考评: per subject the weighted score explained line by line (each
 * rater kind's count, mean, weight and contribution), the computed band, the org's rating and the
 * follow-ups due; findings for 优秀 past the scheme's share (never capped), a rating for someone
 * not rated, rater kinds that gave no mark and required follow-ups not done.
 */
export function evaluationReport(
  snapshot: Pick<Snapshot, 'members' | 'orgs' | 'evaluations' | 'evaluationBallots'>,
  evaluationId: string,
): EvaluationReport | undefined {
  const round = snapshot.evaluations.get(evaluationId);
  if (!round) return undefined;
  const ballots: EvaluationBallot[] = [];
  for (const ballot of snapshot.evaluationBallots.values()) if (ballot.evaluationId === round.id) ballots.push(ballot);
  const rows = rowsOf(snapshot, round, scoreRound(round.scheme, round.participants, ballots));
  const standing = rows.filter((row) => row.rated && row.rating !== undefined);
  const count = standing.filter((row) => row.rating === 'excellent').length;
  const cap = round.scheme.excellentCap;
  const over = cap !== undefined && overCap(count, standing.length, cap);
  const findings = rowFindings(round, rows);
  if (over) {
    const { num, den, strict, source, article, confirmed } = cap;
    const place = {
      subject: { collection: 'evaluations', id: round.id },
      severity: 'warning' as const,
      version: round.scheme.version,
      confirmed,
      facts: { excellent: count, rated: standing.length, num, den, strict, source, article },
    };
    findings.unshift(finding(rules.excellentShare, place, { excellent: count, rated: standing.length, num, den }));
  }
  return {
    findings,
    data: { evaluationId, state: round.state, rows, excellent: { count, rated: standing.length, over } },
  };
}
