import '@dangjian/components/provider/define';
import '@dangjian/components/attendance-sheet/define';
import type { DjAttendanceSheet, DjMeetingRecordedEvent, DjMeetingSubmittedEvent } from '@dangjian/components';
import { quorumOf, snapshotFromRecords, votingMembers, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { kangleCommunity } from '../fixtures/tenants/kangle-community.js';
import { scopedMembers, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { mount, text, usePage } from './support/tree.js';
import { provideSnapshot } from './support/workspace.js';

usePage();

const heldOn = '2026-11-20';

async function mountSheet(
  setup: (sheet: DjAttendanceSheet) => void = () => {},
  snapshot = kangleCommunity(),
): Promise<{ sheet: DjAttendanceSheet; workspace: Workspace }> {
  const { workspace, provider } = await provideSnapshot(snapshot);
  const sheet = document.createElement('dj-attendance-sheet');
  sheet.orgId = 'kb1';
  sheet.heldOn = heldOn;
  setup(sheet);
  await mount(sheet, provider);
  return { sheet, workspace };
}

const root = (sheet: DjAttendanceSheet): ShadowRoot => sheet.shadowRoot!;
const rowOf = (sheet: DjAttendanceSheet, memberId: string): HTMLElement =>
  root(sheet).querySelector<HTMLElement>(`tr[data-member-id="${memberId}"]`)!;
const memberIds = (sheet: DjAttendanceSheet): string[] =>
  [...root(sheet).querySelectorAll<HTMLElement>('tr[data-member-id]')].map((row) => row.dataset['memberId']!);

async function mark(sheet: DjAttendanceSheet, memberId: string, status: string): Promise<void> {
  await userEvent.click(rowOf(sheet, memberId).querySelector<HTMLInputElement>(`input[value="${status}"]`)!);
  await sheet.updateComplete;
}

async function fill(sheet: DjAttendanceSheet, selector: string, value: string): Promise<void> {
  await userEvent.fill(root(sheet).querySelector<HTMLInputElement>(selector)!, value);
  await sheet.updateComplete;
}

async function choose(sheet: DjAttendanceSheet, selector: string, value: string): Promise<void> {
  await userEvent.selectOptions(root(sheet).querySelector<HTMLSelectElement>(selector)!, value);
  await sheet.updateComplete;
}

async function record(sheet: DjAttendanceSheet): Promise<void> {
  await userEvent.click(root(sheet).querySelector<HTMLButtonElement>('button[type="submit"]')!);
  // The command runs through the workspace's queue; wait until the sheet has its answer.
  await expect.poll(() => root(sheet).querySelector('[role="alert"], [part="done"]')).not.toBeNull();
}

const quorumText = (sheet: DjAttendanceSheet): string => text(root(sheet).querySelector('[part="quorum"]')!);
const alertText = (sheet: DjAttendanceSheet): string => text(root(sheet).querySelector('[role="alert"]')!);

describe('<dj-attendance-sheet>', () => {
  it("lists the branch's Party members by name, and shows the assembly's quorum live with core's figures and article", async () => {
    const { sheet, workspace } = await mountSheet();
    const voters = votingMembers(workspace.snapshot, 'kb1');
    expect(memberIds(sheet).sort()).toEqual(voters.map((member) => member.id).sort());
    expect(voters).toHaveLength(16);

    const everyone = voters.map((member) => ({ memberId: member.id, mode: 'onSite' as const }));
    const full = quorumOf({ kind: 'assembly', orgId: 'kb1', attendance: everyone, votes: [] }, workspace.snapshot)!;
    expect(quorumText(sheet)).toContain(
      `应到有表决权的党员 16 人，实到 16 人，至少须 ${full.required} 人到会：已达到法定人数`,
    );
    expect(quorumText(sheet)).toContain(full.rule.article!);

    // One fewer than the quorum present (excused members still count in the base).
    const away = 16 - full.required + 1;
    for (const member of voters.slice(0, away - 1)) await mark(sheet, member.id, 'absent');
    await mark(sheet, voters[away - 1]!.id, 'excused');
    const short = quorumOf(
      { kind: 'assembly', orgId: 'kb1', attendance: everyone.slice(away), votes: [] },
      workspace.snapshot,
    )!;
    expect(short.met).toBe(false);
    expect(short.present).toBe(full.required - 1);
    expect(quorumText(sheet)).toContain(
      `应到有表决权的党员 16 人，实到 ${short.present} 人，至少须 ${short.required} 人到会：未达到法定人数`,
    );
    expect(text(root(sheet).querySelector('[part="tally"]')!)).toBe(
      `共 16 人：到会 ${short.present} 人（其中迟到 0 人），请假 1 人，缺席 ${away - 1} 人`,
    );
  });

  it('refuses a vote without the quorum: the alert names the roll and core’s reason, and nothing is written', async () => {
    const { sheet, workspace } = await mountSheet();
    const voters = votingMembers(workspace.snapshot, 'kb1');
    const attendance = voters.map((member) => ({ memberId: member.id, mode: 'onSite' as const }));
    const { required } = quorumOf({ kind: 'assembly', orgId: 'kb1', attendance, votes: [] }, workspace.snapshot)!;
    for (const member of voters.slice(0, 16 - required + 1)) await mark(sheet, member.id, 'absent');
    await fill(sheet, '#field-topic', '选举支部委员会');
    await userEvent.click(root(sheet).querySelector<HTMLButtonElement>('[data-action="add-vote"]')!);
    await sheet.updateComplete;
    await fill(sheet, 'input[name="motion-0"]', '通过支部工作计划');
    await fill(sheet, 'input[name="yes-0"]', String(required - 1));
    const revision = workspace.snapshot.revision;
    await record(sheet);
    expect(alertText(sheet)).toMatch(/^未保存。出席情况：/);
    expect(alertText(sheet)).toContain('未达到法定人数');
    expect(workspace.snapshot.meetings.size).toBe(1);
    expect(workspace.snapshot.revision).toBe(revision);
    expect(root(sheet).activeElement?.getAttribute('role')).toBe('alert');
  });

  it('refuses an excused absence without its reason, naming the member; with the reason it records, read back from the workspace', async () => {
    const recorded: DjMeetingRecordedEvent[] = [];
    const { sheet, workspace } = await mountSheet((element) => {
      element.kind = 'themeDay';
      element.addEventListener('dj-meeting-recorded', (event) => recorded.push(event));
    });
    const [excused, late, home, absent] = memberIds(sheet);
    const excusedName = workspace.snapshot.members.get(excused!)!.name;
    await fill(sheet, '#field-topic', '主题党日：走访困难党员');
    await mark(sheet, excused!, 'excused');
    await mark(sheet, late!, 'late');
    await choose(sheet, `select[name="mode-${late}"]`, 'online');
    await choose(sheet, `select[name="mode-${home}"]`, 'homeDelivery');
    await mark(sheet, absent!, 'absent');
    expect(root(sheet).querySelector<HTMLSelectElement>(`select[name="mode-${absent}"]`)!.disabled).toBe(true);

    await record(sheet);
    expect(alertText(sheet)).toBe(`未保存。${excusedName}的请假事由：请假须注明原因`);
    const reason = root(sheet).querySelector<HTMLInputElement>(`input[name="reason-${excused}"]`)!;
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(root(sheet).activeElement).toBe(reason);
    expect(workspace.snapshot.meetings.has(`kb1.themeDay.${heldOn}`)).toBe(false);

    await fill(sheet, `input[name="reason-${excused}"]`, '外出务工');
    await record(sheet);
    const meeting = workspace.snapshot.meetings.get(`kb1.themeDay.${heldOn}`)!;
    expect(meeting).toMatchObject({ orgId: 'kb1', kind: 'themeDay', heldOn, topic: '主题党日：走访困难党员' });
    expect(meeting.attendance).toHaveLength(14);
    expect(meeting.attendance.find((a) => a.memberId === late)).toEqual({ memberId: late, mode: 'online', late: true });
    expect(meeting.attendance.find((a) => a.memberId === home)).toEqual({ memberId: home, mode: 'homeDelivery' });
    expect(meeting.absences).toEqual(
      [{ memberId: excused, excused: true, reason: '外出务工' }, { memberId: absent }].sort(
        (a, b) => memberIds(sheet).indexOf(a.memberId!) - memberIds(sheet).indexOf(b.memberId!),
      ),
    );
    expect(workspace.snapshot.members.get(home!)!.lastOrgLifeOn).toBe(heldOn);
    expect(recorded.map((event) => event.meetingId)).toEqual([meeting.id]);
    expect(text(root(sheet).querySelector('[part="done"]')!)).toContain(
      '会议记录已保存：主题党日：走访困难党员（2026-11-20）',
    );
  });

  it('records an assembly with a carried vote and decisions, then submits it for review', async () => {
    const submitted: DjMeetingSubmittedEvent[] = [];
    const { sheet, workspace } = await mountSheet((element) =>
      element.addEventListener('dj-meeting-submitted', (event) => submitted.push(event)),
    );
    await fill(sheet, '#field-topic', '支部党员大会');
    await userEvent.click(root(sheet).querySelector<HTMLButtonElement>('[data-action="add-vote"]')!);
    await sheet.updateComplete;
    await fill(sheet, 'input[name="motion-0"]', '通过年度工作计划');
    await fill(sheet, 'input[name="yes-0"]', '8');
    expect(text(root(sheet).querySelector('[part="outcome"]')!)).toBe('未通过（赞成 8 票，须 9 票）');
    await fill(sheet, 'input[name="yes-0"]', '15');
    await fill(sheet, 'input[name="no-0"]', '1');
    expect(text(root(sheet).querySelector('[part="outcome"]')!)).toBe('通过（赞成 15 票，须 9 票）');
    await userEvent.fill(
      root(sheet).querySelector<HTMLTextAreaElement>('#field-decisions')!,
      '通过年度工作计划\n\n推选王某为联络员',
    );
    await record(sheet);
    const meeting = workspace.snapshot.meetings.get(`kb1.assembly.${heldOn}`)!;
    expect(meeting.votes).toEqual([
      { id: 'v1', kind: 'general', motion: '通过年度工作计划', yes: 15, no: 1, abstain: 0 },
    ]);
    expect(meeting.decisions).toEqual(['通过年度工作计划', '推选王某为联络员']);
    expect(meeting.review).toBeUndefined();

    await userEvent.click(root(sheet).querySelector<HTMLButtonElement>('[data-action="submit"]')!);
    await expect.poll(() => workspace.snapshot.meetings.get(meeting.id)!.review?.state).toBe('submitted');
    await sheet.updateComplete;
    expect(submitted.map((event) => event.meetingId)).toEqual([meeting.id]);
    expect(text(root(sheet).querySelector('[part="done"]')!)).toContain('已报上级党组织审核');
  });

  it("records a 党课 with its lecturer chosen from the roll, and refuses one without the lecturer's name", async () => {
    const { sheet, workspace } = await mountSheet((element) => (element.kind = 'lecture'));
    expect(root(sheet).querySelector('[part="quorum"]')).toBeNull();
    await fill(sheet, '#field-topic', '学习党章');
    await record(sheet);
    expect(alertText(sheet)).toMatch(/^未保存。授课人姓名：/);
    expect(root(sheet).querySelector('#field-lecturer-name')!.getAttribute('aria-invalid')).toBe('true');
    expect(workspace.snapshot.meetings.has(`kb1.lecture.${heldOn}`)).toBe(false);

    const secretary = memberIds(sheet)[0]!;
    await choose(sheet, '#field-lecturer-member', secretary);
    expect(root(sheet).querySelector<HTMLInputElement>('#field-lecturer-name')!.value).toBe(
      workspace.snapshot.members.get(secretary)!.name,
    );
    await record(sheet);
    expect(workspace.snapshot.meetings.get(`kb1.lecture.${heldOn}`)!.lecturer).toEqual({
      memberId: secretary,
      name: workspace.snapshot.members.get(secretary)!.name,
      role: 'secretary',
    });
  });

  it('never shows ID numbers or phones, and speaks English under lang="en"', async () => {
    const street = snapshotFromRecords(scopedTenant, 1, scopedRecords);
    const { sheet } = await mountSheet((element) => {
      element.orgId = 'b1';
      element.lang = 'en';
    }, street);
    const shown = root(sheet).textContent ?? '';
    const inB1 = scopedMembers.filter((member) => member.relationOrgId === 'b1');
    expect(inB1.length).toBeGreaterThan(0);
    for (const member of inB1) {
      expect(shown).toContain(member.name);
      expect(shown).not.toContain(member.idNumber!);
      expect(shown).not.toContain(member.phone!.slice(-4));
    }
    expect(quorumText(sheet)).toMatch(/^\d+ voting members should attend, \d+ present, \d+ needed: quorum met/);
  });
});
