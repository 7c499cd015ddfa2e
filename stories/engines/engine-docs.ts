import {
  complianceRules,
  conferenceRules,
  coverageRules,
  developmentDeadlineRules,
  dualReportRules,
  duesReportRules,
  evaluationReportRules,
  gridRules,
  pledgeReportRules,
  pointsReportRules,
  projectRules,
  statusRules,
  structureRules,
  type CatalogueRule,
} from '@dangjian/core';
import readme from '../../packages/core/src/engines/README.md?raw';

/** The rules each engine reports findings under (an engine with none reports data only). */
const findingRules: Readonly<Record<string, readonly CatalogueRule[]>> = {
  structureReport: Object.values(structureRules),
  coverageReport: Object.values(coverageRules),
  statusReport: Object.values(statusRules),
  projectReport: Object.values(projectRules),
  conferenceScheduleReport: Object.values(conferenceRules),
  complianceReport: Object.values(complianceRules),
  developmentReport: Object.values(developmentDeadlineRules),
  duesMonthReport: Object.values(duesReportRules),
  duesStatementReport: Object.values(duesReportRules),
  duesTotalsReport: Object.values(duesReportRules),
  pledgeReport: Object.values(pledgeReportRules),
  yearlyServiceReport: Object.values(dualReportRules),
  gridReport: [gridRules.notPlaced, gridRules.placedTwice],
  evaluationReport: Object.values(evaluationReportRules),
  scoreLedgerReport: Object.values(pointsReportRules),
};

export interface EngineDoc {
  readonly name: string;
  /** What its `data` holds and what it finds, from the engines' README. */
  readonly data: string;
  readonly finds: string;
  readonly rules: readonly CatalogueRule[];
}

/** Every engine of packages/core/src/engines/README.md, in its order, with its finding rules. */
export const engineDocs: readonly EngineDoc[] = [...readme.matchAll(/^\| `(\w+Report)` *\|([^|]*)\|([^|]*)\|$/gm)].map(
  ([, name, data, finds]) => ({
    name: name!,
    data: data!.trim(),
    finds: finds!.trim(),
    rules: findingRules[name!] ?? [],
  }),
);

export const engineDoc = (name: string): EngineDoc | undefined => engineDocs.find((doc) => doc.name === name);
