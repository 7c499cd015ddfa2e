import '@dangjian/components/org-tree/define';
import '@dangjian/components/coverage-board/define';
import '@dangjian/components/conference-roster/define';
import { newSectorKinds } from '@dangjian/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeTree } from '../../stories/data/large-tree.js';
import { regionalAsOf, regionalStreet } from '../fixtures/tenants/regional-street.js';
import { mount, mountTree, row, usePage } from './support/tree.js';

usePage();

/**
 * Portals run a strict CSP. This file's page gets one (no inline styles: `style-src-attr 'none'`)
 * and every violation is collected: the elements must render, position their rows and style
 * themselves without a single one.
 */
const violations: string[] = [];
const record = (event: SecurityPolicyViolationEvent): void => {
  violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`);
};
let policy: HTMLMetaElement;

beforeAll(() => {
  policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "style-src-attr 'none'";
  document.head.append(policy);
  document.addEventListener('securitypolicyviolation', record);
});
afterAll(() => document.removeEventListener('securitypolicyviolation', record));

/** Violation events are queued as tasks: let them arrive before looking. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

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
});
