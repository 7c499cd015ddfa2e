import { localize } from '../i18n/format.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { PlaceholdersOf } from '../i18n/define-messages.js';
import { err, ok, type Result } from '../kernel/result.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { toFieldIssues } from '../kernel/zod-issues.js';
import { checkedBirthDate } from '../commands/member/birth-date.js';
import { registerMember } from '../commands/member/register-member.js';
import { DangjianError } from '../kernel/errors.js';
import type { z } from '../schema/zod.js';
import { PersistentMap } from '../kernel/persistent-map.js';
import { uniqueIndex } from '../kernel/unique-index.js';
import { restoreDefused } from './formula-defuse.js';
import { quoteCell } from './quote-cell.js';
import { createOrgResolver } from './resolve-org.js';
import { rosterColumns, rosterVocabulary, type RosterColumn, type RosterKey } from './roster-template.js';
import { phrase } from '../i18n/define-messages.js';
import { rosterMessages } from './messages.js';

/** One problem in an imported file: where (row as the spreadsheet numbers it, column letter and header), which rule, what. */
export interface RosterIssue {
  readonly row: number;
  readonly column: string;
  readonly header: string;
  readonly code: RosterMessage['code'];
  readonly text: LocalizedText;
}

export type RosterMember = z.input<typeof registerMember.input>;

export interface ParseRosterOptions {
  /** Called every `progressEvery` rows (default 1,000) with rows done and rows in all. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
}

/** A, B, … Z, AA, AB … as spreadsheets name columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const dateLike = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const dateKeys: ReadonlySet<RosterKey> = new Set(['birthDate', 'joinedOn', 'fullMemberOn']);

/** 1980/3/2, 1980.03.02 and 1980年3月2日 all mean 1980-03-02. */
function normaliseDate(cell: string): string {
  const match = dateLike.exec(cell);
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : cell;
}

interface Located {
  readonly column: RosterColumn;
  readonly index: number;
}

/**
 * An issue's placeholders: numbers and per-language texts, never a bare string, so a cell's
 * content can only reach a message through `quoteCell` (which withholds personal numbers).
 */
type IssueParams = Readonly<Record<string, number | LocalizedText>>;

type RosterMessage = (typeof rosterMessages)[keyof typeof rosterMessages];

/** Where an issue is: every roster message may name these, and `issue` fills them in. */
type Location = 'row' | 'column' | 'header';

/** The parameters a roster message needs beyond its location; a missing one does not compile. */
type IssueArgs<M extends RosterMessage> = [Exclude<PlaceholdersOf<M>, Location>] extends [never]
  ? [params?: Partial<Record<Location, number | LocalizedText>>]
  : [params: Readonly<Record<Exclude<PlaceholdersOf<M>, Location>, number | LocalizedText>> & IssueParams];

/** A fixed word (a field key, a list of allowed values) as a placeholder, the same in both languages. */
const verbatim = (word: string): LocalizedText => ({ 'zh-CN': word, en: word });

function issue<M extends RosterMessage>(
  row: number,
  at: Located | undefined,
  message: M,
  ...args: IssueArgs<M>
): RosterIssue {
  const header = at ? at.column.header['zh-CN'] : '';
  const column = at ? columnLetter(at.index) : '';
  const text = localize(message.templates, { row, column, header, ...args[0] });
  return { row, column, header, code: message.code, text };
}

function readHeader(cells: readonly string[]): { located: Map<RosterKey, Located>; issues: RosterIssue[] } {
  const located = new Map<RosterKey, Located>();
  const issues: RosterIssue[] = [];
  cells.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const column = rosterColumns.find(
      (candidate) => candidate.header['zh-CN'] === header || candidate.header.en === header,
    );
    if (column && !located.has(column.key)) {
      located.set(column.key, { column, index });
      return;
    }
    // A file without its header row puts a data row here: the header is quoted like any cell.
    const quoted = quoteCell(header);
    const message = column ? rosterMessages.duplicateColumn : rosterMessages.unknownColumn;
    const params = { column: columnLetter(index), header: quoted };
    issues.push({
      row: 1,
      column: params.column,
      header: quoted['zh-CN'],
      code: message.code,
      text: localize(message.templates, params),
    });
  });
  for (const column of rosterColumns.filter((candidate) => candidate.required && !located.has(candidate.key))) {
    issues.push({
      row: 1,
      column: '',
      header: column.header['zh-CN'],
      ...phrase(rosterMessages.missingColumn, { header: column.header }),
    });
  }
  return { located, issues };
}

