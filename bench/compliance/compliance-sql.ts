import { PgDriver, type CopyRow } from '@dangjian/adapters/postgres';
import type { CadenceRule } from '@dangjian/core';
import type pg from 'pg';
import type { MeetingYear } from './meeting-year.js';

// What a peer would have: a table per thing, the rules as rows, indexes on what the query joins on,
// and one query for the whole answer.

const schema = `
CREATE TABLE orgs (id text PRIMARY KEY, parent_id text, kind text NOT NULL, committee_size int);
CREATE TABLE members (id text PRIMARY KEY, relation_org_id text NOT NULL, stage text NOT NULL, status text, last_org_life_on date);
CREATE TABLE meetings (id text PRIMARY KEY, org_id text NOT NULL, kind text NOT NULL, held_on date NOT NULL, lecturer_role text, review_state text);
CREATE TABLE attendance (meeting_id text NOT NULL, member_id text NOT NULL, status text NOT NULL);
CREATE TABLE requirements (rule_id text PRIMARY KEY, kind text NOT NULL, per text NOT NULL, months int NOT NULL, min int NOT NULL, org_kinds text[] NOT NULL, committee_only boolean NOT NULL, lecturer_role text);
`;

const indexes = `
CREATE INDEX ON orgs (parent_id);
CREATE INDEX ON members (relation_org_id);
CREATE INDEX ON meetings (org_id, kind, held_on);
CREATE INDEX ON attendance (meeting_id);
CREATE INDEX ON attendance (member_id);
ANALYZE;
`;

const monthsPer: Readonly<Record<CadenceRule['per'], number>> = { monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12 };

/** Attended in any mode (on site, delivered at home, online); absent, excused or not, otherwise. */
function attendanceRows(year: MeetingYear): CopyRow[] {
  const rows: CopyRow[] = [];
  for (const meeting of year.records.meetings) {
    for (const { memberId, mode } of meeting.attendance) rows.push([meeting.id, memberId, mode]);
    for (const { memberId, excused } of meeting.absences)
      rows.push([meeting.id, memberId, excused ? 'excused' : 'absent']);
  }
  return rows;
}

/** Creates the tables, copies the year and the rules in, builds the indexes and analyses. */
export async function loadMeetingYear(pool: pg.Pool, year: MeetingYear, rules: readonly CadenceRule[]): Promise<void> {
  await pool.query(schema);
  const { orgs, members, meetings } = year.records;
  await new PgDriver(pool).transaction(async (tx) => {
    const copy = tx.copyRows!.bind(tx);
    await copy(
      'orgs',
      ['id', 'parent_id', 'kind', 'committee_size'],
      orgs.map((org) => [
        org.id,
        org.parentId,
        org.kind,
        org.committeeSize === undefined ? null : String(org.committeeSize),
      ]),
    );
    await copy(
      'members',
      ['id', 'relation_org_id', 'stage', 'status', 'last_org_life_on'],
      members.map((m) => [m.id, m.relationOrgId, m.stage, m.status ?? null, m.lastOrgLifeOn ?? null]),
    );
    await copy(
      'meetings',
      ['id', 'org_id', 'kind', 'held_on', 'lecturer_role', 'review_state'],
      meetings.map((m) => [m.id, m.orgId, m.kind, m.heldOn, m.lecturer?.role ?? null, m.review?.state ?? null]),
    );
    await copy('attendance', ['meeting_id', 'member_id', 'status'], attendanceRows(year));
    await copy(
      'requirements',
      ['rule_id', 'kind', 'per', 'months', 'min', 'org_kinds', 'committee_only', 'lecturer_role'],
      rules.map((rule) => [
        rule.rule.id,
        rule.kind,
        rule.per,
        String(monthsPer[rule.per]),
        String(rule.min),
        `{${rule.orgKinds.join(',')}}`,
        String(rule.committeeOnly === true),
        rule.lecturerRole ?? null,
      ]),
    );
  });
  await pool.query(indexes);
}

/**
 * The one query: $1 the root org, $2/$3 the range and $4 today as instants read in Asia/Shanghai,
 * $5 the months without org life that list a member. Rows of two shapes: a `period` row per org ×
 * rule × period (held, met, closed), a `lapsed` row per member without org life for $5 months
 * (whole months: the corresponding day, or the month's last day where there is none — 民法典 203).
 */
