/**
 * What the profiles (`node --cpu-prof`, 2026-11-30; Chromium's `Profiler` over CDP for the
 * browser figures, 2026-12-01) show for each missed budget, and what would close it. Written
 * by hand from the profiles; RESULTS.md prints it under the figures.
 */
export const findings: readonly (readonly [string, string])[] = [
  [
    'dues',
    "First measured 2026-11-30 at 267× a hand loop: `duesAmount` wrote its whole trace (four texts, citations) for every member, parsed each fen with zod and built the band rule set's explained results. Now the trace is built when read (a month needs amounts, a calculator the trace of one), fen is checked by a plain predicate, the band comes from the rule set's `firstHitIndex` (no results built; the bands stay rules with their articles), range conditions compile to one comparison, and the schedule holds its rate table per category: about 3×, against a baseline that also writes a line object per member. What is left is per-member work the hand loop does not do: the category and fen checks (typed errors for bad input), the rule set's closure calls (one per band tried, up to four), and a result carrying its band rule id and article. Closing it: compile each rate table to a sorted array of upper bounds at schedule build and binary-search it, keeping the rule set for explanations only.",
  ],
  [
    'classification',
    'Fixed today: facts are read from the record by per-fact readers (no facts object per member) and each result builds its facts and reason only when read; that took the kit from 3.4× to about 1.9× the hand loop. Profile of what is left (100k × 8): the readers 25% (each rule reads its fact from member records of many shapes: megamorphic loads, about 25 per member where the hand loop does 12), the age from the birth date 10–15% (the calendar parses each date with a regular expression, three per member), GC 11%. To close: compile the rule set so each fact is read once per member and the equality rules on one fact become one lookup (`employment` → its category), and a regex-free fast path for canonical `YYYY-MM-DD` in `calendar/civil-date.ts`. Street-wide counts could use a columnar snapshot: the typed-array floor is about 40× faster than the hand loop.',
  ],
  [
    'commands (met; a note)',
    'Every measured kind stays within 1.1–1.2× from 1k to 100k. The profile of `org.move` at 100k shows 62% of a command spent in `parseContext` (zod parsing the actor on every `execute`) and 2% in the move itself: parsing the actor once per session would make every command about twice as fast. (An earlier 2.2× for `org.move` was the bench moving groups to the parent they already had at 1k; fixed.)',
  ],
  [
    'persistence',
    'Profile of `seedTenant` of 100k on PostgreSQL: 36% of Node time idle waiting for the server (the rows go through a staging table and a second INSERT … SELECT because PostgreSQL refuses COPY into a table under row-level security, and the audit record stores all 100,000 patches as one jsonb, so the data is written twice), the audit hash in JavaScript (SHA-256 and canonical JSON over every patch) about 17%, zod validation of every record about 5%, GC 10%. PGlite pays the same audit and validation costs. To close: an import audit record that carries the count and a digest of the rows written (they are in `dj_entities` already) instead of every patch, hashing with WebCrypto, and validation that reuses a record already parsed once.',
  ],
  [
    'size',
    'zod is the largest part of every page (160–176 kB minified): `<dj-org-tree>` reaches the command schemas and immer through the workspace it connects to, so a display element ships the whole write path. To close: zod/mini (tree-shakable), commands loaded on first write, and a read-only entry for display elements.',
  ],
  [
    'rest',
    'Pages went from 0.001 to 0.03–0.04× the bare handler once the readable ids are decided once per members table, org table and actor instead of asking the policy about all 100,000 members per request. What is left per page is a pass over the cached sorted roster (100,000 members filtered by scope and query, then sliced), a classification of the 50 rows, the catch-up query against the audit log and JSON masking; to close: keep per-query result positions (or an index per org subtree) so a page costs its 50 rows, and skip the audit catch-up while nothing was written. A command is 0.05–0.07× the bare handler: each one is a transaction with a revision check and an audit record hashed in JavaScript (SHA-256 over canonical JSON), against a bare handler mutating a Map.',
  ],
  [
    'indexeddb.import',
    'Measured 2026-12-01 in Chromium at 2.6× (1.55–3.86; the page times both, load average 11–15 on the 2 cores). CPU profile of one `seedTenant` of 100k (Chromium `Profiler` over CDP, unminified build; 7.3 s against 6.0 s for the raw puts in that quieter run): the puts themselves 39% (structured clone of each row inside `put`, which the baseline pays too, plus one more clone of the audit record holding all 100,000 patches), the audit seal 29% (`sealAuditRecord`: SHA-256 in JavaScript over the canonical JSON of every patch: `utf8` 10%, `compress` 10%, `canonicalJson` 8%), GC 13%, validation (`snapshotFromRecords`, zod) about 6%, the JSON copy of every value in `planCommit` 3.6%. To close: the same import audit record the persistence finding asks for (count and digest of the rows, not every patch: it removes the second clone and most of the hashing), the digest through WebCrypto (`crypto.subtle.digest`, computed before the transaction opens since nothing else may be awaited inside it), and no `plain` JSON copy for records the kit has just parsed. `open.indexeddb` (1.53×, no budget) is `getAll` plus grouping by collection: the raw read is most of it.',
  ],
  [
    'components.roster.firstRows',
    "Measured 2026-12-01 at 54× and, in a second run, 23× (first row painted at 100k: median 4.0 s, then 1.5 s, single runs 0.95–5.8 s with the machine's load, vs 75 ms with 100 members). Profile of the first render at 100k: one long task, all in `render` → `#sortedEntries`: classifying every member 32% (`classificationsOf` 17%, the entries with their ages 14%: `memberAge` parses each birth date with a regular expression, `partsOf` 8%), sorting 18% (`Intl.Collator` ranks of every distinct name, then a sort of 100,000 entries through Map lookups), walking the snapshot's members table 8%, GC 9%. The first screen needs 30 rows, but the element classifies and sorts all 100,000 before painting any. To close (budget: ≤ 150 ms): paint the first screen from a top-k selection on the sort key (O(n) over precomputed name ranks, no classification), classify only the rows in view, and classify the rest in idle slices (or a worker) before a filter or the count needs them; keep the name ranks and the classifications per snapshot table in the workspace so a second element or a re-mount pays nothing; a regex-free date parse (the classification finding).",
  ],
  [
    'components.roster.scroll',
    "First measured 2026-12-01 at 650 ms p95 a frame: every scroll render went over all 100,000 members twice (the shown rows were rebuilt because a new filter object missed the memo, a Map of every member's position several times per frame; and the chips column width was recomputed over a new array of rows). Fixed in `member-roster.ts`/`roster-data.ts`/`chips-width.ts`, tested by test/components/roster-scroll-work.test.ts (counts reads of member records during scrolling). After it: frame gaps 16.7 ms at p50; p95 over 5 runs 16.8 ms at best, median 100 ms and then 117 ms in two runs scrolling the first 10k, 67 ms after 40k (no growth with distance: the DOM stays bounded). An on-time 60 Hz frame reads 16.6–16.8 ms (the page clock is coarsened to 0.1 ms), so a quiet run at 16.8 is no dropped frame. Chromium's own metrics over 200 frames: script 0.5 ms, style 2.0 ms and layout 2.4 ms a frame; the dropped frames are raster and compositing in software (`--disable-gpu`, no GPU here) while the machine ran at load average 11–15 on 2 cores. To close on this machine: less to restyle and paint per new row (rows positioned by one transform of the row group rather than a custom property per row, `contain: strict` on the grid body, chips as text in one cell), and a measurement on an unshared machine; on a desktop with a GPU the script share (0.5 ms) is not what limits it.",
  ],
  [
    'components.tree.firstRows',
    "Measured 2026-12-01 at 2.7× and, in a second run, 5.4× (first row painted with 5,000 orgs and their 63,677 members: median 127 ms, then 191 ms, vs 46 and 36 ms with 100 orgs). Profile at 5,000: the render's script is about 110 ms, of which `subtreeMemberCounts` 71 ms (every member of the snapshot walked to count the badges) and the tree model 18 ms; the rows in view are few (windowed). To close: member counts kept per snapshot in the workspace (incremental per command, as the REST backend already serves `memberCounts`) or counted after the first paint (rows first, badges in the next idle slice); by this profile that alone would take about 70 ms off the 5,000-org render.",
  ],
];
