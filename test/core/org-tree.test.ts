import { ancestorsOf, buildOrgForest, isWithin, snapshotFromRecords, subtreeOf, type Org } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// The org tree every engine walks: ancestors, "within", subtrees and the ordered forest.
const org = (id: string, parentId: string | null, extra: Partial<Org> = {}): Org =>
  ({ id, name: `${id}组织`, kind: 'branch', parentId, ...extra }) as Org;

const orgs: Org[] = [
  org('street', null, { kind: 'committee', subkind: 'working' } as Partial<Org>),
  org('c1', 'street', { kind: 'committee', subkind: 'community' } as Partial<Org>),
  org('b1', 'c1'),
  org('b2', 'c1'),
  org('g1', 'b1', { kind: 'group' }),
  org('stray', 'gone'),
];
const snapshot = () => snapshotFromRecords('320402', 0, { orgs });

describe('the org tree', () => {
  it('walks up from an org to its root, stopping at a missing parent', () => {
    expect(ancestorsOf(snapshot(), 'g1').map((each) => each.id)).toEqual(['g1', 'b1', 'c1', 'street']);
    expect(ancestorsOf(snapshot(), 'stray').map((each) => each.id)).toEqual(['stray']);
    expect(ancestorsOf(snapshot(), 'nowhere')).toEqual([]);
  });

  it('says whether an org is the given one or below it', () => {
    const s = snapshot();
    expect([
      isWithin(s, 'g1', 'c1'),
      isWithin(s, 'c1', 'c1'),
      isWithin(s, 'b2', 'b1'),
      isWithin(s, 'c1', 'g1'),
    ]).toEqual([true, true, false, false]);
  });

  it('lists a subtree, the same set again when asked twice, and nothing for an unknown root', () => {
    const s = snapshot();
    expect([...subtreeOf(s, 'c1')].sort()).toEqual(['b1', 'b2', 'c1', 'g1']);
    expect([...subtreeOf(s, 'b1')].sort()).toEqual(['b1', 'g1']);
    expect(subtreeOf(s, 'c1')).toBe(subtreeOf(s, 'c1'));
    expect([...subtreeOf(s, 'street')].sort()).toEqual(['b1', 'b2', 'c1', 'g1', 'street']);
    expect([...subtreeOf(s, 'nowhere')]).toEqual([]);
    expect([...subtreeOf(s, 'g1')]).toEqual(['g1']);
  });

  it('builds a forest, siblings by position, then name, then id', () => {
    const forest = buildOrgForest([
      org('z', null, { name: '乙' }),
      org('y', null, { name: '甲' }),
      org('x', null, { name: '甲', position: 2 }),
      org('w', null, { name: '丙', position: 1 }),
      org('v', null, { name: '甲' }),
      org('k2', 'w', { name: '二' }),
      org('k1', 'w', { name: '一', position: 0 }),
      org('orphan', 'missing', { name: '孤' }),
    ]);
    const ids = (nodes: typeof forest): string[] => nodes.map((node) => node.org.id);
    // Positions first (1, then 2); the rest by name in zh-CN collation, a tie (甲, 甲) by id.
    const collator = new Intl.Collator('zh-CN');
    const byNameThenId = (a: string, b: string): number => collator.compare(nameOf(a), nameOf(b)) || (a < b ? -1 : 1);
    expect(ids(forest)).toEqual(['w', 'x', ...['z', 'y', 'orphan', 'v'].sort(byNameThenId)]);
    expect(ids(forest).indexOf('v')).toBeLessThan(ids(forest).indexOf('y'));
    expect(ids(forest[0]!.children)).toEqual(['k1', 'k2']);
    expect(forest[1]!.children).toEqual([]);
  });

  it('orders siblings of the same position and name by id, whatever order they come in', () => {
    const twins = (ids: string[]) =>
      buildOrgForest([org('root', null), ...ids.map((id) => org(id, 'root', { name: '同名支部' }))])[0]!.children.map(
        (node) => node.org.id,
      );
    expect(twins(['x2', 'x1', 'x3'])).toEqual(['x1', 'x2', 'x3']);
    expect(twins(['x1', 'x2', 'x3'])).toEqual(['x1', 'x2', 'x3']);
    expect(twins(['x3', 'x2', 'x1'])).toEqual(['x1', 'x2', 'x3']);
  });
});

const nameOf = (id: string): string => ({ z: '乙', y: '甲', v: '甲', orphan: '孤' })[id]!;
