import '@dangjian/components/volunteer-hours/define';
import type { DjHoursRecordedEvent, DjVolunteerHours } from '@dangjian/components';
import { volunteerReport, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { mount, text, usePage } from './support/tree.js';
import { buildVolunteers, volunteerPeriod } from './support/volunteer-fixture.js';
import { openWorkspace } from './support/workspace.js';

usePage();
// The whole file runs under a portal's strict CSP: the element must need no inline style.
const violations = useStrictCsp();

async function volunteers(): Promise<{
  workspace: Workspace;
  store: Awaited<ReturnType<typeof openWorkspace>>['store'];
}> {
  const opened = await openWorkspace();
  await buildVolunteers(opened.workspace);
  return opened;
}

async function mountHours(workspace: Workspace): Promise<DjVolunteerHours> {
  const element = document.createElement('dj-volunteer-hours');
  element.workspace = workspace;
  element.orgId = volunteerPeriod.orgId;
  element.from = volunteerPeriod.from;
  element.to = volunteerPeriod.to;
  element.asOf = '2026-11-23';
  let n = 0;
  element.hoursIdFor = ({ teamId, on }) => `ui-${teamId}-${on}-${++n}`;
  return mount(element);
}

const $ = (element: DjVolunteerHours, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const shadowText = (element: DjVolunteerHours) =>
  [...element.shadowRoot!.children].map((child) => text(child)).join(' ');
const minutesIn = (row: Element) =>
  Number((row.querySelector('[data-col="minutes"]') as HTMLElement).dataset['minutes']);

/** What the page shows, read back: teams, people and totals in whole minutes. */
function shown(element: DjVolunteerHours) {
  const root = element.shadowRoot!;
  return {
    teams: [...root.querySelectorAll<HTMLElement>('[part="teams"] tbody tr')].map((row) => ({
      teamId: row.dataset['team'],
      people: Number(text(row.querySelector('[data-col="people"]')!)),
      minutes: minutesIn(row),
    })),
    volunteers: [...root.querySelectorAll<HTMLElement>('[part="volunteers"] tbody tr')].map((row) => ({
      who: row.dataset['volunteer'],
      minutes: minutesIn(row),
    })),
    total: minutesIn(root.querySelector('[part="totals"] tr')!),
    people: Number(text(root.querySelector('[part="totals"] [data-col="people"]')!)),
  };
}

/** The same figures from core's report. */
function fromCore(workspace: Workspace) {
  const { data } = volunteerReport(workspace.snapshot, volunteerPeriod);
  return {
    teams: data.teams.map((team) => ({ teamId: team.teamId, people: team.people, minutes: team.minutes })),
    volunteers: data.volunteers.map((line) => ({
      who: line.volunteer.kind === 'member' ? line.volunteer.memberId : line.volunteer.name,
      minutes: line.minutes,
    })),
    total: data.totals.minutes,
    people: data.totals.people,
  };
}

async function record(element: DjVolunteerHours, volunteer: string, on: string, minutes: string): Promise<void> {
  const form = $(element, '[part="record-form"]')!;
  await userEvent.selectOptions(form.querySelector<HTMLSelectElement>('#volunteer')!, volunteer);
  const day = form.querySelector<HTMLInputElement>('#on')!;
  day.value = on;
  const field = form.querySelector<HTMLInputElement>('#minutes')!;
  await userEvent.clear(field);
  await userEvent.type(field, minutes);
  await userEvent.click(form.querySelector('button[type="submit"]')!);
  await element.updateComplete;
}

describe('<dj-volunteer-hours>', () => {
  it("shows core volunteerReport's teams, people and totals for the period, by name only", async () => {
    const { workspace } = await volunteers();
    const element = await mountHours(workspace);
    expect(shown(element)).toEqual(fromCore(workspace));
    // 31 October is outside the half-open November: 60 + 30 + 90, not 225.
    expect(shown(element)).toMatchObject({ total: 180, people: 34 });
    expect(shown(element).teams).toEqual([
      { teamId: 'lj-team', people: 4, minutes: 180 },
      { teamId: 'lj-patrol', people: 30, minutes: 0 },
    ]);
    const body = shadowText(element);
    expect(body).toContain('张阿姨（居民）');
    expect(body).toContain('李建国');
    expect(body).toContain('3 小时 0 分');
    // Names only: the seeded phone of 李建国 never reaches the page.
    expect(body).not.toContain('13900001111');
    await settle();
    expect(violations).toEqual([]);
  });

  it('records hours through the workspace: the totals follow core, the registration grows, an event says so', async () => {
    const { workspace } = await volunteers();
    const element = await mountHours(workspace);
    const events: DjHoursRecordedEvent[] = [];
    element.addEventListener('dj-hours-recorded', (event) => events.push(event));
    await record(element, 'resident:李大爷', '2026-11-21', '45');
    await record(element, 'member:m2', '2026-11-22', '15');
    expect(events.map((event) => [event.detail.teamId, event.minutes, event.detail.on])).toEqual([
      ['lj-team', 45, '2026-11-21'],
      ['lj-team', 15, '2026-11-22'],
    ]);
    expect(shown(element)).toEqual(fromCore(workspace));
    expect(shown(element).total).toBe(180 + 45 + 15);
    // 60 + 30 + 45 (October counts towards the registration too) + 15.
    expect(workspace.snapshot.registrations.get('r-m2')!.serviceMinutes).toBe(150);
    expect(workspace.snapshot.volunteerHours.get('ui-lj-team-2026-11-21-1')!.confirmedBy).toBe('street-admin');
    await settle();
    expect(violations).toEqual([]);
  });

  it("shows core's refusal and writes nothing: a day over 24 hours", async () => {
    const { workspace, store } = await volunteers();
    const element = await mountHours(workspace);
    const before = await store.load(workspace.tenant);
    await record(element, 'member:m2', '2026-11-02', '1400');
    const alert = $(element, '[part="error"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(alert)).toBe('未能登记：该志愿者 2026-11-02 已记 60 分钟，再记 1400 分钟将超过一天 1440 分钟');
    expect((await store.load(workspace.tenant)).revision).toBe(before.revision);
    expect(shown(element)).toEqual(fromCore(workspace));
  });

  it('asks for whole minutes before running anything', async () => {
    const { workspace, store } = await volunteers();
    const element = await mountHours(workspace);
    const before = await store.load(workspace.tenant);
    await record(element, 'member:m2', '2026-11-23', '1.5');
    const field = $(element, '#minutes')!;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(text($(element, '#minutes-error')!)).toBe('请输入 1 至 1440 之间的整数分钟');
    expect((await store.load(workspace.tenant)).revision).toBe(before.revision);
  });

  it('speaks English under lang="en" and hides the form when read-only', async () => {
    const { workspace } = await volunteers();
    const element = document.createElement('dj-volunteer-hours');
    Object.assign(element, { workspace, ...volunteerPeriod, readOnly: true });
    element.setAttribute('lang', 'en');
    await mount(element);
    expect(text($(element, '[part="title"]')!)).toBe('Volunteer hours (2026-11-01 up to 2026-12-01)');
    expect($(element, '[part="record-form"]')).toBeNull();
    expect(shadowText(element)).toContain('3 h 0 min');
  });
});
