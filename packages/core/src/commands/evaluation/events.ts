import type { Rating } from '../../schema/evaluation-scheme.js';

/** The evaluation area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface EvaluationEvents {
  'evaluation.opened': {
    readonly orgId: string;
    readonly year: number;
    readonly scheme: string;
    readonly version: string;
    readonly participants: number;
    readonly rated: number;
  };
  /** One rater's ballot: how many subjects it marks (never the marks: a ballot may be anonymous). */
  'evaluation.rated': { readonly raterKind: string; readonly marks: number };
  'evaluation.closed': { readonly decided: number; readonly excellent: number };
  'evaluation.decided': { readonly subjectId: string; readonly rating: Rating; readonly overridden: boolean };
  'evaluation.followedUp': { readonly subjectId: string; readonly followUp: string; readonly doneOn: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends EvaluationEvents {}
}
