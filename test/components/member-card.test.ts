import '@dangjian/components/provider/define';
import '@dangjian/components/member-card/define';
import type { DjMemberCard } from '@dangjian/components';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { memberOrgs, rosterAsOf, someMembers } from './support/members.js';
import { mount, text, usePage } from './support/tree.js';
import { openWorkspace } from './support/workspace.js';

usePage();

const [wang, , zhang] = someMembers as [(typeof someMembers)[0], unknown, (typeof someMembers)[0]];
const $ = (card: DjMemberCard, selector: string): HTMLElement => card.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function mountCard(setup: (card: DjMemberCard) => void): Promise<DjMemberCard> {
  const card = document.createElement('dj-member-card');
  card.asOf = rosterAsOf;
  setup(card);
  return mount(card);
}

describe('<dj-member-card>', () => {
  it('shows the record with masked numbers, categories with their reasons and rules, and care flags', async () => {
    const card = await mountCard((element) => {
      element.member = wang;
      element.orgs = memberOrgs;
    });
    expect(text($(card, '[part="name"]'))).toBe('王秀英');
    expect(text($(card, '[part="fields"]'))).toContain('138****5678');
    expect(text($(card, '[part="fields"]'))).toMatch(/320402\*{8}/);
    expect(text($(card, '[part="fields"]'))).not.toContain('13812345678');
    expect(text($(card, '[data-org="both"]'))).toBe('龙锦第一党支部');
    const retired = $(card, '[data-kind="category"] [data-yields="retired"]');
    expect(text(retired)).toContain('离退休');
    expect(text(retired)).toContain('category.retired');
    expect(text($(card, '[data-kind="care"] [data-yields="hardship"]'))).toContain('困难');
  });

  it('labels both orgs under dual management, from the workspace', async () => {
    const { workspace } = await openWorkspace();
    const provider = document.createElement('dj-provider');
    provider.workspace = workspace;
    const card = document.createElement('dj-member-card');
    card.memberId = zhang.id;
    card.asOf = rosterAsOf;
    provider.append(card);
    await mount(provider);
    await card.updateComplete;
    const fields = $(card, '[part="fields"]');
    expect(text(fields)).toContain('组织关系所在 新闸村留守党支部 双重管理');
    expect(text(fields)).toContain('日常管理 第一网格党小组');
    expect(text($(card, '[data-yields="inTransition"]'))).toContain('返迁过渡期');
  });

  it('unmasks only after a dj-unmask-request that was not cancelled, by keyboard', async () => {
    const card = await mountCard((element) => {
      element.member = wang;
      element.allowUnmask = true;
    });
    const requests: unknown[] = [];
    card.addEventListener('dj-unmask-request', (event) => requests.push(event.detail));
    $(card, '[part="unmask"]').focus();
    await userEvent.keyboard('{Enter}');
    await card.updateComplete;
    expect(requests).toEqual([{ memberId: 'm1', fields: ['idNumber', 'phone'] }]);
    expect(text($(card, '[part="fields"]'))).toContain('13812345678');
    expect($(card, '[part="unmask"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when the member is unknown, and speaks English', async () => {
    const { workspace } = await openWorkspace();
    const card = await mountCard((element) => {
      element.workspace = workspace;
      element.memberId = 'nobody';
      element.setAttribute('lang', 'en');
    });
    expect(text($(card, '[part="status"]'))).toBe('Member not found');
  });
});