type RowValues = Partial<Record<RosterKey, string>>;

function coded(key: RosterKey, value: string, row: number, at: Located, issues: RosterIssue[]): string | undefined {
  const vocabulary = rosterVocabulary[key];
  if (!vocabulary) return value;
  const mapped = vocabulary[value];
  if (mapped === undefined)
    issues.push(
      issue(row, at, rosterMessages.unknownValue, {
        value: quoteCell(value),
        allowed: verbatim(
          Object.keys(vocabulary)
            .filter((word) => /[^\p{ASCII}]/u.test(word))
            .join(' / '),
        ),
      }),
    );
  return mapped;
}

interface Progress {
  readonly done: number;
  readonly total: number;
}

type RosterResult = Result<RosterMember[], RosterIssue[]>;

/** The parse as steps: it yields progress every `every` rows (and at the end) and returns the result. */
function* rosterSteps(
  rows: readonly (readonly string[])[],
  snapshot: Pick<Snapshot, 'orgs' | 'members'>,
  every: number,
): Generator<Progress, RosterResult> {
  const [head, ...body] = rows;
  if (!head || body.length === 0) return err([{ row: 1, column: '', header: '', ...phrase(rosterMessages.empty) }]);
  const { located, issues } = readHeader(head);
  if (issues.length > 0) return err(issues);
  const resolveOrg = createOrgResolver(snapshot);
  const members: RosterMember[] = [];
  const seenIds = new Map<string, number>();
  const seenIdNumbers = new Map<string, number>();
  for (const [offset, cells] of body.entries()) {
    const row = offset + 2;
    const values: RowValues = {};
    for (const [key, at] of located) {
      const cell = restoreDefused((cells[at.index] ?? '').trim());
      if (cell !== '') values[key] = dateKeys.has(key) ? normaliseDate(cell) : cell;
    }
    const member = rowToMember(values, row, located, resolveOrg, issues);
    const before = issues.length;
    checkDuplicates(values, row, located, snapshot, seenIds, seenIdNumbers, issues);
    if (member && issues.length === before) validateRow(member, row, located, issues, members);
    if ((offset + 1) % every === 0 && offset + 1 < body.length) yield { done: offset + 1, total: body.length };
  }
  yield { done: body.length, total: body.length };
  return issues.length > 0 ? err(issues) : ok(members);
}

/**
 * Reads a 党员花名册 (rows of text cells, header first) into member inputs for `importMembers`, or
 * lists every problem — row, column, rule and message in both languages — without echoing
 * personal data. Nothing is written here; the import command writes all rows or none.
 */
export function parseRoster(
  rows: readonly (readonly string[])[],
  snapshot: Pick<Snapshot, 'orgs' | 'members'>,
  options: ParseRosterOptions = {},
): RosterResult {
  const steps = rosterSteps(rows, snapshot, options.progressEvery ?? 1000);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value.done, step.value.total);
  }
}

/**
 * `parseRoster` that hands control back between chunks through `pause` (the caller's scheduler,
 * e.g. `() => new Promise(requestAnimationFrame)`), so a page can paint progress while a large
 * file is checked. Core never schedules anything itself.
 */
export async function parseRosterInChunks(
  rows: readonly (readonly string[])[],
  snapshot: Pick<Snapshot, 'orgs' | 'members'>,
  options: ParseRosterOptions & { readonly pause: () => Promise<void> },
): Promise<RosterResult> {
  const steps = rosterSteps(rows, snapshot, options.progressEvery ?? 1000);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value.done, step.value.total);
    await options.pause();
  }
}

