import {
  MemberQuerySchema,
  ReadView,
  allowAll,
  memberPage,
  validate,
  type Member,
  type MemberQuery,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { member, runOk, smallStreet } from './fixtures.js';

// A page is cut from a filtered list kept per tables and filter (so a page costs its rows): these
// check the kept lists against a hand oracle across repeated queries and writes in between.

const asOf = '2026-11-23T02:00:00.000Z';
const collator = new Intl.Collator('zh-CN', { numeric: true });
const surnames = ['王', '李', '张', '刘', '陈'];
const orgIds = ['b1', 'b2', 'g1'];
const subtrees: Record<string, readonly string[]> = {
  street: ['street', 'community', 'b1', 'b2', 'g1'],
  community: ['community', 'b1', 'b2', 'g1'],
  b1: ['b1', 'g1'],
  b2: ['b2'],
  g1: ['g1'],
};

function street(names: readonly string[]): Snapshot {
  let snapshot = smallStreet();
  for (const [i, name] of names.entries())
    snapshot = runOk(
      snapshot,
      'member.register',
      member(`m${i}`, { name, relationOrgId: orgIds[i % 2]!, stage: i % 3 === 0 ? 'probationary' : 'full' }),
    );
  return snapshot;
}

/** What a page must hold, computed by hand from the members. */
function expectedIds(snapshot: Snapshot, query: MemberQuery): string[] {
  const within = query.org === undefined ? undefined : new Set(subtrees[query.org]);
  const needle = query.q?.toLowerCase();
  const orgName = (id: string): string => snapshot.orgs.get(id)!.name;
  const matching = [...snapshot.members.values()].filter(
    (m: Member) =>
      (!within || within.has(m.relationOrgId) || within.has(m.managingOrgId)) &&
      (query.stage === undefined || m.stage === query.stage) &&
      (!needle || m.name.toLowerCase().includes(needle) || m.id.toLowerCase().startsWith(needle)),
  );
  const byName = (a: Member, b: Member): number => collator.compare(a.name, b.name) || collator.compare(a.id, b.id);
  matching.sort(
    query.sort === 'org'
      ? (a, b) =>
          collator.compare(orgName(a.relationOrgId), orgName(b.relationOrgId)) || collator.compare(a.name, b.name)
      : query.sort === 'id'
        ? (a, b) => collator.compare(a.id, b.id)
        : byName,
  );
  if (query.order === 'desc') matching.reverse();
  const [offset, limit] = [Number(query.offset ?? 0), Number(query.limit ?? 50)];
  return matching.slice(offset, offset + limit).map((m) => m.id);
}

function pageIds(snapshot: Snapshot, query: MemberQuery): { ids: string[]; total: number } {
  const parsed = validate(MemberQuerySchema, query);
  if (!parsed.ok) throw parsed.error;
  const page = memberPage(new ReadView(allowAll, { id: 'admin', roles: [] }, snapshot), parsed.value, { asOf });
  return { ids: page.items.map((item) => (item as Member).id), total: page.total };
}

const queryArbitrary: fc.Arbitrary<MemberQuery> = fc.record(
  {
    org: fc.constantFrom(...Object.keys(subtrees)),
    stage: fc.constantFrom('full' as const, 'probationary' as const),
    q: fc.constantFrom(...surnames, 'm1'),
    sort: fc.constantFrom('name' as const, 'id' as const, 'org' as const),
    order: fc.constantFrom('asc' as const, 'desc' as const),
    offset: fc.nat({ max: 12 }),
    limit: fc.integer({ min: 1, max: 8 }),
  },
  { requiredKeys: [] },
);

describe('memberPage with its kept lists', () => {
  it('answers as the hand oracle for any queries, asked again and after writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...surnames), { minLength: 1, maxLength: 14 }),
        fc.array(fc.tuple(queryArbitrary, fc.option(fc.constantFrom(...surnames), { nil: undefined })), {
          minLength: 1,
          maxLength: 8,
        }),
        (names, steps) => {
          let snapshot = street(names.map((surname, i) => `${surname}${i}`));
          for (const [i, [query, renameTo]] of steps.entries()) {
            // Twice: the second answer comes from what the first kept.
            expect(pageIds(snapshot, query).ids).toEqual(expectedIds(snapshot, query));
            expect(pageIds(snapshot, query).ids).toEqual(expectedIds(snapshot, query));
            if (renameTo)
              snapshot = runOk(snapshot, 'member.update', {
                memberId: `m${i % names.length}`,
                name: `${renameTo}新${i}`,
              });
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('orders by org name after an org is renamed, though no member changed', () => {
    let snapshot = street(['王一', '李二', '张三', '刘四']);
    const before = pageIds(snapshot, { sort: 'org' }).ids;
    snapshot = runOk(snapshot, 'org.rename', { orgId: 'b2', name: '阿楼院党支部' });
    const after = pageIds(snapshot, { sort: 'org' }).ids;
    expect(after).toEqual(expectedIds(snapshot, { sort: 'org' }));
    expect(after).not.toEqual(before);
  });

  it('counts a descending window from the end of the list', () => {
    const snapshot = street(['王一', '李二', '张三', '刘四', '陈五']);
    const all = pageIds(snapshot, { sort: 'id' }).ids;
    expect(pageIds(snapshot, { sort: 'id', order: 'desc', offset: 1, limit: 2 }).ids).toEqual([all[3], all[2]]);
    expect(pageIds(snapshot, { sort: 'id', order: 'desc', offset: 4, limit: 3 }).ids).toEqual([all[0]]);
    expect(pageIds(snapshot, { sort: 'id', order: 'desc', offset: 9 })).toEqual({ ids: [], total: 5 });
  });
});
