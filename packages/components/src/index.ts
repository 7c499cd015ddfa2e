/**
 * The classes, events and context of Dangjian Kit's elements, without registering any tag.
 * Register with the per-element entry points: `import '@dangjian/components/org-tree/define'`.
 */
export { DjProvider } from './provider/provider.js';
export { DjOrgTree } from './org-tree/org-tree.js';
export {
  DjOrgSelectEvent,
  DjOrgToggleEvent,
  DjOrgMoveRequestEvent,
  DjOrgMovedEvent,
  type DjOrgSelectDetail,
  type DjOrgToggleDetail,
  type DjOrgMoveRequestDetail,
  type DjOrgMovedDetail,
} from './org-tree/events.js';
export { DjCoverageBoard, type CoverageSnapshot } from './coverage-board/coverage-board.js';
export { DjUnitSelectEvent, type DjUnitSelectDetail } from './coverage-board/events.js';
export { type FormationFilter } from './coverage-board/board-model.js';
export { DjConferenceRoster, rosterViews, type RosterView } from './conference-roster/conference-roster.js';
export { type RosterSnapshot } from './conference-roster/roster-model.js';
export { workspaceContext, type WorkspaceContext } from './shared/workspace-context.js';
export { WorkspaceController } from './shared/workspace-controller.js';
export { LocalizeController } from './shared/localize-controller.js';
export { localeFromLang, langAt } from './shared/locale.js';
export { defineElement } from './shared/define-element.js';
export { cssProperties, type CssProperties } from './shared/css-properties.js';
export { tokens } from './shared/tokens.styles.js';
export { DjMemberRoster } from './member-roster/member-roster.js';
export { DjMemberSelectEvent, type DjMemberSelectDetail } from './member-roster/events.js';
export { type RosterEntry, type RosterFilter, type SortKey, type SortDirection } from './member-roster/roster-model.js';
export { DjMemberCard } from './member-card/member-card.js';
export { DjContactCard } from './contact-card/contact-card.js';
export { DjContactRecordedEvent, type DjContactRecordedDetail } from './contact-card/events.js';
export { DjUnmaskRequestEvent, type DjUnmaskRequestDetail } from './shared/unmask.js';
export { labelOf, resultLabel, stageLabels } from './shared/member-labels.js';
export { DjRegistrationForm } from './registration-form/registration-form.js';
export {
  DjRegistrationSubmitEvent,
  DjRegistrationSavedEvent,
  type DjRegistrationSubmitDetail,
  type DjRegistrationSavedDetail,
} from './registration-form/events.js';
export { type RegistrationDraft } from './registration-form/registration-draft.js';
export { DjImportDialog } from './import-dialog/import-dialog.js';
export { DjImportCompleteEvent, type DjImportCompleteDetail } from './import-dialog/events.js';
export { type RowReader } from './import-dialog/read-rows.js';
export { DjMeetingCalendar, type CalendarSnapshot } from './meeting-calendar/meeting-calendar.js';
export { DjMeetingCellSelectEvent, type DjMeetingCellSelectDetail } from './meeting-calendar/events.js';
export { type CalendarView } from './meeting-calendar/calendar-model.js';
export { DjAttendanceSheet } from './attendance-sheet/attendance-sheet.js';
export {
  DjMeetingRecordedEvent,
  DjMeetingSubmittedEvent,
  type DjMeetingRecordedDetail,
  type DjMeetingSubmittedDetail,
} from './attendance-sheet/events.js';
export { DjDuesCalculator } from './dues-calculator/dues-calculator.js';
export { DjDuesAmountEvent, type DjDuesAmountDetail } from './dues-calculator/events.js';
export { DjDuesStatement } from './dues-statement/dues-statement.js';
export { DjDuesRecordedEvent, type DjDuesRecordedDetail } from './dues-statement/events.js';
export { DjScoreLedger, type ScoreLedgerSnapshot } from './score-ledger/score-ledger.js';
export { DjScoreMemberSelectEvent, type DjScoreMemberSelectDetail } from './score-ledger/events.js';
export { DjRulesPlayground } from './rules-playground/rules-playground.js';
export { DjPipeline } from './pipeline/pipeline.js';
export { DjStepRecordedEvent, type DjStepRecordedDetail } from './pipeline/events.js';
export { DjPostBoard } from './post-board/post-board.js';
export { DjPostClaimedEvent, type DjPostClaimedDetail } from './post-board/events.js';
export { type PostBoardView, type PostRow, type PledgeRow } from './post-board/board-model.js';
export { DjWishBoard } from './wish-board/wish-board.js';
export { DjWishSteppedEvent, type DjWishSteppedDetail } from './wish-board/events.js';
export { type WishCard, type WishColumn } from './wish-board/board-model.js';
export { DjVolunteerHours } from './volunteer-hours/volunteer-hours.js';
export { DjHoursRecordedEvent, type DjHoursRecordedDetail } from './volunteer-hours/events.js';
export { DjEvaluationForm } from './evaluation-form/evaluation-form.js';
export { DjEvaluationSubmittedEvent, type DjEvaluationSubmittedDetail } from './evaluation-form/events.js';