function rowToMember(
  values: RowValues,
  row: number,
  located: ReadonlyMap<RosterKey, Located>,
  resolveOrg: ReturnType<typeof createOrgResolver>,
  issues: RosterIssue[],
): RosterMember | undefined {
  const before = issues.length;
  const pick = (key: RosterKey): string | undefined => {
    const value = values[key];
    return value === undefined ? undefined : coded(key, value, row, located.get(key)!, issues);
  };
  const org = (key: 'relationOrg' | 'managingOrg'): string | undefined => {
    const value = values[key];
    if (value === undefined) return undefined;
    const resolved = resolveOrg(value);
    if ('orgId' in resolved) return resolved.orgId;
    issues.push(
      issue(
        row,
        located.get(key),
        resolved.problem === 'ambiguous' ? rosterMessages.ambiguousOrg : rosterMessages.unknownOrg,
        {
          value: quoteCell(value),
        },
      ),
    );
    return undefined;
  };
  const member = {
    id: values.id,
    name: values.name,
    gender: pick('gender'),
    birthDate: values.birthDate,
    idNumber: values.idNumber,
    phone: values.phone,
    ethnicity: values.ethnicity,
    education: pick('education'),
    stage: pick('stage'),
    joinedOn: values.joinedOn,
    fullMemberOn: values.fullMemberOn,
    relationOrgId: org('relationOrg'),
    managingOrgId: org('managingOrg'),
    employment: pick('employment'),
    employer: values.employer === undefined ? undefined : { name: values.employer },
  };
  if (issues.length > before) return undefined;
  // Still unchecked: `validateRow` parses it against the register schema next.
  return Object.fromEntries(
    Object.entries(member).filter(([, value]) => value !== undefined),
  ) as unknown as RosterMember;
}

function checkDuplicates(
  values: RowValues,
  row: number,
  located: ReadonlyMap<RosterKey, Located>,
  snapshot: Pick<Snapshot, 'members'>,
  seenIds: Map<string, number>,
  seenIdNumbers: Map<string, number>,
  issues: RosterIssue[],
): void {
  if (values.id !== undefined) {
    const earlier = seenIds.get(values.id);
    if (earlier !== undefined || snapshot.members.has(values.id)) {
      const where =
        earlier !== undefined
          ? { 'zh-CN': `第 ${earlier} 行`, en: `row ${earlier}` }
          : { 'zh-CN': '系统中', en: 'in the system' };
      issues.push(issue(row, located.get('id'), rosterMessages.duplicateId, { value: quoteCell(values.id), where }));
    } else seenIds.set(values.id, row);
  }
  if (values.idNumber !== undefined) {
    const key = values.idNumber.toUpperCase();
    const other = seenIdNumbers.get(key);
    const taken = uniqueIndex(snapshot.members, 'idNumber', PersistentMap.empty()).has(key);
    if (taken) issues.push(issue(row, located.get('idNumber'), rosterMessages.idNumberTaken));
    else if (other !== undefined)
      issues.push(issue(row, located.get('idNumber'), rosterMessages.duplicateIdNumber, { other }));
    else seenIdNumbers.set(key, row);
  }
}

const fieldToKey: Readonly<Record<string, RosterKey>> = {
  relationOrgId: 'relationOrg',
  managingOrgId: 'managingOrg',
  employer: 'employer',
};

/** The row's birth date and ID number agree, or one gives the other (the command's own check, reported per cell). */
function birthDateAgrees(
  member: { readonly id: string; readonly birthDate?: string | undefined; readonly idNumber?: string | undefined },
  row: number,
  located: ReadonlyMap<RosterKey, Located>,
  issues: RosterIssue[],
): boolean {
  try {
    checkedBirthDate(member.birthDate, member.idNumber, {
      subject: { collection: 'members', id: member.id },
      field: 'birthDate',
    });
    return true;
  } catch (error) {
    if (!(error instanceof DangjianError)) throw error;
    issues.push(issue(row, located.get('birthDate'), rosterMessages.invalid, { detail: error.text }));
    return false;
  }
}

function validateRow(
  member: RosterMember,
  row: number,
  located: ReadonlyMap<RosterKey, Located>,
  issues: RosterIssue[],
  members: RosterMember[],
): void {
  const parsed = registerMember.input.safeParse(member, { reportInput: true });
  if (parsed.success) {
    if (birthDateAgrees(parsed.data, row, located, issues)) members.push(member);
    return;
  }
  for (const fieldIssue of toFieldIssues(parsed.error)) {
    const field = fieldIssue.field.split('.')[0]!;
    const key = (fieldToKey[field] ?? field) as RosterKey;
    const at = located.get(key);
    issues.push(
      at
        ? issue(row, at, rosterMessages.invalid, { detail: fieldIssue.text })
        : { ...issue(row, undefined, rosterMessages.missingColumn, { header: verbatim(key) }), header: key },
    );
  }
}
