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
    "All 81 kinds are measured (2026-12-01), each in the bench community built by real commands alike at 1k and 100k (bench/kernel/command-setup.ts): 0.94–1.30, median 1.02. First run of the new kinds: `org.dissolve` and `org.merge` walked every collection for references, `dues.openMonth` and `evaluation.open` walked the roster for the branch's members, and `dues.openMonth` walked every member's dues standard for each line (46 ms a month at 1k). Fixed in core: a group index per field path, built once per loaded table and carried through writes (`kernel/group-index.ts`, `Transaction.idsWhere`), now answers an org's members, everything pointing at an org, a member's standards, reliefs, registrations, grid placement and process, a month's payments and a day's volunteer hours; `test/core/roster-passes.test.ts` counts the tables each command walks in a 3,000-member tenant. Highest now: `member.changeManagingOrg` at 1.30 (a write one trie level deeper at 100k). What this figure cannot see: the bench community's wishes, ballots, hours and payments are the same at both sizes, so passes over tables that grow with a tenant's history stay flat here: `wish.claim` counts a claimant's live claims over every wish (0.6 ms with 1,000 wishes), `member.sendYearlyReport` reads every wish, hour and project (0.7 ms), the evaluation commands read every ballot, `member.transfer`'s owed-dues check rebuilds its line and payment indexes after any dues write, and `subtreeOf` re-reads every org after any org write. Each would close with the same index (by claimant, by round, by member). Earlier profile of `org.move`: 62% of a command in `parseContext` (zod parsing the actor on every `execute`).",
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
