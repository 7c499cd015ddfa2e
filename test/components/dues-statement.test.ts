import '@dangjian/components/dues-statement/define';
import type { DjDuesRecordedEvent, DjDuesStatement } from '@dangjian/components';
import { duesMonthReport, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { buildNovemberMonth, duesMonthId } from './support/dues-fixture.js';
import { mount, text, usePage } from './support/tree.js';
import { openWorkspace } from './support/workspace.js';

usePage();

const monthId = duesMonthId;

async function novemberMonth(): Promise<Workspace> {
  const { workspace } = await openWorkspace();
  await buildNovemberMonth(workspace);
  return workspace;
}

const $ = (statement: DjDuesStatement, selector: string): HTMLElement | null =>
  statement.shadowRoot!.querySelector<HTMLElement>(selector);

const cell = (row: Element, col: string): string => text(row.querySelector(`[data-col="${col}"]`)!);
const fen = (yuan: string): number => Math.round(Number(yuan) * 100);

/** The table as fen, read back from the page: what a reader sees, row by row. */
function shownRows(statement: DjDuesStatement) {
  return [...statement.shadowRoot!.querySelectorAll('tbody tr')].map((row) => ({
    memberId: (row as HTMLElement).dataset['member'],
    state: (row as HTMLElement).dataset['state'],
    dueFen: fen(cell(row, 'due')),
    paidFen: fen(cell(row, 'paid')),
    deferredFen: fen(cell(row, 'deferred')),
    owingFen: fen(cell(row, 'owing')),
  }));
}

function coreRows(workspace: Workspace) {
  return duesMonthReport(workspace.snapshot, monthId)!.data.rows.map((row) => ({
    memberId: row.memberId,
    state: row.state,
    dueFen: row.dueFen,
    paidFen: row.paidFen,
    deferredFen: row.state === 'deferred' ? row.dueFen : 0,
    owingFen: row.state === 'unpaid' ? row.dueFen : 0,
  }));
}

function shownTotals(statement: DjDuesStatement) {
  const totals = $(statement, 'tfoot tr')!;
  return {
    dueFen: fen(cell(totals, 'due')),
    paidFen: fen(cell(totals, 'paid')),
    deferredFen: fen(cell(totals, 'deferred')),
    unpaidFen: fen(cell(totals, 'owing')),
  };
}

function coreTotals(workspace: Workspace) {
  const { dueFen, paidFen, deferredFen, unpaidFen } = duesMonthReport(workspace.snapshot, monthId)!.data.totals;
  return { dueFen, paidFen, deferredFen, unpaidFen };
}

async function mountStatement(workspace: Workspace): Promise<DjDuesStatement> {
  const statement = document.createElement('dj-dues-statement');
  statement.workspace = workspace;
  statement.monthId = monthId;
  statement.asOf = '2026-11-20';
  return mount(statement);
}

describe('<dj-dues-statement>', () => {
  it("shows core duesMonthReport's rows and totals for a month built by commands, by name only", async () => {
    const workspace = await novemberMonth();
    const statement = await mountStatement(workspace);
    expect(shownRows(statement)).toEqual(coreRows(workspace));
    expect(shownTotals(statement)).toEqual(coreTotals(workspace));
    expect(shownRows(statement).map((row) => [row.memberId, row.state, row.dueFen])).toEqual([
      ['m1', 'paid', 3000],
      ['m2', 'unpaid', 1500],
      ['m9', 'deferred', 20],
    ]);
    expect(text($(statement, '[part="title"]')!)).toBe('2026-11 党费收缴 · 收缴中');
    expect(text($(statement, 'tr[data-member="m2"] th')!)).toBe('李建国');
    expect($(statement, '[part="readiness"]')!.dataset['canReport']).toBe('false');
    expect(text($(statement, '[part="readiness"]')!)).toBe('尚有 1 人未交且未经同意缓交，暂不能上报');
    // Names only: no ID number or phone of anyone in the month reaches the page.
    const page = statement.shadowRoot!.textContent!;
    for (const member of workspace.snapshot.members.values()) {
      if (member.idNumber) expect(page).not.toContain(member.idNumber);
      if (member.phone) expect(page).not.toContain(member.phone);
    }
  });

  it('refuses to report while someone owes, in an alert, writing nothing', async () => {
    const workspace = await novemberMonth();
    const statement = await mountStatement(workspace);
    const revision = workspace.revision;
    $(statement, '[part="report"] button[type="submit"]')!.click();
    await expect.poll(() => $(statement, '[part="error"]')).not.toBeNull();
    expect(text($(statement, '[part="error"]')!)).toBe(
      '未能完成：仍有 1 名党员未交纳且未经同意缓交 2026-11 的党费，不能上报',
    );
    expect(workspace.revision).toBe(revision);
    expect(workspace.snapshot.duesMonths.get(monthId)!.state).toBe('collecting');
  });

  it('pays by proxy online in the element, reads it back from the workspace, then reports', async () => {
    const workspace = await novemberMonth();
    const statement = await mountStatement(workspace);
    const recorded: DjDuesRecordedEvent[] = [];
    statement.addEventListener('dj-dues-recorded', (event) => recorded.push(event));
    $(statement, 'tr[data-member="m2"] button[data-act="pay"]')!.click();
    await statement.updateComplete;
    // Focus moved into the form; the amount starts at the due.
    expect(statement.shadowRoot!.activeElement?.id).toBe('amount');
    expect(($(statement, '#amount') as HTMLInputElement).value).toBe('15.00');
    await userEvent.selectOptions($(statement, '#payer') as HTMLSelectElement, 'proxy');
    await userEvent.type($(statement, '#proxyName')!, '李小红');
    await userEvent.selectOptions($(statement, '#method') as HTMLSelectElement, 'online');
    await userEvent.type($(statement, '#reference')!, 'WX20261120001');
    $(statement, '[part="action-form"] button[type="submit"]')!.click();
    await expect.poll(() => recorded.length).toBe(1);
    expect(recorded[0]!.detail).toMatchObject({
      type: 'dues.pay',
      monthId,
      memberId: 'm2',
      revision: workspace.revision,
    });

    const payment = workspace.snapshot.duesPayments.get(`pay-${monthId}-m2`)!;
    expect(payment).toMatchObject({
      monthId,
      memberId: 'm2',
      amountFen: 1500,
      extraFen: 0,
      paidOn: '2026-11-20',
      payer: { kind: 'proxy', name: '李小红', relation: 'relative' },
      method: { kind: 'online', reference: 'WX20261120001' },
    });
    await statement.updateComplete;
    expect(shownRows(statement)).toEqual(coreRows(workspace));
    expect(shownTotals(statement)).toEqual(coreTotals(workspace));
    expect(cell($(statement, 'tr[data-member="m2"]')!, 'state')).toContain('李小红代缴');
    expect($(statement, '[part="readiness"]')!.dataset['canReport']).toBe('true');

    $(statement, '[part="report"] button[type="submit"]')!.click();
    await expect.poll(() => recorded.length).toBe(2);
    expect(workspace.snapshot.duesMonths.get(monthId)).toMatchObject({ state: 'reported', reportedOn: '2026-11-20' });
    await statement.updateComplete;
    expect(text($(statement, '[part="title"]')!)).toBe('2026-11 党费收缴 · 已上报');
    expect($(statement, '[part="report"]')).toBeNull();
  });

  it('refuses a payment below the due with core rule, and an amount that is not 元 before running', async () => {
    const workspace = await novemberMonth();
    const statement = await mountStatement(workspace);
    const revision = workspace.revision;
    $(statement, 'tr[data-member="m2"] button[data-act="pay"]')!.click();
    await statement.updateComplete;
    const amount = $(statement, '#amount') as HTMLInputElement;
    await userEvent.clear(amount);
    await userEvent.type(amount, '15.5.0');
    $(statement, '[part="action-form"] button[type="submit"]')!.click();
    await statement.updateComplete;
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(amount);
    await userEvent.type(amount, '10');
    $(statement, '[part="action-form"] button[type="submit"]')!.click();
    await expect.poll(() => $(statement, '[part="error"]')).not.toBeNull();
    expect(text($(statement, '[part="error"]')!)).toBe('未能完成：应交 1500 分，实交 1000 分：党费须足额交纳');
    expect(workspace.revision).toBe(revision);
  });

  it('defers an owing member with a reason through dues.defer', async () => {
    const workspace = await novemberMonth();
    const statement = await mountStatement(workspace);
    $(statement, 'tr[data-member="m2"] button[data-act="defer"]')!.click();
    await statement.updateComplete;
    await userEvent.type($(statement, '#reason')!, '住院治疗');
    $(statement, '[part="action-form"] button[type="submit"]')!.click();
    await expect
      .poll(() => workspace.snapshot.duesMonths.get(monthId)!.lines[1]!.deferral)
      .toEqual({
        reason: '住院治疗',
        agreedOn: '2026-11-20',
      });
    await statement.updateComplete;
    expect(shownRows(statement)).toEqual(coreRows(workspace));
    expect($(statement, '[part="readiness"]')!.dataset['canReport']).toBe('true');
  });

  it('read-only shows no actions; in English the words change and the figures do not', async () => {
    const workspace = await novemberMonth();
    const statement = document.createElement('dj-dues-statement');
    statement.workspace = workspace;
    statement.monthId = monthId;
    statement.readOnly = true;
    statement.setAttribute('lang', 'en');
    await mount(statement);
    expect(statement.shadowRoot!.querySelectorAll('button')).toHaveLength(0);
    expect($(statement, '[part="report"]')).toBeNull();
    expect(text($(statement, '[part="title"]')!)).toBe('Dues for 2026-11 · collecting');
    expect(cell($(statement, 'tr[data-member="m9"]')!, 'state')).toBe('Deferred 在外地实习');
    expect(shownRows(statement)).toEqual(coreRows(workspace));
  });

  it('offers a back-payment (补交) for a deferred line, and no deferral for a paid one', async () => {
    const workspace = await novemberMonth();
    const statement = await mountStatement(workspace);
    expect(text($(statement, 'tr[data-member="m9"] button[data-act="pay"]')!)).toBe('补交');
    expect($(statement, 'tr[data-member="m9"] button[data-act="defer"]')).toBeNull();
    expect($(statement, 'tr[data-member="m1"] button')).toBeNull();
    $(statement, 'tr[data-member="m9"] button[data-act="pay"]')!.click();
    await statement.updateComplete;
    $(statement, '[part="action-form"] button[type="submit"]')!.click();
    await expect.poll(() => workspace.snapshot.duesPayments.get(`pay-${monthId}-m9`)?.amountFen).toBe(20);
    await statement.updateComplete;
    expect(shownRows(statement)).toEqual(coreRows(workspace));
    expect($(statement, 'tr[data-member="m9"]')!.dataset['state']).toBe('paid');
  });
});
