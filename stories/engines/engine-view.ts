import { createElement as h, type ReactElement } from 'react';
import { engineDoc } from './engine-docs.js';

/**
 * An engine's page body: what its report's `data` holds and every rule its findings name, with
 * the rule's version, article, whether it is confirmed, its label and its message in both
 * languages. Generated from the engines' README and the rule catalogue when Storybook builds.
 */
export function EnginePage({ name }: { readonly name: string }): ReactElement {
  const doc = engineDoc(name);
  if (!doc) return h('p', null, `No engine named ${name}.`);
  const cell = (text: string | undefined) => h('td', null, text ?? '—');
  return h(
    'div',
    { 'data-engine': name },
    h(
      'p',
      null,
      h('code', null, `${name}(…)`),
      ' returns ',
      h('code', null, '{ findings, data }'),
      '. ',
      h('strong', null, 'data'),
      `: ${doc.data}.`,
    ),
    h('h2', null, `Findings (${doc.rules.length} rules)`),
    doc.rules.length === 0
      ? h('p', null, 'This engine reports figures only: it finds nothing wrong by itself.')
      : h(
          'table',
          null,
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              ...['rule', 'version', 'article', 'confirmed', 'label', 'message'].map((each) =>
                h('th', { key: each }, each),
              ),
            ),
          ),
          h(
            'tbody',
            null,
            doc.rules.map((rule) =>
              h(
                'tr',
                { key: rule.id },
                h('td', null, h('code', null, rule.id)),
                cell(rule.version),
                cell(rule.article),
                cell(rule.confirmed ? 'yes' : 'no'),
                h('td', null, rule.label['zh-CN'], h('br'), h('small', null, rule.label.en)),
                h('td', null, rule.message.templates['zh-CN'], h('br'), h('small', null, rule.message.templates.en)),
              ),
            ),
          ),
        ),
  );
}
