/**
 * The public surface of @dangjian/core, by layer (ARCHITECTURE.md): kernel, calendar, schema,
 * rules, policy, commands, engines, queries, roster, runtime, i18n. Every name is listed, so what
 * a module exports for its neighbours stays internal until it is added here.
 * test/core/public-api.test.ts compares these names with test/core/public-api.snapshot.txt: a
 * change to the surface is a visible diff.
 */

// Kernel: snapshots, transactions, commands, errors, audit, the Store port
export { err, ok, type Result } from './kernel/result.js';
export {
  ConflictError,
  DangjianError,
  type DangjianErrorJSON,
  type ErrorInit,
  type ErrorKind,
  ForbiddenError,
  isDangjianError,
  NotFoundError,
  type RuleRef,
  RuleViolationError,
  type SubjectRef,
  ValidationError,
} from './kernel/errors.js';
export { type Clock, fixedClock, SimulatedClock } from './kernel/clock.js';
export { PersistentMap } from './kernel/persistent-map.js';
export {
  emptySnapshot,
  type EntityRecords,
  type FromRecordsOptions,
  type Snapshot,
  snapshotFromRecords,
  snapshotToRecords,
  type Table,
  tableOf,
  type Tables,
  withTable,
} from './kernel/snapshot.js';
export { applySnapshotPatches, scopePatches, type SnapshotPatch } from './kernel/patches.js';
export type {
  DataFreeEventType,
  DomainEvent,
  DomainEventInput,
  DomainEventMap,
  DomainEventOf,
  DomainEventType,
} from './kernel/events.js';
export { type EntityChange, Transaction, type TransactionResult } from './kernel/transaction.js';
export {
  type Command,
  type CommandContext,
  type CommandInput,
  type CommandOutcome,
  type CommandResultOf,
  defineCommand,
  executeCommand,
  parseContext,
  parseInput,
  runParsed,
} from './kernel/command.js';
export { validate } from './kernel/validate.js';
export { type FieldIssue } from './kernel/zod-issues.js';
export { maxInputDepth, tooDeepAt, unknownKeyAt } from './kernel/input-shape.js';
export { type AppliedRule, type Finding, type Severity } from './kernel/finding.js';
export { applyEntityChanges } from './kernel/apply-changes.js';
export { seedTenant } from './kernel/seed.js';
export { type AuditDraft, type AuditQuery, type AuditRecord, type UnsealedAuditRecord } from './kernel/audit.js';
export {
  auditFinding,
  type AuditFinding,
  auditGenesisHash,
  sealAuditRecord,
  verifyAudit,
} from './kernel/audit-chain.js';
export {
  auditCheckpoint,
  type AuditCheckpoint,
  type AuditHead,
  type CheckpointAlgorithm,
  type CheckpointKey,
  verifyAuditAnchored,
} from './kernel/audit-checkpoint.js';
export { type Commit, type CommitReceipt, type Store, type StoredState } from './kernel/store.js';
export { assertTenant, isTenant, maxTenantLength } from './kernel/tenant.js';
export { appliedRule, type CatalogueRule, defineRule, refusal, refuse } from './kernel/rule.js';
export {
  auditMessages,
  commandMessages,
  entityMessages,
  inputMessages,
  requestMessages,
  storeMessages,
  tenantMessages,
} from './kernel/messages.js';
export { sha256Hex } from './kernel/sha256.js';
export { canonicalJson } from './kernel/canonical-json.js';

// Calendar: civil dates, Asia/Shanghai instants, months and periods
export {
  civilDate,
  type CivilDate,
  civilDateParts,
  type CivilDateParts,
  daysInMonth,
  isCivilDate,
  isLeapYear,
  nextDay,
  parseCivilDate,
  previousDay,
} from './calendar/civil-date.js';
export { type Instant, isInstant, parseAsOf, parseInstant, shanghaiDate, shanghaiDateOf } from './calendar/instant.js';
export { addMonths, ageOn, isWithinMonths, wholeMonthsBetween } from './calendar/months.js';
export { monthsBefore, type Period, periodOf, periodsBetween } from './calendar/periods.js';
export { calendarMessages } from './calendar/messages.js';
export {
  addWorkingDays,
  dayOfWeek,
  holidayDataVersion,
  type HolidayYear,
  isWorkingDay,
  shippedWorkdayCalendar,
  type WorkdayCalendar,
  workdayCalendar,
  workingDaysBetween,
} from './calendar/working-days.js';