export const complianceSql = `
WITH RECURSIVE
  bounds AS (
    SELECT ($2::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AS from_on,
           ($3::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AS to_on,
           ($4::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AS as_of
  ),
  subtree AS (
    SELECT id FROM orgs WHERE id = $1
    UNION ALL
    SELECT o.id FROM orgs o JOIN subtree s ON o.parent_id = s.id
  ),
  due AS (
    SELECT o.id AS org_id, r.rule_id, r.kind, r.per, r.min, r.lecturer_role,
           p.start_on::date AS start_on, (p.start_on + make_interval(months => r.months) - interval '1 day')::date AS end_on
    FROM subtree s
    JOIN orgs o USING (id)
    JOIN requirements r ON o.kind = ANY (r.org_kinds) AND (NOT r.committee_only OR o.committee_size IS NOT NULL)
    CROSS JOIN bounds b
    CROSS JOIN LATERAL generate_series(
      make_date(extract(year FROM b.from_on)::int, (extract(month FROM b.from_on)::int - 1) / r.months * r.months + 1, 1)::timestamp,
      b.to_on::timestamp,
      make_interval(months => r.months)) AS p(start_on)
  ),
  cells AS (
    SELECT d.org_id, d.rule_id, d.per, d.min, d.start_on, d.end_on, count(m.id)::int AS held
    FROM due d
    LEFT JOIN meetings m ON m.org_id = d.org_id AND m.kind = d.kind AND m.held_on BETWEEN d.start_on AND d.end_on
      AND (d.lecturer_role IS NULL OR m.lecturer_role = d.lecturer_role)
    GROUP BY d.org_id, d.rule_id, d.per, d.min, d.start_on, d.end_on
  ),
  attended AS (
    SELECT a.member_id, max(m.held_on) AS last_on
    FROM attendance a
    JOIN meetings m ON m.id = a.meeting_id
    JOIN subtree s ON s.id = m.org_id
    WHERE a.status IN ('onSite', 'homeDelivery', 'online')
    GROUP BY a.member_id
  ),
  last_life AS (
    SELECT p.id AS member_id, p.relation_org_id AS org_id, greatest(t.last_on, p.last_org_life_on) AS last_on
    FROM members p
    JOIN subtree s ON s.id = p.relation_org_id
    LEFT JOIN attended t ON t.member_id = p.id
    WHERE p.stage IN ('full', 'probationary') AND coalesce(p.status, 'active') = 'active'
  ),
  aged AS (
    SELECT l.*, b.as_of,
      CASE WHEN l.last_on IS NULL THEN NULL WHEN b.as_of <= l.last_on THEN 0 ELSE
        (extract(year FROM b.as_of) * 12 + extract(month FROM b.as_of))::int
        - (extract(year FROM l.last_on) * 12 + extract(month FROM l.last_on))::int
        - CASE WHEN least(extract(day FROM l.last_on), extract(day FROM date_trunc('month', b.as_of) + interval '1 month - 1 day'))
                 > extract(day FROM b.as_of) THEN 1 ELSE 0 END
      END AS months
    FROM last_life l CROSS JOIN bounds b
  )
SELECT 'period' AS what, c.org_id, c.rule_id,
       CASE c.per
         WHEN 'monthly' THEN to_char(c.start_on, 'YYYY-MM')
         WHEN 'quarterly' THEN to_char(c.start_on, 'YYYY-"Q"Q')
         WHEN 'halfYearly' THEN to_char(c.start_on, 'YYYY-"H"') || CASE WHEN extract(month FROM c.start_on) < 7 THEN '1' ELSE '2' END
         ELSE to_char(c.start_on, 'YYYY')
       END AS label,
       c.held, c.held >= c.min AS met, c.end_on <= b.as_of AS closed,
       NULL::text AS member_id, NULL::text AS last_on, NULL::int AS months
FROM cells c CROSS JOIN bounds b
UNION ALL
SELECT 'lapsed', org_id, NULL, NULL, NULL, NULL, NULL, member_id, last_on::text, months
FROM aged
WHERE last_on IS NULL OR (last_on <= as_of AND months >= $5)
`;

export interface ComplianceSqlRow {
  readonly what: 'period' | 'lapsed';
  readonly org_id: string;
  readonly rule_id: string | null;
  readonly label: string | null;
  readonly held: number | null;
  readonly met: boolean | null;
  readonly closed: boolean | null;
  readonly member_id: string | null;
  readonly last_on: string | null;
  readonly months: number | null;
}
