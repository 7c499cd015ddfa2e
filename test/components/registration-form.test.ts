import '@dangjian/components/registration-form/define';
import type { DjRegistrationForm, DjRegistrationSubmitEvent } from '@dangjian/components';
import { entityMessages, err, NotFoundError, phrase, type Post, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { memberOrgs, someMembers } from './support/members.js';
import { mount, text, usePage } from './support/tree.js';
import { openWorkspace } from './support/workspace.js';

usePage();

const posts: Post[] = [
  { id: 'p1', name: '楼道清洁先锋岗', kind: 'pioneer', orgId: 'lj' },
  { id: 'p2', name: '网格巡查服务岗', kind: 'service', orgId: 'lj-g1' },
  { id: 'p3', name: '青龙苑志愿服务队', kind: 'volunteerTeam', orgId: 'qly' },
];

const $ = (form: DjRegistrationForm, selector: string): HTMLElement =>
  form.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function mountForm(setup: (form: DjRegistrationForm) => void): Promise<DjRegistrationForm> {
  const form = document.createElement('dj-registration-form');
  form.memberId = 'm2';
  form.asOf = '2026-11-23';
  setup(form);
  return mount(form);
}

async function chooseCommunity(form: DjRegistrationForm, id: string): Promise<void> {
  const select = $(form, '#communityOrgId') as HTMLSelectElement;
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

describe('<dj-registration-form>', () => {
  it('announces missing fields, ties each message to its input and focuses the first', async () => {
    const form = await mountForm((element) => {
      element.orgs = memberOrgs;
      element.posts = posts;
    });
    $(form, '[part="submit"]').focus();
    await userEvent.keyboard('{Enter}');
    await form.updateComplete;
    expect(text($(form, '[part="summary"]'))).toBe('有 2 处需要修改');
    const community = $(form, '#communityOrgId');
    expect(community.getAttribute('aria-invalid')).toBe('true');
    expect(text(form.shadowRoot!.getElementById(community.getAttribute('aria-describedby')!)!)).toBe(
      '请填写报到社区党组织',
    );
    const employer = $(form, '#employerOrgName');
    expect(employer.getAttribute('aria-describedby')).toBe('error-employerOrgName hint-employerOrgName');
    expect(form.shadowRoot!.activeElement).toBe(community);
  });

  it('offers the chosen community’s posts and fires a cancelable dj-registration-submit (data in)', async () => {
    const form = await mountForm((element) => {
      element.orgs = memberOrgs;
      element.posts = posts;
    });
    const submitted: DjRegistrationSubmitEvent[] = [];
    form.addEventListener('dj-registration-submit', (event) => submitted.push(event));
    await chooseCommunity(form, 'lj');
    const boxes = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((box) => box.value)).toEqual(['p1', 'p2']);
    boxes[1]!.focus();
    await userEvent.keyboard(' ');
    $(form, '#employerOrgName').focus();
    await userEvent.keyboard('常州某科技公司党支部');
    $(form, '[part="submit"]').click();
    await expect.poll(() => submitted.length).toBe(1);
    expect(submitted[0]!.detail.registration).toEqual({
      id: 'reg-m2-2026-11-23',
      memberId: 'm2',
      communityOrgId: 'lj',
      registeredOn: '2026-11-23',
      postIds: ['p2'],
      serviceMinutes: 0,
      employerOrgName: '常州某科技公司党支部',
    });
  });

  it('connected: runs registerInCommunity, then shows a duplicate as the typed error', async () => {
    const { workspace } = await openWorkspace({ orgs: memberOrgs, members: someMembers, posts });
    const form = await mountForm((element) => (element.workspace = workspace));
    const revision = workspace.revision;
    await chooseCommunity(form, 'qly');
    ($(form, '#employerOrgName') as HTMLInputElement).value = '某单位党委';
    $(form, '[part="submit"]').click();
    await expect.poll(() => workspace.revision).toBe(revision + 1);
    expect(workspace.snapshot.registrations.get('reg-m2-2026-11-23')).toMatchObject({ communityOrgId: 'qly' });
    await form.updateComplete;
    expect(text($(form, '[part="done"]'))).toBe('已报到到“青龙苑社区党委”');

    $(form, '[part="submit"]').click();
    await expect.poll(() => $(form, '[part="error"]')).not.toBeNull();
    expect(text($(form, '[part="error"]'))).toMatch(/^报到未成功：/);
    expect(workspace.revision).toBe(revision + 1);
  });

  it('connected: a command error that names a field is shown under that input', async () => {
    const { workspace: real } = await openWorkspace();
    const refusing = {
      get snapshot() {
        return real.snapshot;
      },
      subscribe: (listener: never) => real.subscribe(listener),
      run: async () =>
        err(
          new NotFoundError({
            ...phrase(entityMessages.notFound, { collection: 'orgs', id: 'lj', field: 'communityOrgId' }),
            field: 'communityOrgId',
          }),
        ),
    } as unknown as Workspace;
    const form = await mountForm((element) => (element.workspace = refusing));
    await chooseCommunity(form, 'lj');
    ($(form, '#employerOrgName') as HTMLInputElement).value = '某单位党委';
    $(form, '[part="submit"]').click();
    await expect.poll(() => $(form, '#communityOrgId').getAttribute('aria-invalid')).toBe('true');
    expect(text($(form, '#error-communityOrgId'))).not.toBe('');
    expect(form.shadowRoot!.activeElement).toBe($(form, '#communityOrgId'));
  });
});