// Schema: the entities and their zod schemas
export {
  type Actor,
  ActorSchema,
  defaultTenantPattern,
  type Id,
  IdSchema,
  IsoDateSchema,
  IsoInstantSchema,
  type Tenant,
  TenantSchema,
  TextSchema,
} from './schema/common.js';
export { schemaMessages } from './schema/messages.js';
export { schemaIssue, type SchemaIssue } from './schema/schema-issue.js';
export {
  type AnyEntity,
  type CollectionName,
  collectionNames,
  collections,
  type Collections,
  type EntityOf,
  isCollectionName,
} from './schema/collections.js';
export {
  allowedChildKinds,
  branchSettings,
  committeeSubkinds,
  groupSettings,
  type Org,
  type OrgKind,
  orgKindLabels,
  orgKinds,
  OrgSchema,
  OrgShape,
  refineOrg,
  rootKinds,
  secretarySelections,
} from './schema/org.js';
export { orgReferences } from './schema/org-references.js';
export {
  type ContactCard,
  ContactCardSchema,
  educationLevels,
  employmentStatuses,
  isPartyMember,
  type Member,
  memberRoles,
  MemberSchema,
  memberStatuses,
  PhoneSchema,
  recordedCareFlags,
  relocationStatuses,
  type Stage,
  stages,
} from './schema/member.js';
export { genderLabels, stageLabels } from './schema/member-labels.js';
export {
  idNumberBirthDate,
  idNumberCheckCharacter,
  IdNumberInput,
  IdNumberSchema,
  isValidIdNumber,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
} from './schema/id-number.js';
export {
  containsPiiShape,
  idNumberShape,
  maskPiiShapes,
  mayCarryPii,
  mobileShape,
  piiShapes,
} from './schema/pii-shapes.js';
export { readableCollections, ReadableMemberSchema } from './schema/readable.js';
export {
  type FeedbackReport,
  FeedbackReportSchema,
  type Registration,
  RegistrationSchema,
} from './schema/registration.js';
export {
  type Formation,
  formationLabels,
  formations,
  newSectorKinds,
  type Unit,
  type UnitKind,
  unitKindLabels,
  unitKinds,
  UnitSchema,
} from './schema/unit.js';
export { type UnitRegistration, UnitRegistrationSchema } from './schema/unit-registration.js';
export { type CommitteeSeat, CommitteeSeatSchema } from './schema/committee-seat.js';
export {
  type Cadence,
  cadences,
  type ConferenceSession,
  ConferenceSessionSchema,
  type JointConference,
  JointConferenceSchema,
} from './schema/conference.js';
export { type Agreement, agreementKinds, AgreementSchema, TargetSchema } from './schema/agreement.js';
export { type Project, ProjectSchema } from './schema/project.js';
export { type Building, BuildingSchema } from './schema/building.js';
export { holdersOf, type Post, type PostKind, postKinds, PostSchema } from './schema/post.js';
export { postKindLabels } from './schema/post-labels.js';
export {
  type Pledge,
  type PledgeAssessment,
  PledgeAssessmentSchema,
  type PledgeFulfilment,
  PledgeFulfilmentSchema,
  type PledgeOutcome,
  pledgeOutcomes,
  PledgeSchema,
  type PledgeState,
  pledgeStates,
} from './schema/pledge.js';
export {
  attendanceModes,
  lecturerRoles,
  type Meeting,
  type MeetingKind,
  meetingKinds,
  MeetingRecordSchema,
  MeetingSchema,
  type MeetingVote,
  reviewStates,
  type ReviewState,
  voteKinds,
} from './schema/meeting.js';
export {
  CandidateTrainingSchema,
  type DevelopmentProcess,
  DevelopmentProcessSchema,
  type DevelopmentStep,
  developmentStepCount,
  DevelopmentStepNumberSchema,
  DevelopmentStepSchema,
  ProbationExtensionSchema,
  PublicNoticeSchema,
  StepActorSchema,
  StepDocumentSchema,
} from './schema/development.js';
export {
  duesCategories,
  type DuesCategory,
  type DuesLine,
  DuesLineSchema,
  DuesMethodSchema,
  type DuesMonth,
  DuesMonthSchema,
  duesMonthStates,
  DuesPayerSchema,
  type DuesPayment,
  DuesPaymentSchema,
  type DuesPeriod,
  DuesPeriodSchema,
  type DuesRelief,
  DuesReliefSchema,
  type DuesStandard,
  DuesStandardSchema,
  FenSchema,
} from './schema/dues.js';
export {
  liveClaimOf,
  type Wish,
  type WishClaim,
  type WishClaimant,
  WishClaimantSchema,
  WishClaimSchema,
  WishSchema,
  type WishState,
  wishStates,
} from './schema/wish.js';
export {
  liveServiceClaims,
  type ServiceClaim,
  ServiceClaimSchema,
  type ServiceProject,
  serviceProjectKinds,
  ServiceProjectSchema,
} from './schema/service-project.js';
export {
  type Volunteer,
  type VolunteerHours,
  VolunteerHoursSchema,
  volunteerKey,
  VolunteerSchema,
  type VolunteerTeam,
  VolunteerTeamSchema,
} from './schema/volunteer.js';
export { type GridPlacement, GridPlacementSchema } from './schema/grid.js';
export {
  capPeriods,
  type CapPeriod,
  ScoreExclusionSchema,
  type ScoreExclusion,
  ScoreItemSchema,
  type ScoreItem,
  scoreParts,
  type ScorePart,
  ScoreSchemeSchema,
  type ScoreScheme,
  type ScoreSchemeInput,
  scoreSourceIds,
  type ScoreSourceId,
  ScoreVetoSchema,
  type ScoreVeto,
} from './schema/score-scheme.js';
export { scoreSchemeMessages } from './schema/score-scheme-messages.js';
export { PointAwardSchema, type PointAward } from './schema/point-award.js';
export { type Disclosure, DisclosureSchema, type PersonalField, personalFields } from './schema/disclosure.js';
export {
  type Band,
  BandSchema,
  type Citation,
  CitationSchema,
  type EvaluationScheme,
  EvaluationSchemeSchema,
  type FollowUp,
  FollowUpSchema,
  type Rating,
  type RaterIdentity,
  raterIdentities,
  type RaterKind,
  RaterKindSchema,
  ratings,
} from './schema/evaluation-scheme.js';
export {
  type Evaluation,
  type EvaluationBallot,
  EvaluationBallotSchema,
  type EvaluationDecision,
  EvaluationDecisionSchema,
  type EvaluationFollowUpRecord,
  EvaluationFollowUpRecordSchema,
  type EvaluationMark,
  EvaluationMarkSchema,
  type EvaluationParticipant,
  EvaluationParticipantSchema,
  EvaluationSchema,
} from './schema/evaluation.js';
export { evaluationSchemeMessages } from './schema/evaluation-messages.js';

