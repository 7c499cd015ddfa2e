import {
  appointPartTimeMember,
  assessAgreement,
  createProject,
  execute,
  projectReport,
  registerInCommunity,
  registerMember,
  reviewProject,
  sendFeedbackReport,
  setUnitCoverage,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { regionalStreet } from '../fixtures/tenants/regional-street.js';
import { ctx, member, runOk, smallStreet } from './fixtures.js';

const street = regionalStreet();

const run = runOk;

describe('regional commands', () => {
  it('records coverage consistently: instructor coverage needs a name, org coverage needs the org', () => {
    const noInstructor = execute(street, setUnitCoverage, { unitId: 'firm20', formation: 'instructor' }, ctx);
    expect(noInstructor.ok || noInstructor.error.field).toBe('instructor');
    expect(noInstructor.ok || noInstructor.error.text['zh-CN']).toContain('派建须填写党建指导员');
    const missingOrg = execute(
      street,
      setUnitCoverage,
      { unitId: 'firm20', formation: 'attached', orgId: 'nowhere' },
      ctx,
    );
    expect(missingOrg.ok || missingOrg.error.code).toBe('entity.notFound');
    const attached = run(street, setUnitCoverage, { unitId: 'firm20', formation: 'attached', orgId: 'fb1' });
    expect(attached.units.get('firm20')).toMatchObject({ formation: 'attached', orgId: 'fb1' });
  });

  it('names the bad reference in an array field', () => {
    const seat = execute(
      street,
      appointPartTimeMember,
      { id: 'seat1', orgId: 'community', unitId: 'nobody', personName: '张书记', from: '2026-01-01' },
      ctx,
    );
    expect(seat.ok || seat.error.field).toBe('unitId');
    const appointed = run(street, appointPartTimeMember, {
      id: 'seat1',
      orgId: 'community',
      unitId: 'unit3',
      personName: '张书记',
      from: '2026-01-01',
    });
    expect(appointed.committeeSeats.get('seat1')?.unitId).toBe('unit3');
  });

  it('assesses an agreement target by target', () => {
    const assessed = run(street, assessAgreement, {
      agreementId: 'agreement1',
      assessedOn: '2026-12-20',
      achieved: [{ targetId: 't2', achieved: 5 }],
    });
    expect(assessed.agreements.get('agreement1')!.targets.find((target) => target.id === 't2')?.achieved).toBe(5);
    const wrong = execute(
      street,
      assessAgreement,
      { agreementId: 'agreement1', assessedOn: '2026-12-20', achieved: [{ targetId: 'tx', achieved: 1 }] },
      ctx,
    );
    expect(wrong.ok || wrong.error.field).toBe('achieved.0.targetId');
  });

  it('expects each community committee secretary to own a project, reviewed after year end', () => {
    expect(projectReport(street, 2026, '2026-11-23').findings.map((finding) => finding.code)).toEqual([
      'project.missing',
    ]);
    let withProject = run(street, createProject, {
      id: 'p1',
      name: '“红色管家”楼栋服务项目',
      ownerOrgId: 'community',
      year: 2026,
    });
    expect(projectReport(withProject, 2026, '2026-11-23').findings).toEqual([]);
    expect(projectReport(withProject, 2026, '2027-01-05').findings.map((finding) => finding.code)).toEqual([
      'project.unreviewed',
    ]);
    withProject = run(withProject, reviewProject, { projectId: 'p1', reviewedOn: '2027-01-04', rating: 'excellent' });
    expect(projectReport(withProject, 2026, '2027-01-05').findings).toEqual([]);
  });

  it('names the project id when reviewing a missing project, and refuses a report for someone else', () => {
    const missing = execute(
      smallStreet(),
      reviewProject,
      { projectId: 'p9', reviewedOn: '2026-12-31', rating: 'good' },
      ctx,
    );
    expect(missing.ok || missing.error.field).toBe('projectId');
    let street = runOk(smallStreet(), registerMember, member('m1'));
    street = runOk(street, registerMember, member('m2'));
    street = runOk(street, registerInCommunity, {
      id: 'r1',
      memberId: 'm1',
      communityOrgId: 'community',
      registeredOn: '2026-03-01',
    });
    const other = execute(
      street,
      sendFeedbackReport,
      {
        id: 'f1',
        registrationId: 'r1',
        memberId: 'm2',
        period: '2026',
        serviceMinutes: 60,
        activities: 1,
        sentOn: '2026-12-01',
      },
      ctx,
    );
    expect(other.ok || [other.error.code, other.error.field]).toEqual(['registration.otherMember', 'memberId']);
  });

  it('takes a unit off its old joint branch when its coverage changes', () => {
    const street = regionalStreet();
    expect(street.orgs.get('joint1')?.unitIds).toContain('firm7');
    const moved = runOk(street, setUnitCoverage, {
      unitId: 'firm7',
      formation: 'instructor',
      instructor: { name: '派驻指导员' },
    });
    expect(moved.orgs.get('joint1')?.unitIds).not.toContain('firm7');
  });
});
