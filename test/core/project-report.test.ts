import { projectReport, snapshotFromRecords, type Project } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// 项目化: which committees must own a project (community and comprehensive committees, not the
// street's working committee nor a branch), which year counts, and when the year is over in Shanghai.

const orgs = [
  { id: 'street', name: '街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'c1', name: '紫云苑社区党委', kind: 'committee', subkind: 'community', parentId: 'street' },
  { id: 'c2', name: '丽华社区党委', kind: 'committee', subkind: 'community', parentId: 'street' },
  { id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
] as const;

const project = (id: string, ownerOrgId: string, year: number, extra: Partial<Project> = {}): Project => ({
  id,
  name: `项目${id}`,
  ownerOrgId,
  year,
  ...extra,
});

const street = (projects: Project[]) => snapshotFromRecords('320402', 1, { orgs: [...orgs], projects });

describe('the project report', () => {
  it('expects a project of each community committee for the year, not of the working committee or a branch', () => {
    const report = projectReport(street([project('p1', 'c1', 2026), project('old', 'c2', 2025)]), 2026, '2026-06-01');
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      code: 'project.missing',
      severity: 'warning',
      subject: { collection: 'orgs', id: 'c2' },
      facts: { year: 2026 },
      rule: { id: 'project.secretaryOwnsOne', version: 'local', confirmed: true },
    });
    expect(report.findings[0]!.text['zh-CN']).toBe(
      '“丽华社区党委”2026年没有书记领办的党建项目（每名党组织书记至少领办 1 个）',
    );
    expect(report.data).toEqual({ year: 2026, projects: [project('p1', 'c1', 2026)] });
  });

  it('asks for the year-end review only once the year is over in Shanghai', () => {
    const projects = [project('p1', 'c1', 2026), project('p2', 'c2', 2026, { reviewedOn: '2027-01-02' })];
    const unreviewed = (asOf: string) =>
      projectReport(street(projects), 2026, asOf).findings.filter((each) => each.code === 'project.unreviewed');
    expect(unreviewed('2026-12-31')).toEqual([]);
    // 16:30 UTC on 31 December is already 1 January in Shanghai.
    expect(unreviewed('2026-12-31T15:59:59Z')).toEqual([]);
    const over = unreviewed('2026-12-31T16:30:00Z');
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({
      severity: 'info',
      subject: { collection: 'projects', id: 'p1' },
      facts: { year: 2026 },
      rule: { id: 'project.reviewedAtYearEnd' },
    });
    expect(over[0]!.text.en).toBe('Project "项目p1" (2026) has not had its year-end review');
  });
});