// Rules as data: official tables, conditions, rule sets
export { ruleSource, type RuleTableName, ruleTables } from './rules/rule-tables.js';
export { contactCardOverdue, isContactCardOverdue } from './rules/contact-card.js';
export { type Condition, ConditionSchema, type Facts, type FactValue } from './rules/condition.js';
export {
  compileCondition,
  type CompiledCondition,
  type EvaluationContext,
  type FactReader,
  type FactReaders,
  factsRead,
  type LookupTables,
  readerOf,
} from './rules/compile-condition.js';
export {
  layerRules,
  type Rule,
  type RuleOverrides,
  RuleOverridesSchema,
  RuleSchema,
  type RuleSet,
  ruleSetInForce,
  RuleSetSchema,
} from './rules/rule-set.js';
export { type CompiledRuleSet, compileRuleSet, type RuleResult } from './rules/compile-rule-set.js';
export {
  type ConditionTrace,
  explainRuleSet,
  failedConditions,
  type RuleExplanation,
  type RuleSetExplanation,
  traceCondition,
} from './rules/explain-rule-set.js';
export {
  diffAgainstBase,
  type LayerChange,
  type NamedFacts,
  type RuleCase,
  type RuleCaseResult,
  type RuleCases,
  RuleCaseSchema,
  RuleCasesSchema,
  ruleCoverage,
  type RuleCoverage,
  runRuleCases,
} from './rules/rule-cases.js';
export { classificationRuleCases, duesRuleCases } from './rules/shipped-cases.js';

