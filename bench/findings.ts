/**
 * What the profiles (`node --cpu-prof`, 2026-11-30) show for each missed budget, and what would
 * close it. Written by hand from the profiles; RESULTS.md prints it under the figures.
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
    'compliance (met; a note)',
    "First measured 2026-12-01 at 1.71× the query in wall time, about 1.25× in CPU time (2.4 s against 1.9 s for the street's year at 100k): `complianceReport` built the periods for every org × rule (22,000 calls parsing the same range), counted with a closure per period, built two arrays per member to pick the later date, and read 3.2 million attendance lines in the meetings table's hash order, where every attendee's entry in the last-date map is a cache miss (the same loop is about 5× faster in an order where an org's meetings come together). Now the periods are built once per cadence, attendance is read org by org (the grouping the report already had), and the later date is a comparison: 1.65–1.7 s, 0.80–0.82× the query over two runs, answers unchanged (the existing compliance tests, and the bench's cell-by-cell check against the SQL). Profile of what is left (100k): GC about 30% (144,000 period objects and 14,000 findings with zh-CN/en text per report), the walks of the meetings and members tables in hash order about 25%, the attendance pass about 25%. In wall time on this shared machine both sides take 5–11 s and the medians are even. To widen the margin: keep meetings indexed by org, and each member's last attended date, in the snapshot as commands write them, so a report reads neither the whole meetings table nor the attendance lists.",
  ],
  [
    'demo (met; a note)',
    'Figure 10 measured 10–21 s before this round on this machine (load 11–17): PGlite ran initdb in the page and wrote 41 MB of files to IndexedDB (10–17 s), then `seedTenant` validated, hashed and inserted the 1,366 members (1.5–2.3 s). The first visit now loads a data directory made from the fixture at build (`loadDataDir`), fetched in parallel with the engine, which compiles while it downloads. What is left (stage marks in the detail, load 17–21): the downloads and compile (about 1 s for 18 MB on loopback; a real server sending gzip would cut the wasm from 8.7 to 3.1 MB and its file bundle from 6.0 to 1.8), PGlite starting from the directory and writing its 14.5 MB to IndexedDB before its first query returns (about 3 s), and `Workspace.open` reading the tenant back (about 0.3 s). To go further: preload the wasm from the HTML so it starts before the script is parsed, and draw the roster from a snapshot shipped beside the dump while PGlite starts (the page would then have to say when the database is saved).',
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
];
