import { createElement as h, type ReactElement } from 'react';
import { ruleRows, ruleTableHeader, type RuleTableFile } from './rule-table.js';

/**
 * A rule table's page body, from its JSON: the sources, every entry that cites an article, and
 * the researchers' notes. Plain `createElement` (no JSX build step for this one file).
 */
export function RuleTable({ file }: { readonly file: RuleTableFile }): ReactElement {
  const header = ruleTableHeader(file);
  const rows = ruleRows(file);
  const confirmed = rows.filter((row) => row.confirmed).length;
  return h(
    'div',
    null,
    h('p', null, h('strong', null, header.title), ` — as of ${header.asOf}. ${header.schemaNote}`),
    h('h2', null, 'Sources'),
    h(
      'ul',
      null,
      header.sources.map((source) =>
        h(
          'li',
          { key: source.id },
          `${source.name}`,
          source.article ? ` — ${source.article}` : '',
          h('code', null, ` ${source.id}`),
        ),
      ),
    ),
    h('h2', null, `Articles (${rows.length} entries, ${confirmed} confirmed)`),
    h(
      'div',
      { style: { overflowX: 'auto' } },
      h(
        'table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ...['entry', 'rule', 'figures', 'article', 'confirmed'].map((name) => h('th', { key: name }, name)),
          ),
        ),
        h(
          'tbody',
          null,
          rows.map((row) =>
            h(
              'tr',
              { key: row.path },
              h('td', null, h('strong', null, row.label), h('br'), h('small', null, h('code', null, row.path))),
              h('td', null, row.rule),
              h('td', null, row.figures),
              h('td', null, row.article, h('br'), h('small', null, row.source)),
              h('td', null, row.confirmed === undefined ? '—' : row.confirmed ? 'yes' : 'no'),
            ),
          ),
        ),
      ),
    ),
    h('h2', null, 'Notes'),
    h(
      'ul',
      null,
      header.notes.map((note, index) => h('li', { key: index }, note)),
    ),
  );
}