// Policy: actors, roles, what each may do and read
export { allowAll, type ChangesRequest, type Policy, type PolicyRequest } from './policy/policy.js';
export { type ActorOf } from './policy/actor.js';
export {
  actionNames,
  type RawRule,
  RawRuleSchema,
  type Role,
  RoleIdSchema,
  type RoleLayer,
  RoleLayerSchema,
  RoleSchema,
  type RoleTable,
  RoleTableSchema,
  type Scope,
  scopes,
  subjectNames,
} from './policy/permission-rule.js';
export {
  createRolePolicy,
  type Decision,
  defaultRoles,
  resolveRoles,
  RolePolicy,
  type RolePolicyOptions,
} from './policy/role-policy.js';
export { maskPersonalData, ReadView } from './policy/read-view.js';
export { anchorOrgIds } from './policy/anchors.js';
export { describedActions, describeRoles, type PermissionCell, type PermissionLine } from './policy/describe-roles.js';
export { policyMessages } from './policy/messages.js';
export { policyRules } from './policy/rules.js';

// Commands
// The commands' own barrel names each command; test/core/command-registry.test.ts keeps it
// and the registry in step, so a new command is one line there, not a second list here.
export * from './commands/index.js';
// Each area's events and their data; importing them also merges them into DomainEventMap.
export type { AgreementEvents } from './commands/agreement/events.js';
export type { ConferenceEvents } from './commands/conference/events.js';
export type { DevelopmentEvents } from './commands/development/events.js';
export type { DuesEvents } from './commands/dues/events.js';
export type { WishEvents } from './commands/wish/events.js';
export type { PledgeEvents } from './commands/pledge/events.js';
export type { ServiceEvents } from './commands/service/events.js';
export type { VolunteerEvents } from './commands/volunteer/events.js';
export type { GridEvents } from './commands/grid/events.js';
export type { EvaluationEvents } from './commands/evaluation/events.js';
export type { PointsEvents } from './commands/points/events.js';
export type { MeetingEvents } from './commands/meeting/events.js';
export type { MemberEvents } from './commands/member/events.js';
export type { OrgEvents } from './commands/org/events.js';
export type { PostEvents } from './commands/post/events.js';
export type { ProjectEvents } from './commands/project/events.js';
export type { UnitEvents } from './commands/unit/events.js';

