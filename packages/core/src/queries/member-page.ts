import { createClassifier, type Classifier, type MemberClassification } from '../engines/classification/classify.js';
import { memberAge } from '../engines/classification/member-facts.js';
import { subtreeOf } from '../engines/org-tree.js';
import type { ReadView } from '../policy/read-view.js';
import type { AnyEntity } from '../schema/collections.js';
import { stages, type Member } from '../schema/member.js';
import type { Table } from '../kernel/snapshot.js';
import { PersistentMap } from '../kernel/persistent-map.js';
import { subtreeMemberCounts, type MemberCount } from '../engines/structure/member-counts.js';
import type { ParsedMemberQuery } from './member-query.js';
import { ObjectKeyedCache } from './object-keyed-cache.js';

/** A window of a roster: the members in it (as the reader may see them) and how many match in all. */
export interface MemberPage {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly revision: number;
  readonly items: readonly AnyEntity[];
  /** Each item's categories and care flags, with rule, version and reason, in item order. */
  readonly classifications: readonly MemberClassification[];
}

export interface MemberPageOptions {
  /** The date categories and ages are computed on (an instant or an Asia/Shanghai date). */
  readonly asOf: string;
  readonly classifier?: Classifier;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const defaultClassifier = createClassifier();

// Sorting 100,000 names or classifying 100,000 members per request would make a page cost the
// tenant: both are kept per members table (a new table after every write to members) and date.
const sortedCache = new ObjectKeyedCache<readonly Member[]>(16);
const categoryCache = new WeakMap<object, Map<string, ReadonlyMap<string, ReadonlySet<string>>>>();

function sortedMembers(
  members: Table<'members'>,
  orgs: Table<'orgs'>,
  orgName: (id: string) => string,
  key: string,
  asOf: string,
): readonly Member[] {
  // By org, the order follows the org table's names too (a rename re-sorts); by age, the date.
  const path = key === 'org' ? [members, orgs] : [members];
  return sortedCache.get(path, key === 'age' ? `age@${asOf}` : key, () => sortMembers(members, orgName, key, asOf));
}

function sortMembers(
  members: Table<'members'>,
  orgName: (id: string) => string,
  key: string,
  asOf: string,
): readonly Member[] {
  const all = [...members.values()];
  const compare: (a: Member, b: Member) => number =
    key === 'id'
      ? (a, b) => collator.compare(a.id, b.id)
      : key === 'stage'
        ? (a, b) => stages.indexOf(a.stage) - stages.indexOf(b.stage) || collator.compare(a.name, b.name)
        : key === 'org'
          ? (a, b) =>
              collator.compare(orgName(a.relationOrgId), orgName(b.relationOrgId)) || collator.compare(a.name, b.name)
          : key === 'age'
            ? (a, b) => (memberAge(a, asOf) ?? -1) - (memberAge(b, asOf) ?? -1) || collator.compare(a.name, b.name)
            : (a, b) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id);
  return all.sort(compare);
}

/** Member ids by category and care flag, for one members table and date. */
function membersByCategory(
  members: Table<'members'>,
  asOf: string,
  classifier: Classifier,
): ReadonlyMap<string, ReadonlySet<string>> {
  let byDate = categoryCache.get(members);
  if (!byDate) categoryCache.set(members, (byDate = new Map()));
  const cached = byDate.get(asOf);
  if (cached) return cached;
  const index = new Map<string, Set<string>>();
  for (const member of members.values()) {
    const { categories, care } = classifier.classify(member, asOf);
    for (const result of [...categories, ...care]) {
      let ids = index.get(result.yields);
      if (!ids) index.set(result.yields, (ids = new Set()));
      ids.add(member.id);
    }
  }
  byDate.set(asOf, index);
  return index;
}

type ReadableIds = ReadonlySet<string> | 'all';
const readableCache = new WeakMap<object, WeakMap<object, WeakMap<object, Map<string, ReadableIds>>>>();

function cacheFor(keys: readonly [object, object, object]): Map<string, ReadableIds> {
  const [policy, members, orgs] = keys;
  let byMembers = readableCache.get(policy);
  if (!byMembers) readableCache.set(policy, (byMembers = new WeakMap()));
  let byOrgs = byMembers.get(members);
  if (!byOrgs) byMembers.set(members, (byOrgs = new WeakMap()));
  let byActor = byOrgs.get(orgs);
  if (!byActor) byOrgs.set(orgs, (byActor = new Map()));
  return byActor;
}

