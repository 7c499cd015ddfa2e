import { shanghaiDate } from '../../calendar/instant.js';
import { localize } from '../../i18n/format.js';
import { templatesByCode } from '../../i18n/define-messages.js';
import { projectMessages } from './messages.js';
import type { AppliedRule, Finding } from '../../kernel/finding.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { Project } from '../../schema/project.js';
import type { EngineReport } from '../engine-report.js';

const messages = templatesByCode(projectMessages);

/** 项目化 is a local mechanism (漳州), not a national figure: the rule is the portal's own. */
const projectRule: AppliedRule = { id: 'project.secretaryOwnsOne', version: 'local', confirmed: true };

function finding(
  code: 'project.missing' | 'project.unreviewed',
  severity: Finding['severity'],
  subject: Finding['subject'],
  name: string,
  year: number,
): Finding {
  return {
    code,
    severity,
    rule: projectRule,
    subject,
    text: localize(messages[code], { name, year }),
    facts: { year },
  };
}

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
    .map((org) => finding('project.missing', 'warning', { collection: 'orgs', id: org.id }, org.name, year));
  const yearOver = shanghaiDate(asOf) > `${year}-12-31`;
  const unreviewed = yearOver
    ? projects
        .filter((project) => !project.reviewedOn)
        .map((project) =>
          finding('project.unreviewed', 'info', { collection: 'projects', id: project.id }, project.name, year),
        )
    : [];
  return { findings: [...missing, ...unreviewed], data: { year, projects } };
}