// Engines
export { type EngineReport } from './engines/engine-report.js';
export { ancestorsOf, buildOrgForest, isWithin, type OrgTreeNode, subtreeOf } from './engines/org-tree.js';
export { type MemberCount, subtreeMemberCounts } from './engines/structure/member-counts.js';
export {
  fewestReaching,
  type Quorum,
  quorumOf,
  reaches,
  voteOutcome,
  type VoteOutcome,
  votingMembers,
} from './engines/quorum/quorum.js';
export { type Fraction, quorumFractions, quorumRules } from './engines/quorum/rules.js';
export { quorumMessages } from './engines/quorum/messages.js';
export {
  defaultStructureThresholds,
  structureThresholds,
  type StructureThresholds,
  type Threshold,
} from './engines/structure/thresholds.js';
export { structureReport, type StructureReport } from './engines/structure/structure-report.js';
export {
  type Coverage,
  type CoverageData,
  coverageOf,
  coverageReport,
  type CoverageReport,
  type UnitCoverage,
} from './engines/coverage/coverage-report.js';
export {
  type ConferencePeriod,
  type ConferenceSchedule,
  conferenceScheduleReport,
  type ConferenceScheduleReport,
} from './engines/conference/conference-schedule-report.js';
export {
  type CadenceRule,
  type CadenceRuleInput,
  CadenceRuleSchema,
  defaultCadenceRules,
  layerCadenceRules,
} from './engines/compliance/cadence-rules.js';
export {
  cadenceCoverage,
  type CadenceCase,
  type CadenceCaseResult,
  type CadenceCases,
  CadenceCaseSchema,
  CadenceCasesSchema,
  type CadenceLayer,
  type CadenceLayerChange,
  CadenceLayerSchema,
  type CadencePeriodRun,
  type CadenceRequirementRun,
  cadenceRuleCases,
  cadenceRulesOf,
  diffCadenceAgainstBase,
  runCadenceCases,
  type ShortPeriod,
} from './engines/compliance/cadence-cases.js';
export { meetingLabels } from './engines/compliance/meeting-labels.js';
export {
  type ComplianceQuery,
  complianceReport,
  type ComplianceReport,
  type ComplianceRow,
  type PeriodCount,
} from './engines/compliance/compliance-report.js';
export { statusReport, type StatusReport } from './engines/status/status-report.js';
export { projectReport, type ProjectReport } from './engines/projects/project-report.js';
export {
  type BranchFunding,
  branchFundingReport,
  type BranchFundingReport,
  type FenRounding,
  type FundingPolicy,
} from './engines/funding/branch-funding-report.js';
export {
  type DualManagedMember,
  dualManagementReport,
  type DualManagementReport,
  dualManagementSplit,
  type Responsibility,
} from './engines/dual-management/dual-management-report.js';
export {
  memberAge,
  memberBirthDate,
  memberFactReaders,
  memberFacts,
  type MemberOnDate,
} from './engines/classification/member-facts.js';
export {
  careFlags,
  type Classifier,
  createDefaultClassifier,
  defaultClassificationRules,
  memberCategories,
  type MemberClassification,
} from './engines/classification/classifier.js';
export { createClassifier } from './engines/classification/classify.js';
export { classificationReport, type ClassificationReport } from './engines/classification/classification-report.js';
export {
  type Layer,
  type LayeredMember,
  layerReport,
  type LayerReport,
  layers,
} from './engines/classification/layer-report.js';

export {
  developmentReport,
  type DevelopmentReportData,
  type DevelopmentReportOptions,
  type NextStep,
  type ProcessStatus,
} from './engines/development/development-report.js';
export { developmentMessages } from './engines/development/messages.js';
export { developmentDeadlineRules, developmentRules } from './engines/development/rules.js';
export {
  developmentFigures,
  developmentSteps,
  type Duration,
  type IntervalAnchor,
  pipelineStep,
  type PipelineStep,
  type StepInterval,
  stepIntervals,
} from './engines/development/pipeline.js';
export {
  afterDuration,
  deadlineOf,
  earliestBounds,
  earliestDate,
  lastStep,
  nextStepNumber,
  probationEndsOn,
  recordedOn,
  stageOfProcess,
  type StepBound,
  type StepFacts,
} from './engines/development/process-dates.js';

