import '@dangjian/components/contact-card/define';
import type { DjContactCard, DjContactRecordedEvent } from '@dangjian/components';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { someMembers } from './support/members.js';
import { mount, text, usePage } from './support/tree.js';
import { openWorkspace } from './support/workspace.js';

usePage();

const zhang = someMembers[2]!;
const $ = (card: DjContactCard, selector: string): HTMLElement =>
  card.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function mountCard(setup: (card: DjContactCard) => void): Promise<DjContactCard> {
  const card = document.createElement('dj-contact-card');
  setup(card);
  return mount(card);
}

describe('<dj-contact-card>', () => {
  it('shows the six fields and is not overdue within six months', async () => {
    const card = await mountCard((element) => {
      element.member = zhang;
      element.asOf = '2026-08-01';
    });
    expect(text($(card, '[data-field="whereabouts"]'))).toBe('现居龙锦社区');
    expect(card.shadowRoot!.querySelectorAll('dd[data-field]')).toHaveLength(6);
    expect(text($(card, '[part="updated"]'))).toBe('最近更新：2026-03-01');
    expect(card.hasAttribute('overdue')).toBe(false);
    expect($(card, '[part="overdue"]')).toBeNull();
    // Data in: read-only.
    expect($(card, '[part="edit"]')).toBeNull();
  });

  it('is overdue after six months, or after a configured number', async () => {
    const card = await mountCard((element) => {
      element.member = zhang;
      element.asOf = '2026-11-23';
    });
    expect(card.hasAttribute('overdue')).toBe(true);
    expect(text($(card, '[part="overdue"]'))).toBe('已满 6 个月未更新，请及时联系');
    card.overdueMonths = 12;
    await card.updateComplete;
    expect(card.hasAttribute('overdue')).toBe(false);
  });

  it('marks a member with no card at all as overdue', async () => {
    const card = await mountCard((element) => {
      element.member = someMembers[0]!;
      element.asOf = '2026-11-23';
      element.setAttribute('lang', 'en');
    });
    expect(text($(card, '[part="updated"]'))).toBe('Last updated: Never filled in');
    expect(card.hasAttribute('overdue')).toBe(true);
  });

  it('connected: updates the card with recordContact, by keyboard', async () => {
    const { workspace } = await openWorkspace();
    const card = await mountCard((element) => {
      element.workspace = workspace;
      element.memberId = zhang.id;
      element.asOf = '2026-11-23';
    });
    const saved: DjContactRecordedEvent[] = [];
    card.addEventListener('dj-contact-recorded', (event) => saved.push(event));
    const revision = workspace.revision;
    $(card, '[part="edit"]').focus();
    await userEvent.keyboard('{Enter}');
    await card.updateComplete;
    expect(card.shadowRoot!.activeElement?.id).toBe('field-whereabouts');
    await userEvent.keyboard('{Control>}a{/Control}已回迁新居');
    $(card, 'button[type="submit"]').click();
    await expect.poll(() => saved.length).toBe(1);
    expect(workspace.revision).toBe(revision + 1);
    expect(workspace.snapshot.members.get(zhang.id)!.contactCard).toMatchObject({
      whereabouts: '已回迁新居',
      updatedOn: '2026-11-23',
    });
    await card.updateComplete;
    expect(text($(card, '[data-field="whereabouts"]'))).toBe('已回迁新居');
    expect(card.hasAttribute('overdue')).toBe(false);
    expect(card.shadowRoot!.activeElement).toBe($(card, '[part="edit"]'));
  });

  it('connected: shows the typed error on the field it names, and writes nothing', async () => {
    const { workspace } = await openWorkspace();
    const card = await mountCard((element) => {
      element.workspace = workspace;
      element.memberId = zhang.id;
      element.asOf = '2026-11-23';
    });
    const revision = workspace.revision;
    $(card, '[part="edit"]').click();
    await card.updateComplete;
    const date = $(card, '#field-updatedOn') as HTMLInputElement;
    // A browser without a date picker takes any text: one the schema refuses gets the command's
    // error, which names the field.
    date.type = 'text';
    date.value = '2026-02-30';
    $(card, 'button[type="submit"]').click();
    await expect.poll(() => $(card, '[part="error"]')).not.toBeNull();
    expect(workspace.revision).toBe(revision);
    expect(text($(card, '[part="error"]'))).toMatch(/^保存失败：/);
    expect($(card, '#field-updatedOn').getAttribute('aria-invalid')).toBe('true');
    expect($(card, '#field-updatedOn').getAttribute('aria-describedby')).toBe('error');
  });
});
