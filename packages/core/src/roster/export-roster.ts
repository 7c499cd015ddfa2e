import type { Locale } from '../i18n/locale.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { maskIdNumber, maskPhone } from '../schema/id-number.js';
import type { Member } from '../schema/member.js';
import { orgPath } from './resolve-org.js';
import { rosterColumns, rosterVocabulary, type RosterKey } from './roster-template.js';

export interface ExportRosterOptions {
  /** Show ID numbers and phones in full. Off by default: unmasking is its own permission, and audited. */
  readonly unmask?: boolean;
  /** Header and coded-value language; zh-CN by default, which the import reads back. */
  readonly locale?: Locale;
}

/** The first word of the vocabulary in the wanted script for each stored code (男 for male …). */
function wordFor(key: RosterKey, code: string | undefined, locale: Locale): string {
  if (code === undefined) return '';
  const vocabulary = rosterVocabulary[key];
  if (!vocabulary) return code;
  const wantChinese = locale === 'zh-CN';
  const match = Object.entries(vocabulary).find(
    ([word, value]) => value === code && /[^\p{ASCII}]/u.test(word) === wantChinese,
  );
  return match?.[0] ?? code;
}

function cellFor(
  key: RosterKey,
  member: Member,
  snapshot: Pick<Snapshot, 'orgs'>,
  options: ExportRosterOptions,
): string {
  const locale = options.locale ?? 'zh-CN';
  switch (key) {
    case 'idNumber':
      return member.idNumber === undefined ? '' : options.unmask ? member.idNumber : maskIdNumber(member.idNumber);
    case 'phone':
      return member.phone === undefined ? '' : options.unmask ? member.phone : maskPhone(member.phone);
    case 'relationOrg':
      return orgPath(snapshot, member.relationOrgId);
    case 'managingOrg':
      return member.managingOrgId === member.relationOrgId ? '' : orgPath(snapshot, member.managingOrgId);
    case 'employer':
      return member.employer?.name ?? '';
    case 'gender':
    case 'stage':
    case 'education':
    case 'employment':
      return wordFor(key, member[key], locale);
    default:
      return member[key] ?? '';
  }
}

/**
 * A roster as rows of text in the import template's columns, header first: what the CSV and
 * xlsx writers put in a file. ID numbers and phones are masked unless `unmask` is set; org
 * references are written as full paths, which the import reads back.
 */
export function rosterRows(
  members: Iterable<Member>,
  snapshot: Pick<Snapshot, 'orgs'>,
  options: ExportRosterOptions = {},
): string[][] {
  const locale = options.locale ?? 'zh-CN';
  const rows = [rosterColumns.map((column) => column.header[locale])];
  for (const member of members)
    rows.push(rosterColumns.map((column) => cellFor(column.key, member, snapshot, options)));
  return rows;
}
