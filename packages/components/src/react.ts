/**
 * JSX types for React 19 (`@types/react` 19): every `dj-*` element in `JSX.IntrinsicElements`,
 * with its public properties and an `ondj-*` prop per event it fires.
 *
 * ```ts
 * import type {} from '@dangjian/components/react'; // once, anywhere in the app
 * import '@dangjian/components/org-tree/define'; // register before the first render
 *
 * <dj-org-tree orgs={orgs} expandDepth={2} ondj-org-select={(event) => open(event.orgId)} />
 * ```
 *
 * React 19 sets a prop as a property when the element has one (`orgs`, `expandDepth`), otherwise
 * as an attribute, so register the elements before React renders them. An event prop is `on` plus
 * the event's exact name: `ondj-org-select`, not `onDjOrgSelect`. Types only: this entry adds no code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type {
  DjAttendanceSheet,
  DjConferenceRoster,
  DjContactCard,
  DjContactRecordedEvent,
  DjCoverageBoard,
  DjImportCompleteEvent,
  DjImportDialog,
  DjMeetingCalendar,
  DjMeetingCellSelectEvent,
  DjMeetingRecordedEvent,
  DjMeetingSubmittedEvent,
  DjMemberCard,
  DjHoursRecordedEvent,
  DjVolunteerHours,
  DjMemberRoster,
  DjMemberSelectEvent,
  DjOrgMovedEvent,
  DjOrgMoveRequestEvent,
  DjOrgSelectEvent,
  DjOrgToggleEvent,
  DjOrgTree,
  DjProvider,
  DjRegistrationForm,
  DjRegistrationSavedEvent,
  DjRegistrationSubmitEvent,
  DjUnitSelectEvent,
  DjUnmaskRequestEvent,
} from './index.js';
import type {
  DjDuesAmountEvent,
  DjDuesCalculator,
  DjDuesRecordedEvent,
  DjDuesStatement,
  DjEvaluationForm,
  DjEvaluationSubmittedEvent,
  DjPipeline,
  DjPostBoard,
  DjPostClaimedEvent,
  DjRulesPlayground,
  DjScoreLedger,
  DjScoreMemberSelectEvent,
  DjStepRecordedEvent,
  DjWishBoard,
  DjWishSteppedEvent,
} from './index.js';

/**
 * Each tag's class. Named here rather than read from the global `HTMLElementTagNameMap`: the
 * declaration bundle of this entry keeps only what it imports, and the tag map is filled by the
 * other entries' global augmentations.
 */
export interface DjElements {
  'dj-provider': DjProvider;
  'dj-org-tree': DjOrgTree;
  'dj-coverage-board': DjCoverageBoard;
  'dj-conference-roster': DjConferenceRoster;
  'dj-member-roster': DjMemberRoster;
  'dj-member-card': DjMemberCard;
  'dj-contact-card': DjContactCard;
  'dj-registration-form': DjRegistrationForm;
  'dj-import-dialog': DjImportDialog;
  'dj-meeting-calendar': DjMeetingCalendar;
  'dj-attendance-sheet': DjAttendanceSheet;
  'dj-dues-calculator': DjDuesCalculator;
  'dj-dues-statement': DjDuesStatement;
  'dj-pipeline': DjPipeline;
  'dj-post-board': DjPostBoard;
  'dj-wish-board': DjWishBoard;
  'dj-volunteer-hours': DjVolunteerHours;
  'dj-evaluation-form': DjEvaluationForm;
  'dj-score-ledger': DjScoreLedger;
  'dj-rules-playground': DjRulesPlayground;
}

/** The events each element fires, by name, with their classes. */
export interface DjElementEvents {
  'dj-provider': object;
  'dj-org-tree': {
    'dj-org-select': DjOrgSelectEvent;
    'dj-org-toggle': DjOrgToggleEvent;
    'dj-org-move-request': DjOrgMoveRequestEvent;
    'dj-org-moved': DjOrgMovedEvent;
  };
  'dj-coverage-board': { 'dj-unit-select': DjUnitSelectEvent };
  'dj-conference-roster': object;
  'dj-member-roster': { 'dj-member-select': DjMemberSelectEvent; 'dj-unmask-request': DjUnmaskRequestEvent };
  'dj-member-card': { 'dj-unmask-request': DjUnmaskRequestEvent };
  'dj-contact-card': { 'dj-contact-recorded': DjContactRecordedEvent };
  'dj-registration-form': {
    'dj-registration-submit': DjRegistrationSubmitEvent;
    'dj-registration-saved': DjRegistrationSavedEvent;
  };
  'dj-import-dialog': { 'dj-import-complete': DjImportCompleteEvent };
  'dj-meeting-calendar': { 'dj-meeting-cell-select': DjMeetingCellSelectEvent };
  'dj-attendance-sheet': {
    'dj-meeting-recorded': DjMeetingRecordedEvent;
    'dj-meeting-submitted': DjMeetingSubmittedEvent;
  };
  'dj-dues-calculator': { 'dj-dues-amount': DjDuesAmountEvent };
  'dj-dues-statement': { 'dj-dues-recorded': DjDuesRecordedEvent };
  'dj-pipeline': { 'dj-step-recorded': DjStepRecordedEvent };
  'dj-post-board': { 'dj-post-claimed': DjPostClaimedEvent };
  'dj-wish-board': { 'dj-wish-stepped': DjWishSteppedEvent };
  'dj-volunteer-hours': { 'dj-hours-recorded': DjHoursRecordedEvent };
  'dj-evaluation-form': { 'dj-evaluation-submitted': DjEvaluationSubmittedEvent };
  'dj-score-ledger': { 'dj-score-member-select': DjScoreMemberSelectEvent };
  'dj-rules-playground': object;
}

export type DjTagName = keyof DjElementEvents;

/** An element's own data properties (not LitElement's or HTMLElement's, no methods), all optional. */
export type DjElementProperties<E> = {
  [K in keyof E as K extends keyof LitElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** `ondj-org-select={(event) => …}` for each event, typed with the event's class. */
export type DjEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** What a `dj-*` tag accepts in JSX: the usual HTML props, the element's properties, its events. */
export type DjElementProps<Tag extends DjTagName> = DetailedHTMLProps<
  HTMLAttributes<DjElements[Tag]>,
  DjElements[Tag]
> &
  DjElementProperties<DjElements[Tag]> &
  DjEventProps<DjElementEvents[Tag]>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's own interface.
    interface IntrinsicElements extends DjIntrinsicElements {}
  }
}

/** Every `dj-*` tag with its props, merged into React's `JSX.IntrinsicElements`. */
export type DjIntrinsicElements = { [Tag in DjTagName]: DjElementProps<Tag> };
