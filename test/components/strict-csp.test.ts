import '@dangjian/components/org-tree/define';
import '@dangjian/components/coverage-board/define';
import '@dangjian/components/conference-roster/define';
import '@dangjian/components/member-roster/define';
import '@dangjian/components/member-card/define';
import '@dangjian/components/contact-card/define';
import '@dangjian/components/registration-form/define';
import '@dangjian/components/import-dialog/define';
import '@dangjian/components/dues-calculator/define';
import '@dangjian/components/dues-statement/define';
import '@dangjian/components/pipeline/define';
import { newSectorKinds } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { generateTenant } from '../../bench/generate.js';
import { largeTree } from '../../stories/data/large-tree.js';
import { regionalAsOf, regionalStreet } from '../fixtures/tenants/regional-street.js';
import { memberOrgs, rosterAsOf, someMembers } from './support/members.js';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { mount, mountTree, row, usePage } from './support/tree.js';
import { openWorkspace } from './support/workspace.js';
import { buildActivistAtStep6, buildNovemberMonth, developmentProcessId, duesMonthId } from './support/dues-fixture.js';

usePage();

/**
 * Portals run a strict CSP. This file's page gets one (no inline styles: `style-src-attr 'none'`)
 * and every violation is collected: the elements must render, position their rows and style
 * themselves without a single one.
 */
const violations = useStrictCsp();

describe('under a strict CSP (no inline styles)', () => {
  it('is really in force: a style attribute written from markup is blocked', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<span style="color: rgb(1, 2, 3)">probe</span>';
    document.body.append(probe);
    await settle();
    expect(getComputedStyle(probe.firstElementChild!).color).not.toBe('rgb(1, 2, 3)');
    expect(violations.length).toBeGreaterThan(0);
    probe.remove();
    violations.length = 0;
  });

  it('renders the virtualised tree, its search box and rows at their places', async () => {
    const tree = await mountTree((element) => {
      element.style.setProperty('--dj-org-tree-max-height', '300px');
      element.movable = true;
      element.orgs = largeTree();
    });
    tree.expandAll();
    await tree.updateComplete;
    await settle();
    const first = row(tree, 'root').getBoundingClientRect();
    const third = row(tree, 'c1-b1').getBoundingClientRect();
    // Rows are placed by a custom property set through the CSSOM, which the policy allows.
    expect(third.top - first.top).toBeCloseTo(2 * first.height, 0);
    expect(violations).toEqual([]);
  });

  it('renders the coverage board and the conference roster', async () => {
    const street = regionalStreet();
    const board = document.createElement('dj-coverage-board');
    board.snapshot = street;
    board.kinds = newSectorKinds;
    await mount(board);
    const roster = document.createElement('dj-conference-roster');
    roster.snapshot = street;
    roster.conferenceId = 'conf';
    roster.asOf = regionalAsOf;
    roster.view = 'agreements';
    await mount(roster);
    await settle();
    expect(board.shadowRoot!.querySelectorAll('[role="option"]')).toHaveLength(28);
    expect(roster.shadowRoot!.querySelectorAll('progress')).toHaveLength(15);
    expect(violations).toEqual([]);
  });

  it('renders the virtualised member roster with its chips and tooltips', async () => {
    const tenant = generateTenant(5_000);
    const roster = document.createElement('dj-member-roster');
    roster.asOf = rosterAsOf;
    roster.members = [...someMembers, ...tenant.records.members];
    roster.orgs = [...memberOrgs, ...tenant.records.orgs];
    await mount(roster);
    await new Promise(requestAnimationFrame);
    await roster.updateComplete;
    roster.focus();
    const rows = [...roster.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')];
    expect(rows.length).toBeLessThan(60);
    // Rows are placed by a custom property set through the CSSOM, which the policy allows.
    const [first, second] = rows.map((each) => each.getBoundingClientRect().top);
    expect(second! - first!).toBeGreaterThan(20);
    const chip = roster.shadowRoot!.querySelector<HTMLElement>('.chip')!;
    chip.focus();
    await settle();
    expect(getComputedStyle(roster.shadowRoot!.getElementById(chip.getAttribute('aria-describedby')!)!).display).toBe(
      'flex',
    );
    expect(violations).toEqual([]);
  });

  it('renders the member card, the contact card, the registration form and the import dialog', async () => {
    const { workspace } = await openWorkspace();
    const card = document.createElement('dj-member-card');
    card.member = someMembers[2]!;
    card.orgs = memberOrgs;
    card.asOf = rosterAsOf;
    const contact = document.createElement('dj-contact-card');
    contact.workspace = workspace;
    contact.memberId = 'm3';
    contact.asOf = rosterAsOf;
    const form = document.createElement('dj-registration-form');
    form.workspace = workspace;
    form.memberId = 'm2';
    const dialog = document.createElement('dj-import-dialog');
    dialog.workspace = workspace;
    for (const element of [card, contact, form, dialog]) await mount(element);
    contact.shadowRoot!.querySelector<HTMLElement>('[part="edit"]')!.click();
    form.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!.click();
    await dialog.show();
    await settle();
    expect(contact.hasAttribute('overdue')).toBe(true);
    expect(form.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0);
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).toBe(true);
    dialog.close();
    expect(violations).toEqual([]);
  });

  it('renders the dues calculator, the dues statement with its pay form and the pipeline', async () => {
    const { workspace } = await openWorkspace();
    await buildNovemberMonth(workspace);
    await buildActivistAtStep6(workspace);
    const calculator = document.createElement('dj-dues-calculator');
    calculator.baseFen = 300_001;
    calculator.rounding = { mode: 'up', unitFen: 10 };
    const statement = document.createElement('dj-dues-statement');
    statement.workspace = workspace;
    statement.monthId = duesMonthId;
    statement.asOf = rosterAsOf;
    const pipeline = document.createElement('dj-pipeline');
    pipeline.workspace = workspace;
    pipeline.processId = developmentProcessId;
    pipeline.asOf = '2025-07-01';
    for (const element of [calculator, statement, pipeline]) await mount(element);
    statement.shadowRoot!.querySelector<HTMLElement>('tr[data-member="m2"] button[data-act="pay"]')!.click();
    await statement.updateComplete;
    await settle();
    expect(calculator.shadowRoot!.querySelectorAll('[part="trace"] > li')).toHaveLength(4);
    expect(statement.shadowRoot!.querySelector('[part="action-form"]')).not.toBeNull();
    expect(pipeline.shadowRoot!.querySelector('[part="overdue"]')).not.toBeNull();
    expect(violations).toEqual([]);
  });
});
