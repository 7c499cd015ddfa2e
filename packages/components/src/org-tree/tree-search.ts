import type { OrgTreeModel } from './tree-model.js';

/** The outcome of a search: which orgs matched, and which are shown (the matches and their ancestors). */
export interface OrgSearch {
  readonly query: string;
  readonly matches: ReadonlySet<string>;
  readonly included: ReadonlySet<string>;
}

/** One piece of a name, marked when it is (part of) a match. */
export interface NamePart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Case-folds Latin letters only. Names are mostly Chinese, which has no case; a per-character
 * fold keeps indices aligned with the original name (a whole-string `toLowerCase` may change
 * the length of some scripts), so highlighting can cut the original at the same places.
 */
function fold(text: string): string {
  return Array.from(text, (char) => {
    const lower = char.toLowerCase();
    return lower.length === char.length ? lower : char;
  }).join('');
}

/** The trimmed query, or undefined when there is nothing to search for. */
export function normalizeQuery(raw: string | undefined): string | undefined {
  const query = raw?.trim();
  return query ? query : undefined;
}

/**
 * Orgs whose name contains the query (substring, Latin case ignored), plus every ancestor of
 * each, so a match is always shown where it sits in the hierarchy.
 */
export function searchOrgs(model: OrgTreeModel, query: string): OrgSearch {
  const needle = fold(query);
  const matches = new Set<string>();
  const included = new Set<string>();
  for (const org of model.orgs()) {
    if (!fold(org.name).includes(needle)) continue;
    matches.add(org.id);
    included.add(org.id);
    for (const id of model.ancestorIds(org.id)) {
      if (included.has(id)) break;
      included.add(id);
    }
  }
  return { query, matches, included };
}

/** Splits a name around every occurrence of the query, for `<mark>`-ing the matches. */
export function nameParts(name: string, query: string | undefined): NamePart[] {
  if (!query) return [{ text: name, match: false }];
  const haystack = fold(name);
  const needle = fold(query);
  const parts: NamePart[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push({ text: name.slice(from, at), match: false });
    parts.push({ text: name.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < name.length) parts.push({ text: name.slice(from), match: false });
  return parts;
}