export {
  defaultDuesRounding,
  type DuesRounding,
  duesRounding,
  type DuesRoundingInput,
  DuesRoundingSchema,
  roundFen,
} from './engines/dues/dues-rounding.js';
export {
  citation,
  type DuesBand,
  type DuesFigure,
  type DuesFixedAmount,
  type DuesRateFacts,
  type DuesRateGroup,
  type DuesRateTable,
  type DuesSchedule,
  duesSchedule,
  fixedAmountOf,
  officialDuesSchedule,
  rateTableOf,
} from './engines/dues/dues-schedule.js';
export {
  type DuesAmount,
  duesAmount,
  type DuesAmountInput,
  duesCategoryName,
  type DuesTraceStep,
} from './engines/dues/dues-amount.js';
export { duesLineOf } from './engines/dues/dues-line.js';
export {
  type DuesLineState,
  type DuesTables,
  lineState,
  type MemberLine,
  memberLines,
  owedLines,
  paymentOf,
  reliefFor,
  standardFor,
} from './engines/dues/dues-ledger.js';
export {
  type DuesMonthData,
  duesMonthReport,
  type DuesMonthRow,
  type DuesMonthTotals,
} from './engines/dues/dues-month-report.js';
export { type DuesStatement, type DuesStatementMonth, duesStatementReport } from './engines/dues/dues-statement.js';
export { type DuesTotals, type DuesTotalsQuery, duesTotalsReport } from './engines/dues/dues-totals.js';
export { duesLapseFindings, membersOnDuesCycle } from './engines/dues/dues-lapse.js';
export { duesMessages } from './engines/dues/messages.js';
export { duesAmountRules } from './engines/dues/rules.js';
export { duesReportRules } from './engines/dues/report-rules.js';

export {
  type WishEvent,
  type WishRefusal,
  type WishStep,
  wishStateLabels,
  wishSteps,
  wishTransition,
} from './engines/wishes/wish-machine.js';
export { type WishCounts, type WishQuery, wishReport, type WishReport } from './engines/wishes/wish-report.js';
export { defaultMaxLiveClaims, wishRules } from './engines/wishes/rules.js';
export { wishMessages } from './engines/wishes/messages.js';
export {
  type MemberScoreLedger,
  type ScoreLedgerData,
  type ScoreLedgerQuery,
  scoreLedgerReport,
  type ScoreLedgerReport,
} from './engines/points/score-ledger-report.js';
export {
  capPeriodOf,
  type LedgerLine,
  type LedgerTotals,
  type PartTotals,
  scoreLedger,
} from './engines/points/score-ledger.js';
export { type BranchRanking, type RankedMember, rankByBranch } from './engines/points/score-rankings.js';
export {
  type ScoreSource,
  scoreSources,
  type ScoreTables,
  type SourceEntry,
  type SourceRef,
} from './engines/points/score-sources.js';
export { defaultScoreScheme, scoreSchemeFor } from './engines/points/default-score-scheme.js';
export {
  diffPointsAgainstBase,
  type PointsCase,
  type PointsCaseResult,
  type PointsCases,
  PointsCaseSchema,
  PointsCasesSchema,
  type PointsConditionRun,
  pointsCoverage,
  type PointsMismatch,
  pointsRuleCases,
  type PointsSchemeChange,
  runPointsCases,
} from './engines/points/points-cases.js';
export { pointsReportRules, pointsRules } from './engines/points/rules.js';
export { pointsMessages } from './engines/points/messages.js';
export { scorePartLabels, scoreSourceLabels } from './engines/points/score-labels.js';

export {
  type PledgeEvent,
  pledgeOutcomeLabels,
  type PledgeRefusal,
  pledgeStateLabels,
  type PledgeStep,
  pledgeSteps,
  pledgeTransition,
} from './engines/pledges/pledge-machine.js';
export {
  type PledgeCounts,
  type PledgeLine,
  type PledgeQuery,
  pledgeReport,
  type PledgeReport,
  pledgeStateOn,
  type PublicPledge,
} from './engines/pledges/pledge-report.js';
export { pledgeReportRules, pledgeRules } from './engines/pledges/rules.js';
export { pledgeMessages } from './engines/pledges/messages.js';

