// A page without a bundler: the single-file build registers every element and carries the core.
import { core } from './dangjian.js';

/** The street's orgs as the portal's back end returns them, checked at the edge by the core. */
const orgs = [
  { id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'c1', name: '青龙苑社区党委', kind: 'committee', parentId: 'street' },
  { id: 'c1b1', name: '青龙苑第一党支部', kind: 'branch', parentId: 'c1' },
  { id: 'c1b2', name: '青龙苑第二党支部', kind: 'branch', parentId: 'c1' },
].map((org) => core.OrgSchema.parse(org));

const byId = new Map(orgs.map((org) => [org.id, org]));

const tree = document.getElementById('tree');
// Data in: a property (an array is no attribute).
tree.orgs = orgs;
// Events out: `dj-org-select` carries the org's id.
tree.addEventListener('dj-org-select', (event) => {
  const under = core.subtreeOf({ orgs: byId }, event.orgId).size;
  const org = byId.get(event.orgId);
  document.getElementById('chosen').value = `${org.name}（含下级 ${under} 个）`;
});
