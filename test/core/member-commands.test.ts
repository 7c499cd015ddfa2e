import {
  archiveMember,
  changeManagingOrg,
  createClassifier,
  execute,
  markFound,
  markLostContact,
  markOutflow,
  markReturn,
  parseRoster,
  recordContact,
  registerInCommunity,
  registerMember,
  sendFeedbackReport,
  transferMembership,
  updateMember,
  type Snapshot,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { ctx, idNumber, member, runOk, smallStreet } from './fixtures.js';

const run = runOk;

const withMember = (): Snapshot =>
  run(smallStreet(), registerMember, {
    id: 'm1',
    name: ' 李建国 ',
    gender: 'male',
    birthDate: '1975-10-01',
    stage: 'full',
    relationOrgId: 'b1',
    idNumber: '11010519751001108x',
    phone: '13812345678',
  });

const categories = (snapshot: Snapshot, asOf = '2026-11-23'): string[] =>
  createClassifier()
    .classify(snapshot.members.get('m1')!, asOf)
    .categories.map((c) => c.yields);

describe('member commands', () => {
  it('registers with a trimmed name, an upper-case X and active status', () => {
    const member = withMember().members.get('m1')!;
    expect(member).toMatchObject({
      name: '李建国',
      idNumber: '11010519751001108X',
      status: 'active',
      managingOrgId: 'b1',
    });
  });

  it('moves daily management without touching membership, and classifies dual management by rule', () => {
    const moved = run(withMember(), changeManagingOrg, { memberId: 'm1', managingOrgId: 'g1' });
    expect(moved.members.get('m1')).toMatchObject({ relationOrgId: 'b1', managingOrgId: 'g1' });
    const missing = execute(withMember(), changeManagingOrg, { memberId: 'm1', managingOrgId: 'nowhere' }, ctx);
    expect(missing.ok || missing.error.field).toBe('managingOrgId');
  });

  it('transfers within the tenant and out, recording the letter; out keeps the member', () => {
    const within = run(withMember(), transferMembership, {
      memberId: 'm1',
      direction: 'within',
      letterNo: '常组转〔2026〕15号',
      on: '2026-03-01',
      toOrgId: 'b2',
    });
    expect(within.members.get('m1')).toMatchObject({
      relationOrgId: 'b2',
      managingOrgId: 'b2',
      lastTransfer: { direction: 'within', letterNo: '常组转〔2026〕15号' },
    });
    const out = run(within, transferMembership, {
      memberId: 'm1',
      direction: 'out',
      letterNo: '常组转〔2026〕16号',
      on: '2026-06-01',
      counterpart: '南京市某街道党工委',
    });
    expect(out.members.get('m1')).toMatchObject({ status: 'transferredOut', statusSince: '2026-06-01' });
    const noLetter = execute(
      withMember(),
      transferMembership,
      { memberId: 'm1', direction: 'out', letterNo: '  ', on: '2026-06-01' },
      ctx,
    );
    expect(noLetter.ok || noLetter.error.field).toBe('letterNo');
  });

  it('tracks outflow and return, lost contact and found, by the classification rules', () => {
    let snapshot = run(withMember(), markOutflow, { memberId: 'm1', since: '2026-01-10', destination: '苏州' });
    expect(categories(snapshot)).toContain('mobile');
    snapshot = run(snapshot, markReturn, { memberId: 'm1', returnedOn: '2026-10-01' });
    expect(categories(snapshot)).not.toContain('mobile');
    snapshot = run(snapshot, markLostContact, { memberId: 'm1', since: '2026-02-01' });
    expect(categories(snapshot)).toContain('lostContact');
    snapshot = run(snapshot, markFound, { memberId: 'm1', on: '2026-11-01' });
    expect(categories(snapshot)).not.toContain('lostContact');
    snapshot = run(snapshot, markLostContact, { memberId: 'm1', since: '2026-11-10' });
    snapshot = run(snapshot, recordContact, {
      memberId: 'm1',
      card: { whereabouts: '苏州工业园区', updatedOn: '2026-11-20' },
    });
    expect(snapshot.members.get('m1')).toMatchObject({
      lastContactOn: '2026-11-20',
      contactCard: { whereabouts: '苏州工业园区' },
    });
    expect(categories(snapshot)).not.toContain('lostContact');
  });

  it('archives as a state and never deletes', () => {
    const archived = run(withMember(), archiveMember, { memberId: 'm1', status: 'deceased', on: '2026-08-08' });
    expect(archived.members.get('m1')).toMatchObject({ status: 'deceased', statusSince: '2026-08-08' });
    expect(archived.members.size).toBe(1);
  });

  it('updates only what it is given and validates it', () => {
    const updated = run(withMember(), updateMember, { memberId: 'm1', employment: 'employed', skills: ['法律'] });
    expect(updated.members.get('m1')).toMatchObject({ employment: 'employed', skills: ['法律'], phone: '13812345678' });
    const bad = execute(withMember(), updateMember, { memberId: 'm1', phone: '12345' }, ctx);
    expect(bad.ok || bad.error.field).toBe('phone');
  });

  it('registers an in-service member in the residence community and reports back to the employer', () => {
    let snapshot = run(withMember(), registerInCommunity, {
      id: 'reg1',
      memberId: 'm1',
      communityOrgId: 'community',
      registeredOn: '2026-03-05',
      employerOrgName: '市税务局机关党委',
    });
    expect(snapshot.registrations.get('reg1')).toMatchObject({ postIds: [], serviceMinutes: 0 });
    snapshot = run(snapshot, sendFeedbackReport, {
      id: 'fb1',
      registrationId: 'reg1',
      memberId: 'm1',
      period: '2026-H1',
      serviceMinutes: 720,
      activities: 6,
      sentOn: '2026-07-05',
    });
    expect(snapshot.feedbackReports.get('fb1')?.serviceMinutes).toBe(720);
    const badPeriod = execute(
      snapshot,
      sendFeedbackReport,
      {
        id: 'fb2',
        registrationId: 'reg1',
        memberId: 'm1',
        period: 'first half',
        serviceMinutes: 1,
        activities: 1,
        sentOn: '2026-07-05',
      },
      ctx,
    );
    expect(badPeriod.ok || badPeriod.error.field).toBe('period');
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
});
