import { shanghaiDate } from '../../calendar/instant.js';
import { finding } from '../../kernel/rule.js';
import { projectRules } from './rules.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { Project } from '../../schema/project.js';
import type { EngineReport } from '../engine-report.js';

/** The year's projects, with a finding for each committee without one and each project left unreviewed. */
export type ProjectReport = EngineReport<{ readonly year: number; readonly projects: readonly Project[] }>;

/**
 * 以需立项、以项定责、以责评绩: every community or comprehensive committee owns at least one project
 * in `year`, and once the year is over (as of `asOf`, Asia/Shanghai) every project was reviewed.
 */
export function projectReport(
  snapshot: Pick<Snapshot, 'orgs' | 'projects'>,
  year: number,
  asOf: string,
): ProjectReport {
  const projects = snapshot.projects.toArray().filter((project) => project.year === year);
  const owners = new Set(projects.map((project) => project.ownerOrgId));
  const missing = snapshot.orgs
    .toArray()
    .filter((org) => org.kind === 'committee' && org.subkind !== 'working' && !owners.has(org.id))
    .map((org) =>
      finding(
        projectRules.secretaryOwnsOne,
        { subject: { collection: 'orgs', id: org.id }, severity: 'warning', facts: { year } },
        { name: org.name, year },
      ),
    );
  const yearOver = shanghaiDate(asOf) > `${year}-12-31`;
  const unreviewed = yearOver
    ? projects
        .filter((project) => !project.reviewedOn)
        .map((project) =>
          finding(
            projectRules.reviewedAtYearEnd,
            { subject: { collection: 'projects', id: project.id }, severity: 'info', facts: { year } },
            { name: project.name, year },
          ),
        )
    : [];
  return { findings: [...missing, ...unreviewed], data: { year, projects } };
}