/**
 * The ids of the members this reader may read — or `all` — decided once per policy, members table,
 * org table (scopes follow the tree) and actor: asking the policy about 100,000 members on every
 * page request would make a page cost the tenant.
 */
export function readableMemberIds(view: ReadView): ReadableIds {
  const { snapshot, policy, actor } = view;
  const cache = cacheFor([policy, snapshot.members, snapshot.orgs]);
  const key = JSON.stringify([actor.roles, actor.orgId ?? null, actor.memberId ?? null]);
  const cached = cache.get(key);
  if (cached) return cached;
  const ids = new Set<string>();
  for (const member of snapshot.members.values()) if (view.canRead('members', member)) ids.add(member.id);
  const answer: ReadableIds = ids.size === snapshot.members.size ? 'all' : ids;
  cache.set(key, answer);
  return answer;
}

// Stand-ins in a cache path for "every member readable" and "no such filter".
const everyone = {};
const noFilter = {};
const matchesCache = new ObjectKeyedCache<readonly Member[]>(32);

/** The page's members in the asked order; `desc` counts from the end without reversing the kept list. */
function windowOf(matches: readonly Member[], query: ParsedMemberQuery): readonly Member[] {
  if (query.order !== 'desc') return matches.slice(query.offset, query.offset + query.limit);
  const end = Math.max(matches.length - query.offset, 0);
  return matches.slice(Math.max(end - query.limit, 0), end).reverse();
}

/**
 * One page of the roster as `view`'s reader may see it: filtered, ordered and cut on the server, so
 * a browser never downloads a 100,000-member tenant to show fifty rows.
 */
export function memberPage(view: ReadView, query: ParsedMemberQuery, options: MemberPageOptions): MemberPage {
  const { snapshot } = view;
  const asOf = options.asOf.slice(0, 10);
  const orgName = (id: string): string => snapshot.orgs.get(id)?.name ?? id;
  const subtree = query.org === undefined ? undefined : subtreeOf(snapshot, query.org);
  const classifier = options.classifier ?? defaultClassifier;
  const holding = (id: string | undefined): ReadonlySet<string> | undefined =>
    id === undefined
      ? undefined
      : (membersByCategory(snapshot.members, options.asOf, classifier).get(id) ?? new Set<string>());
  const inCategory = holding(query.category);
  const withCare = holding(query.care);
  const needle = query.q?.toLowerCase();
  const ordered = sortedMembers(snapshot.members, snapshot.orgs, orgName, query.sort, asOf);
  const readable = readableMemberIds(view);
  // The same filter on the same tables gives the same members: a page costs its rows, not the roster.
  const path = [
    ordered,
    readable === 'all' ? everyone : readable,
    subtree ?? noFilter,
    inCategory ?? noFilter,
    withCare ?? noFilter,
  ];
  const matches = matchesCache.get(path, JSON.stringify([query.status, query.stage ?? null, needle ?? null]), () => {
    const found: Member[] = [];
    for (const member of ordered) {
      if (query.status === 'active' && (member.status ?? 'active') !== 'active') continue;
      if (subtree && !subtree.has(member.relationOrgId) && !subtree.has(member.managingOrgId)) continue;
      if (query.stage !== undefined && member.stage !== query.stage) continue;
      if (inCategory && !inCategory.has(member.id)) continue;
      if (withCare && !withCare.has(member.id)) continue;
      if (needle && !member.name.toLowerCase().includes(needle) && !member.id.toLowerCase().startsWith(needle))
        continue;
      if (readable !== 'all' && !readable.has(member.id)) continue;
      found.push(member);
    }
    return found;
  });
  const page = windowOf(matches, query);
  return {
    total: matches.length,
    offset: query.offset,
    limit: query.limit,
    revision: snapshot.revision,
    items: page.map((member) => view.maskMember(member)),
    classifications: page.map((member) => classifier.classify(member, options.asOf)),
  };
}

/**
 * Each org's members, subtree included (as `subtreeMemberCounts`), counting only the members this
 * reader may read: the org tree's badges for a client that pages members instead of holding them.
 */
export function visibleMemberCounts(view: ReadView): ReadonlyMap<string, MemberCount> {
  const { snapshot } = view;
  const readable = readableMemberIds(view);
  if (readable === 'all') return subtreeMemberCounts(snapshot);
  const visible = PersistentMap.from([...readable].map((id) => [id, snapshot.members.get(id)!] as const));
  return subtreeMemberCounts({ orgs: snapshot.orgs, members: visible });
}
