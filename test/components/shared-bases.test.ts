import {
  DjCoverageBoard,
  DjImportDialog,
  DjMemberCard,
  DjMemberRoster,
  DjOrgSelectEvent,
  DjOrgToggleEvent,
  DjOrgTree,
  DjContactCard,
  DjConferenceRoster,
  DjRegistrationForm,
  DjUnmaskRequestEvent,
} from '@dangjian/components';
import { DjDuesCalculator, DjDuesStatement, DjPipeline } from '@dangjian/components';
import '@dangjian/components/org-tree/define';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DjElement } from '../../packages/components/src/shared/dj-element.js';
import { DjEvent } from '../../packages/components/src/shared/dj-event.js';
import { memo } from '../../packages/components/src/shared/memo.js';
import { mountTree, usePage } from './support/tree.js';

usePage();

const org = { id: 'a', name: '党委', kind: 'committee', subkind: 'community', parentId: null } as const;

describe('memo', () => {
  it('computes once for the same arguments, again when one changes', () => {
    let calls = 0;
    const double = memo((values: readonly number[], factor: number) => {
      calls++;
      return values.map((value) => value * factor);
    });
    const values = [1, 2];
    const first = double(values, 2);
    expect(double(values, 2)).toBe(first);
    expect(calls).toBe(1);
    expect(double([1, 2], 2)).toEqual(first); // equal, not the same array: computed again
    expect(calls).toBe(2);
    expect(double(values, 3)).toEqual([3, 6]);
    expect(calls).toBe(3);
    expect(double(values, Number.NaN)).toEqual([Number.NaN, Number.NaN]);
    double(values, Number.NaN); // NaN is NaN (Object.is)
    expect(calls).toBe(4);
  });

  it('compares only what keyOf picks', () => {
    let calls = 0;
    const sizeOf = memo(
      (snapshot: { orgs: readonly string[]; revision: number }) => {
        calls++;
        return snapshot.orgs.length;
      },
      (snapshot) => [snapshot.orgs],
    );
    const orgs = ['a'];
    sizeOf({ orgs, revision: 1 });
    expect(sizeOf({ orgs, revision: 2 })).toBe(1);
    expect(calls).toBe(1);
    sizeOf({ orgs: ['a', 'b'], revision: 3 });
    expect(calls).toBe(2);
  });
});

describe('DjElement', () => {
  it('is the base of every element but the provider', () => {
    const elements = [
      DjOrgTree,
      DjMemberRoster,
      DjMemberCard,
      DjContactCard,
      DjCoverageBoard,
      DjConferenceRoster,
      DjRegistrationForm,
      DjImportDialog,
      DjDuesCalculator,
      DjDuesStatement,
      DjPipeline,
    ];
    expect(elements.filter((element) => !(element.prototype instanceof DjElement)).map((e) => e.name)).toEqual([]);
  });

  it('reflects the theme and follows the nearest lang', async () => {
    const tree = await mountTree((element) => (element.orgs = [org]));
    tree.theme = 'dark';
    await tree.updateComplete;
    expect(tree.getAttribute('theme')).toBe('dark');
    expect(tree.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).toBe('党组织架构');
    tree.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the lang observer runs as a microtask
    await tree.updateComplete;
    expect(tree.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).toBe('Party organisations');
  });
});

describe('DjEvent', () => {
  it('names, bubbles and composes every event, cancelable where it says so', () => {
    const select = new DjOrgSelectEvent({ orgId: 'a', org });
    const toggle = new DjOrgToggleEvent({ orgId: 'a', org, expanded: true });
    const unmask = new DjUnmaskRequestEvent({ fields: ['phone'] });
    for (const event of [select, toggle, unmask]) {
      expect(event).toBeInstanceOf(DjEvent);
      expect([event.bubbles, event.composed]).toEqual([true, true]);
    }
    expect([select.type, toggle.type, unmask.type]).toEqual(['dj-org-select', 'dj-org-toggle', 'dj-unmask-request']);
    expect([select.cancelable, toggle.cancelable, unmask.cancelable]).toEqual([true, false, true]);
    expect([select.orgId, toggle.expanded, select.detail.org.name]).toEqual(['a', true, '党委']);
  });

  it('reaches a listener on the document from inside a shadow root, typed by name', async () => {
    const tree = await mountTree((element) => (element.orgs = [org]));
    const heard: string[] = [];
    // No annotation: the event's type comes from DjEventMap, through both maps (tsc checks `.orgId`).
    const onDocument = (event: DocumentEventMap['dj-org-select']): void => void heard.push(`page ${event.orgId}`);
    document.addEventListener('dj-org-select', onDocument);
    tree.addEventListener('dj-org-select', (event) => heard.push(`tree ${event.orgId} ${event.detail.org.name}`));
    tree.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"]')!.click();
    document.removeEventListener('dj-org-select', onDocument);
    expect(heard).toEqual(['tree a 党委', 'page a']);
  });
});

describe('the control look', () => {
  it('gives a tree’s search box the kit’s border, corners and focus ring', async () => {
    const tree = await mountTree((element) => (element.orgs = [org]));
    const search = tree.shadowRoot!.querySelector<HTMLInputElement>('.search')!;
    const look = getComputedStyle(search);
    expect([look.borderTopWidth, look.borderTopStyle, look.borderTopLeftRadius]).toEqual(['1px', 'solid', '4px']);
    await userEvent.click(search);
    await userEvent.keyboard('{Tab}{Shift>}{Tab}{/Shift}');
    expect(getComputedStyle(search).outlineWidth).toBe('2px');
  });
});
