import { engineRuleCatalogue, ruleTables, snapshotFromRecords, statusReport, type Member } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeMonthsBySearch } from './civil-oracle.js';
import { member } from './fixtures.js';

const base: Member = {
  id: 'm1',
  name: '张卫东',
  gender: 'male',
  birthDate: '1970-01-01',
  stage: 'full',
  relationOrgId: 'b1',
  managingOrgId: 'b1',
};
const findingsFor = (member: Partial<Member>, asOf = '2026-11-23') =>
  statusReport(snapshotFromRecords('320402', 0, { members: [{ ...base, ...member }] }), asOf).findings;

describe('status findings (membership-status.json)', () => {
  it('warns after 6 consecutive months without org life, dues or assigned work, naming 党章 第九条', () => {
    // Six whole months end on the corresponding day: 24 May is not yet six months before 23 November.
    expect(findingsFor({ lastOrgLifeOn: '2026-05-24' })).toEqual([]);
    const [lapse] = findingsFor({ lastOrgLifeOn: '2026-05-23', lastDuesPaidOn: '2026-11-02' });
    expect(lapse).toMatchObject({
      code: 'status.selfLapseCandidate',
      severity: 'warning',
      rule: { id: 'status.selfLapse', article: '第九条', confirmed: true },
      facts: { lastOrgLifeOn: '2026-05-23', months: 6, limit: ruleTables.membershipStatus.selfLapse.consecutiveMonths },
    });
    expect(lapse!.text['zh-CN']).toContain('已连续 6 个月未参加党的组织生活');
    expect(
      findingsFor({ lastDuesPaidOn: '2025-12-15', lastAssignedWorkOn: '2025-01-01' }).map((f) => f.facts),
    ).toHaveLength(2);
  });

  it('never warns on missing records, a valid reason, or a member no longer active', () => {
    expect(findingsFor({})).toEqual([]);
    expect(findingsFor({ lastOrgLifeOn: '2025-01-01', excusedUntil: '2026-12-31' })).toEqual([]);
    expect(findingsFor({ lastOrgLifeOn: '2025-01-01', status: 'deceased' })).toEqual([]);
  });

  it('silences warnings through the last excused day only: an expired reason warns again', () => {
    const lapsed = { lastOrgLifeOn: '2025-01-01', lastDuesPaidOn: '2025-01-01' };
    expect(findingsFor({ ...lapsed, excusedUntil: '2026-11-23' })).toEqual([]);
    expect(findingsFor({ ...lapsed, excusedUntil: '2026-11-22' }).map((f) => f.facts)).toEqual([
      { lastOrgLifeOn: '2025-01-01', months: 22, limit: 6 },
      { lastDuesPaidOn: '2025-01-01', months: 22, limit: 6 },
    ]);
    // An instant is read as its Shanghai date: 23 November 00:30 in Shanghai is still 22 November in UTC.
    expect(findingsFor({ ...lapsed, excusedUntil: '2026-11-22' }, '2026-11-23T00:30:00+08:00')).toHaveLength(2);
    expect(findingsFor({ ...lapsed, excusedUntil: '2026-11-22' }, '2026-11-22T23:30:00+08:00')).toEqual([]);
  });

  it('names the suspension rule fully: a warning under 第二十四条 with its version, source and facts', () => {
    const [suspend] = findingsFor({ lostContactSince: '2026-05-10' });
    const table = ruleTables.membershipStatus;
    expect(suspend).toMatchObject({
      severity: 'warning',
      subject: { collection: 'members', id: 'm1' },
      rule: {
        id: 'status.lostContactSuspension',
        version: table.asOf,
        article: table.lostContact.suspension.article,
        confirmed: table.lostContact.suspension.confirmed,
      },
      facts: { lostContactSince: '2026-05-10', months: 6, limit: table.lostContact.definition.minMonths },
    });
    expect(suspend!.rule.source).toBe('中国共产党党员教育管理工作条例（2019）');
    expect(suspend!.text['zh-CN']).toContain('2026-05-10');
    const [lapse] = findingsFor({ lastAssignedWorkOn: '2026-05-10' });
    expect(lapse).toMatchObject({
      severity: 'warning',
      subject: { collection: 'members', id: 'm1' },
      rule: { id: 'status.selfLapse', version: table.asOf },
    });
    expect(lapse!.text.en).toContain('without doing assigned Party work');
  });

  it('suggests suspension after 6 months unreachable', () => {
    expect(findingsFor({ lostContactSince: '2026-07-01' })).toEqual([]);
    const [suspend] = findingsFor({ lostContactSince: '2026-05-10' });
    expect(suspend).toMatchObject({
      code: 'status.suspensionCandidate',
      rule: { article: '第二十四条' },
      facts: { months: 6 },
    });
  });

  it('warns exactly when some record is 6 or more whole months old', () => {
    const date = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 10, 23) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, date, (orgLife, dues, work) => {
        const found = findingsFor({ lastOrgLifeOn: orgLife, lastDuesPaidOn: dues, lastAssignedWorkOn: work });
        const late = [orgLife, dues, work].filter((day) => wholeMonthsBySearch(day, '2026-11-23') >= 6).length;
        expect(found).toHaveLength(late);
      }),
    );
  });

  it('reports the Shanghai date it judged on and how many active members it read', () => {
    const members = [
      { ...base, id: 'a' },
      { ...base, id: 'b', status: 'deceased' as const },
      { ...base, id: 'c' },
    ];
    const report = statusReport(snapshotFromRecords('320402', 0, { members }), '2026-11-22T16:30:00Z');
    expect(report.data).toEqual({ asOf: '2026-11-23', membersChecked: 2 });
  });

  it('says which record lapsed, in both languages, and names both rules', () => {
    const texts = findingsFor({
      lastOrgLifeOn: '2025-01-01',
      lastDuesPaidOn: '2025-01-01',
      lastAssignedWorkOn: '2025-01-01',
    }).map((finding) => finding.text);
    expect(texts.map((text) => text['zh-CN'])).toEqual([
      expect.stringContaining('未参加党的组织生活'),
      expect.stringContaining('未交纳党费'),
      expect.stringContaining('未做党所分配的工作'),
    ]);
    expect(texts.map((text) => text.en)).toEqual([
      expect.stringContaining('without organisational life'),
      expect.stringContaining('without paying dues'),
      expect.stringContaining('without doing assigned Party work'),
    ]);
    const labelOf = (id: string) => engineRuleCatalogue.find((rule) => rule.id === id)!.label;
    expect(labelOf('status.selfLapse')).toEqual({
      'zh-CN': '连续六个月不参加组织生活、不交党费、不做党所分配的工作',
      en: 'Six months without org life, dues or assigned work',
    });
    expect(labelOf('status.lostContactSuspension')).toEqual({
      'zh-CN': '失去联系满六个月停止党籍',
      en: 'Six months out of contact: membership suspended',
    });
  });

  it('never warns on a record dated after the day judged', () => {
    expect(findingsFor({ lastOrgLifeOn: '2027-06-01', lostContactSince: '2027-06-01' })).toEqual([]);
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
});
