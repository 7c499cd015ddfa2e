import type { EvaluationBallot, EvaluationMark, EvaluationParticipant } from '../../schema/evaluation.js';
import type { Band, EvaluationScheme, Rating } from '../../schema/evaluation-scheme.js';
import { atLeast, hundredths, weightedMean, type Ratio, type WeightedPart } from './weighted.js';

/** One rater kind's line of a subject's score: how many marked, their mean, the weight and what it adds. */
export interface RaterLine {
  readonly raterKind: string;
  readonly weight: number;
  readonly count: number;
  /** Sum of the points given (a grade counts its scheme points). */
  readonly points: number;
  /** Mean points, in hundredths (8750 = 87.50); absent with no marks. */
  readonly meanHundredths?: number;
  /**
   * What the kind adds to the score, in hundredths: weight × mean ÷ the weights of the kinds that
   * marked. Rounded per line; the score itself is computed exactly, so the lines may differ from
   * it by a hundredth each.
   */
  readonly contributionHundredths: number;
  /** Votes per grade, where raters mark grades. */
  readonly votes?: Readonly<Record<Rating, number>>;
}

export interface SubjectScore {
  readonly subjectId: string;
  readonly lines: readonly RaterLine[];
  /** The weighted score in hundredths, rounded half up; absent when nobody marked the subject. */
  readonly scoreHundredths?: number;
  /** The band the marks fall in, first match in the scheme's order; absent when nobody marked. */
  readonly computed?: Rating;
  /** Rater kinds with a weight that gave no mark. */
  readonly missingKinds: readonly string[];
}

const noVotes = (): Record<Rating, number> => ({ excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 });

export function markPoints(scheme: EvaluationScheme, mark: EvaluationMark): number {
  return mark.score ?? scheme.gradePoints![mark.grade!]!;
}

/** Each kind's marks of one subject, in the scheme's rater order. */
function partsOf(scheme: EvaluationScheme, subjectId: string, ballots: readonly EvaluationBallot[]) {
  return scheme.raters.map((rater) => {
    const marks = ballots
      .filter((ballot) => ballot.raterKind === rater.kind)
      .flatMap((ballot) => ballot.marks.filter((mark) => mark.subjectId === subjectId));
    const votes = noVotes();
    for (const mark of marks) if (mark.grade) votes[mark.grade] += 1;
    const points = marks.reduce((sum, mark) => sum + markPoints(scheme, mark), 0);
    return { rater, count: marks.length, points, votes };
  });
}

function holds(band: Band, score: Ratio, votes: (mark: Rating) => Ratio | undefined): boolean {
  if (band.minScore !== undefined && !atLeast(score, band.minScore, 1)) return false;
  if (band.share !== undefined) {
    const share = votes(band.share.mark);
    if (!share || !atLeast(share, band.share.num, band.share.den, band.share.strict)) return false;
  }
  return true;
}

/**
 * One subject's weighted score explained line by line, and its band: each rater kind's count,
 * mean, weight and contribution; kinds that gave no mark are left out of the weights and named.
 */
export function scoreSubject(
  scheme: EvaluationScheme,
  subjectId: string,
  ballots: readonly EvaluationBallot[],
): SubjectScore {
  const parts = partsOf(scheme, subjectId, ballots);
  const weighted = (total: (part: (typeof parts)[number]) => number): WeightedPart[] =>
    parts.map((part) => ({ weight: part.rater.weight, count: part.count, total: total(part) }));
  const score = weightedMean(weighted((part) => part.points));
  const presentWeight = parts.filter((part) => part.count > 0).reduce((sum, part) => sum + part.rater.weight, 0);
  const lines: RaterLine[] = parts.map(({ rater, count, points, votes }) => ({
    raterKind: rater.kind,
    weight: rater.weight,
    count,
    points,
    ...(count > 0 && { meanHundredths: hundredths(BigInt(points), BigInt(count)) }),
    contributionHundredths:
      count > 0 && presentWeight > 0 ? hundredths(BigInt(rater.weight * points), BigInt(count * presentWeight)) : 0,
    ...(scheme.marking === 'grade' && { votes }),
  }));
  const missingKinds = parts.filter((part) => part.count === 0 && part.rater.weight > 0).map((p) => p.rater.kind);
  if (!score) return { subjectId, lines, missingKinds };
  const share = (mark: Rating) => weightedMean(weighted((part) => part.votes[mark]));
  const band = scheme.bands.find((each) => holds(each, score, share))!;
  return { subjectId, lines, scoreHundredths: hundredths(score.num, score.den), computed: band.rating, missingKinds };
}

/** The scores of the rated participants; those who are not rated get none, whatever was marked. */
export function scoreRound(
  scheme: EvaluationScheme,
  participants: readonly EvaluationParticipant[],
  ballots: readonly EvaluationBallot[],
): SubjectScore[] {
  return participants.filter((each) => each.rated).map((each) => scoreSubject(scheme, each.id, ballots));
}
