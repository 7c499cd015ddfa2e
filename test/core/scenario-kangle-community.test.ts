import { layerReport, statusReport, execute, recordMeeting } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { bedridden, kangleAsOf, kangleCommunity, kangleLayers } from '../fixtures/tenants/kangle-community.js';
import { ctx } from './fixtures.js';

const tenant = kangleCommunity();

describe('scenario: 康乐社区 (kangle-community.json)', () => {
  it('splits the general branch’s members into employed, retired and unemployed layers', () => {
    const layers = layerReport(tenant, 'kangle', kangleAsOf).data;
    expect({
      employed: layers.employed.length,
      retired: layers.retired.length,
      unemployed: layers.unemployed.length,
    }).toEqual(kangleLayers);
    for (const entry of layers.retired) {
      expect(entry.classification.categories.find((category) => category.yields === 'retired')?.ruleId).toBe(
        'category.retired',
      );
    }
  });

  it('keeps an unemployed-member file: skills, the jobless flag, a current contact card', () => {
    const file = layerReport(tenant, 'kangle', kangleAsOf).data.unemployed;
    expect(file).toHaveLength(kangleLayers.unemployed);
    for (const { member, classification } of file) {
      expect(member.skills?.length).toBeGreaterThan(0);
      expect(classification.care.map((flag) => flag.yields)).toContain('jobless');
      expect(member.contactCard?.employment).toContain('再就业');
    }
  });

  it('counts a lecture delivered at home as attendance for bedridden members', () => {
    const lecture = tenant.meetings.get('lecture-2026q4')!;
    const delivered = lecture.attendance
      .filter((entry) => entry.mode === 'homeDelivery')
      .map((entry) => entry.memberId);
    expect(delivered).toEqual(bedridden);
    expect(lecture.attendance).toHaveLength(tenant.members.size);
    for (const id of bedridden) expect(tenant.members.get(id)?.lastOrgLifeOn).toBe('2026-10-15');
    // Until six whole months are up (on 15 April, the corresponding day), nobody who attended
    // (at home included) is flagged for lapsed org life; on that day the bedridden are.
    expect(
      statusReport(tenant, '2027-04-14').findings.filter((finding) => finding.code === 'status.selfLapseCandidate'),
    ).toEqual([]);
    expect(
      statusReport(tenant, '2027-04-15').findings.filter((finding) => bedridden.includes(finding.subject.id)),
    ).toHaveLength(3);
  });

  it('refuses an attendance entry for someone not on the roster, naming the entry', () => {
    const result = execute(
      tenant,
      recordMeeting,
      {
        id: 'x',
        orgId: 'kangle',
        kind: 'groupMeeting',
        heldOn: '2026-11-01',
        topic: '学习',
        attendance: [{ memberId: 'nobody', mode: 'onSite' }],
      },
      ctx,
    );
    expect(result.ok || result.error.field).toBe('attendance.0.memberId');
  });
});
