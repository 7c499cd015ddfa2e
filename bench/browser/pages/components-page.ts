import '@dangjian/components/provider/define';
import '@dangjian/components/member-roster/define';
import '@dangjian/components/org-tree/define';
import { MemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, SimulatedClock, Workspace, type EntityRecords } from '@dangjian/core';
import { generateTenant } from '../../generate.js';
import { firstRowPainted, longTasksDuring, scrollFrames } from './frame-probes.js';

// Figure 6 in Chromium: the roster and the tree connected to a workspace (a memory store seeded
// with the generated street) through `<dj-provider>`, as a portal page puts them.

const tenant = '320402';
const asOf = '2026-11-23';
const at = `${asOf}T09:00:00+08:00`;

export type BenchElement = 'roster' | 'tree';

const elements = {
  roster: { tag: 'dj-member-roster', row: '.body [role="row"]', scrollBox: '.grid' },
  tree: { tag: 'dj-org-tree', row: '[role="treeitem"]', scrollBox: '.viewport' },
} as const;

/** The roster's street: `size` members. The tree's: the first `size` orgs of the 100k street, with their members. */
function recordsFor(element: BenchElement, size: number): EntityRecords {
  if (element === 'roster') return generateTenant(size).records;
  const { orgs, members } = generateTenant(100_000).records;
  // Orgs are generated parents first, so the first `size` are a whole tree.
  const kept = orgs.slice(0, size);
  const ids = new Set(kept.map((org) => org.id));
  return {
    orgs: kept,
    members: members.filter((member) => ids.has(member.relationOrgId) && ids.has(member.managingOrgId)),
  };
}

let workspace: Workspace | undefined;
let mounted: { element: BenchElement; host: HTMLElement } | undefined;

export interface Prepared {
  readonly orgs: number;
  readonly members: number;
  /** ms to seed the memory store and open the workspace: before the element, not in its figure. */
  readonly setupMs: number;
}

export interface FirstRows {
  /** ms from connecting the element to its first row painted. */
  readonly ms: number;
  /** Durations of the long tasks (> 50 ms) in that time. */
  readonly longTasks: readonly number[];
}

export interface ComponentsPage {
  prepare(element: BenchElement, size: number): Promise<Prepared>;
  /** Puts `<dj-provider><dj-…></dj-provider>` in the page and waits for its first row painted. */
  mount(): Promise<FirstRows>;
  /** Scrolls the element's rows by `step` rows a frame over `rows` rows; the gaps between frames (ms). */
  scroll(rows: number, step: number): Promise<number[]>;
  /** What the element says it shows: the roster's rows, the tree's visible rows (`aria-rowcount` / rendered). */
  shown(): { readonly rowCount: string | null; readonly firstRow: string | undefined };
}

const hostOf = () => {
  if (!mounted) throw new Error('call mount() first');
  return mounted;
};

const page: ComponentsPage = {
  prepare: async (element, size) => {
    const began = performance.now();
    const records = recordsFor(element, size);
    const store = new MemoryStore();
    await seedTenant(store, tenant, records, { actorId: 'bench-seed', at });
    workspace = await Workspace.open({
      store,
      tenant,
      clock: new SimulatedClock(at),
      actor: { id: 'street-admin', name: '街道管理员' },
    });
    mounted = { element, host: document.createElement(elements[element].tag) };
    return {
      orgs: records.orgs?.length ?? 0,
      members: records.members?.length ?? 0,
      setupMs: performance.now() - began,
    };
  },
  mount: async () => {
    const { element, host } = hostOf();
    if (!workspace) throw new Error('call prepare() first');
    const provider = document.createElement('dj-provider');
    provider.workspace = workspace;
    if (element === 'roster') host.setAttribute('as-of', asOf);
    else host.style.setProperty('--dj-org-tree-max-height', '32rem');
    provider.append(host);
    const { result, longTasks } = await longTasksDuring(async () => {
      const began = performance.now();
      document.body.append(provider);
      return (await firstRowPainted(host, elements[element].row)) - began;
    });
    return { ms: result, longTasks };
  },
  scroll: (rows, step) => {
    const { element, host } = hostOf();
    const box = host.shadowRoot!.querySelector<HTMLElement>(elements[element].scrollBox)!;
    const rowHeight = host
      .shadowRoot!.querySelector<HTMLElement>(elements[element].row)!
      .getBoundingClientRect().height;
    return scrollFrames(box, rowHeight, rows, step);
  },
  shown: () => {
    const { element, host } = hostOf();
    const root = host.shadowRoot!;
    const first = root.querySelector<HTMLElement>(elements[element].row);
    return {
      rowCount:
        element === 'roster'
          ? root.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')
          : String(root.querySelectorAll(elements.tree.row).length),
      firstRow: first?.dataset['memberId'] ?? first?.dataset['orgId'],
    };
  },
};

declare global {
  interface Window {
    djComponents?: ComponentsPage;
  }
}

window.djComponents = page;
window.djBenchReady = true;