export {
  type VolunteerLine,
  type VolunteerQuery,
  volunteerReport,
  type VolunteerReport,
  type VolunteerTeamLine,
  type VolunteerTotals,
} from './engines/service/volunteer-report.js';
export {
  type MemberServiceYear,
  memberServiceYear,
  type ServiceLine,
  type YearlyServiceQuery,
  yearlyReportDeadline,
  yearlyServiceReport,
  type YearlyServiceReport,
} from './engines/service/yearly-service-report.js';
export { hoursOrgId, servedFor } from './engines/service/served-in.js';
export { defaultYearlyReportDeadline, dualReportRules, serviceRules, volunteerRules } from './engines/service/rules.js';
export { serviceMessages, volunteerMessages } from './engines/service/messages.js';
export { type GridLine, gridReport, type GridReport } from './engines/grids/grid-report.js';
export { gridRules } from './engines/grids/rules.js';
export { gridMessages } from './engines/grids/messages.js';

export {
  type EvaluationReport,
  type EvaluationRow,
  evaluationReport,
  type FollowUpStatus,
  overCap,
} from './engines/evaluations/evaluation-report.js';
export { type RaterLine, scoreRound, scoreSubject, type SubjectScore } from './engines/evaluations/scoring.js';
export { defaultEvaluationSchemes, parseEvaluationScheme } from './engines/evaluations/schemes.js';
export { evaluationReportRules, evaluationRules } from './engines/evaluations/rules.js';
export { evaluationMessages } from './engines/evaluations/messages.js';
export { markingLabels, ratingLabels, roundStateLabels } from './engines/evaluations/labels.js';

// Queries
export { type MemberQuery, MemberQuerySchema, memberSortKeys, type ParsedMemberQuery } from './queries/member-query.js';
export {
  memberPage,
  type MemberPage,
  type MemberPageOptions,
  readableMemberIds,
  visibleMemberCounts,
} from './queries/member-page.js';

// Roster import and export
export { parseCsv, toCsv } from './roster/csv.js';
export { decodeCsv } from './roster/decode-csv.js';
export { defuseFormula, restoreDefused } from './roster/formula-defuse.js';
export { type RosterColumn, rosterColumns, type RosterKey, rosterVocabulary } from './roster/roster-template.js';
export { createOrgResolver, orgPath, type OrgResolution } from './roster/resolve-org.js';
export {
  columnLetter,
  parseRoster,
  parseRosterInChunks,
  type ParseRosterOptions,
  type RosterIssue,
  type RosterMember,
} from './roster/parse-roster.js';
export { importRoster } from './roster/import-roster.js';
export { type ExportRosterOptions, rosterRows } from './roster/export-roster.js';
export { rosterMessages } from './roster/messages.js';

// Runtime
export {
  type LocalWorkspaceOptions,
  type RemoteWorkspaceOptions,
  type RunOptions,
  type RunOutcome,
  Workspace,
  type WorkspaceChange,
  type WorkspaceListener,
  type WorkspaceOptions,
} from './runtime/workspace.js';
export { type Backend, localBackend } from './runtime/backend.js';
export { CommandHost, type CommandHostOptions, type HostRunOptions } from './runtime/command-host.js';
export { type CommandRequest, type CommittedCommand, type HostedOutcome } from './runtime/command-request.js';

// i18n
export { defaultLocale, isLocale, type Locale, locales, type LocalizedText } from './i18n/locale.js';
export { fill, localize, type MessageParam, type MessageParams } from './i18n/format.js';
export {
  defineMessages,
  type Message,
  type MessageArgs,
  type Phrase,
  phrase,
  type PlaceholderOf,
  type PlaceholdersOf,
  templatesByCode,
} from './i18n/define-messages.js';

// Catalogue: every area's messages and rules, listed for translations, docs and tests
export { type MessageCode, messageCatalogue, messages } from './catalogue/message-catalogue.js';
export { catalogueRule, commandRuleCatalogue, engineRuleCatalogue, ruleCatalogue } from './catalogue/rule-catalogue.js';
export { complianceRules } from './engines/compliance/rules.js';
export { conferenceRules } from './engines/conference/rules.js';
export { coverageRules } from './engines/coverage/rules.js';
export { projectRules } from './engines/projects/rules.js';
export { statusRules } from './engines/status/rules.js';
export { structureRules } from './engines/structure/rules.js';
