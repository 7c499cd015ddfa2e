import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// JSX types for every dj-* element and its ondj-* event props (types only, no code).
import type {} from '@dangjian/components/react';
// Register the element before React first renders it: React 19 then sets `orgs` as a property.
import '@dangjian/components/org-tree/define';
import type { Org } from '@dangjian/core';

const orgs: Org[] = [
  { id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'c1', name: '青龙苑社区党委', kind: 'committee', parentId: 'street' },
  { id: 'c1b1', name: '青龙苑第一党支部', kind: 'branch', parentId: 'c1' },
  { id: 'c1b2', name: '青龙苑第二党支部', kind: 'branch', parentId: 'c1' },
];

function App() {
  const [chosen, setChosen] = useState<string>();
  const name = orgs.find((org) => org.id === chosen)?.name ?? '（未选择）';
  return (
    <>
      <h1>青龙街道党组织</h1>
      {/* The event prop is `on` + the event's exact name: ondj-org-select, not onDjOrgSelect. */}
      <dj-org-tree
        orgs={orgs}
        selected={chosen}
        expandDepth={2}
        label="青龙街道党组织"
        ondj-org-select={(event) => setChosen(event.orgId)}
      />
      <p>
        选中：<output id="chosen">{name}</output>
      </p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
