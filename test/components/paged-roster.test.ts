import '@dangjian/components/member-roster/define';
import '@dangjian/components/org-tree/define';
import { createRestBackend } from '@dangjian/adapters/rest';
import type { DjMemberRoster } from '@dangjian/components';
import { Workspace, type MemberPage } from '@dangjian/core';
import { describe, expect, inject, it } from 'vitest';
import { mount, usePage } from './support/tree.js';

// Connected to a REST workspace that pages members, the roster and the tree never hold the roster:
// the state arrives without members, the roster fetches the pages in view from the server (its
// filters and order applied there), and the tree's badges are the server's counts. Against the
// real handler on loopback over a 20,000-member street (test/setup/rest-server.ts).

usePage();

const baseUrl = inject('restUrl');
const tenant = inject('restTenant');
const total = inject('restMembers');

/** A fetch that counts the members each response carried: what this browser downloaded. */
function countingFetch(): { fetch: typeof fetch; members: () => number; urls: string[] } {
  let members = 0;
  const urls: string[] = [];
  return {
    urls,
    members: () => members,
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init);
      urls.push(String(input));
      const body = (await response.clone().json()) as { items?: unknown[]; records?: { members?: unknown[] } };
      members += (body.items?.length ?? 0) + (body.records?.members?.length ?? 0);
      return response;
    },
  };
}

async function pagedWorkspace(counter = countingFetch()) {
  const backend = createRestBackend({ baseUrl, fetch: counter.fetch, members: 'paged' });
  const workspace = await Workspace.open({ backend, tenant, actor: { id: 'street-admin' } });
  return { workspace, counter };
}

const settle = async (element: { updateComplete: Promise<boolean> }, until: () => boolean): Promise<void> => {
  for (let tries = 0; tries < 100 && !until(); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await element.updateComplete;
  }
};

const rows = (roster: DjMemberRoster): HTMLElement[] => [
  ...roster.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]'),
];
const loadedRows = (roster: DjMemberRoster) => rows(roster).filter((row) => !row.classList.contains('loading'));

describe('<dj-member-roster> on a paging REST workspace', () => {
  it('shows the first rows of 20,000 after fetching one page, never the whole roster', async () => {
    const { workspace, counter } = await pagedWorkspace();
    expect(workspace.pagesMembers).toBe(true);
    expect(workspace.snapshot.members.size).toBe(0);
    const roster = document.createElement('dj-member-roster');
    roster.asOf = '2026-11-23';
    roster.workspace = workspace;
    await mount(roster);
    await settle(roster, () => loadedRows(roster).length > 0);
    expect(loadedRows(roster).length).toBeGreaterThan(5);
    expect(rows(roster).length).toBeLessThan(120);
    expect(roster.shadowRoot!.querySelector('[part~="count"]')!.textContent).toContain(String(total));
    expect(roster.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).toBe(String(total + 1));
    expect(counter.members()).toBeLessThanOrEqual(200);
  });

  it('fetches the page in view when scrolled far down, and rows fill in', async () => {
    const { workspace, counter } = await pagedWorkspace();
    const roster = document.createElement('dj-member-roster');
    roster.asOf = '2026-11-23';
    roster.workspace = workspace;
    await mount(roster);
    await settle(roster, () => loadedRows(roster).length > 0);
    const grid = roster.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    grid.scrollTop = grid.scrollHeight / 2;
    grid.dispatchEvent(new Event('scroll'));
    await settle(roster, () => {
      const indexes = loadedRows(roster).map((row) => Number(row.getAttribute('aria-rowindex')));
      return indexes.some((index) => index > total / 3);
    });
    const indexes = loadedRows(roster).map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(Math.max(...indexes)).toBeGreaterThan(total / 3);
    expect(counter.urls.some((url) => /offset=(9|1[0-9])\d{3}/.test(url))).toBe(true);
    expect(counter.members()).toBeLessThanOrEqual(600);
  });

  it('filters on the server: the count is the server total for the category', async () => {
    const { workspace } = await pagedWorkspace();
    const direct = (await (
      await fetch(`${baseUrl}/tenants/${tenant}/members?category=senior&limit=1`)
    ).json()) as MemberPage;
    const roster = document.createElement('dj-member-roster');
    roster.asOf = '2026-11-23';
    roster.workspace = workspace;
    roster.category = 'senior';
    await mount(roster);
    await settle(roster, () => loadedRows(roster).length > 0);
    expect(direct.total).toBeGreaterThan(0);
    expect(direct.total).toBeLessThan(total);
    expect(roster.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).toBe(
      String(direct.total + 1),
    );
    // Every loaded row carries the senior chip the server's classification gave it.
    for (const row of loadedRows(roster).slice(0, 10))
      expect(row.querySelector('[data-yields="senior"]')).not.toBeNull();
  });
});

describe('<dj-org-tree> on a paging REST workspace', () => {
  it("shows the server's member counts", async () => {
    const { workspace } = await pagedWorkspace();
    const tree = document.createElement('dj-org-tree');
    tree.workspace = workspace;
    await mount(tree);
    await settle(tree, () => tree.shadowRoot!.querySelector('[part~="count"]') !== null);
    const badge = tree.shadowRoot!.querySelector('[part~="count"]')!;
    expect(badge.textContent).toContain(String(total));
    expect(workspace.memberCounts?.get('street')?.members).toBe(total);
  });
});
