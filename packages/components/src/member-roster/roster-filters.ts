import { careFlags, memberCategories, stages, type CompiledRuleSet, type Locale } from '@dangjian/core';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { labelOf, stageLabels } from '../shared/member-labels.js';
import type { Say } from '../shared/say.js';
import { orgSelectLimit, type OrgSearch } from './org-search.js';
import type { OrgOption } from './org-options.js';
import { memberRosterMessages } from './messages.js';

export interface FilterValues {
  readonly category: string | undefined;
  readonly care: string | undefined;
  readonly org: string | undefined;
  readonly stage: string | undefined;
}

export type FilterName = keyof FilterValues;

interface Choice {
  readonly value: string;
  readonly label: string;
}

function select(
  name: FilterName,
  label: string,
  value: string | undefined,
  choices: readonly Choice[],
  locale: Locale,
  onChange: (name: FilterName, value: string | undefined) => void,
): TemplateResult {
  const id = `filter-${name}`;
  return html`<span class="filter">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      part="filter"
      data-filter=${name}
      .value=${live(value ?? '')}
      @change=${(event: Event) => onChange(name, (event.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" ?selected=${!value}>${memberRosterMessages.all[locale]}</option>
      ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
    </select>
  </span>`;
}

const careSet = new Set<string>(careFlags);

/** The kit's categories, then those a portal's own rules add (anything they yield that is not a care flag). */
const categoriesOf = (rules: Pick<CompiledRuleSet<never>, 'yields'>): string[] => [
  ...new Set([...memberCategories, ...rules.yields.filter((yields) => !careSet.has(yields))]),
];

export interface FilterContext {
  readonly locale: Locale;
  readonly say: Say;
  /** The org filter once there are too many orgs for a `<select>`. */
  readonly orgSearch: OrgSearch;
  readonly onChange: (name: FilterName, value: string | undefined) => void;
}

/**
 * The four filters as labelled native selects (keyboard and screen-reader support come with
 * them), except a city's orgs: those are searched (see org-search.ts).
 */
export function renderFilters(
  values: FilterValues,
  orgs: readonly OrgOption[],
  rules: Pick<CompiledRuleSet<never>, 'labelOf' | 'yields'>,
  { locale, say: sayIn, orgSearch, onChange }: FilterContext,
): TemplateResult {
  const labelled = (ids: readonly string[]): Choice[] =>
    ids.map((id) => ({ value: id, label: labelOf(id, rules)[locale] }));
  const say = memberRosterMessages;
  const orgFilter =
    orgs.length > orgSelectLimit
      ? orgSearch.render({
          value: values.org,
          orgs,
          label: say.org[locale],
          say: sayIn,
          onChange: (value) => onChange('org', value),
        })
      : select(
          'org',
          say.org[locale],
          values.org,
          orgs.map((org) => ({ value: org.id, label: org.label })),
          locale,
          onChange,
        );
  return html`<div class="filters" part="filters" role="group" aria-label=${say.filters[locale]}>
    ${select('category', say.category[locale], values.category, labelled(categoriesOf(rules)), locale, onChange)}
    ${select('care', say.care[locale], values.care, labelled(careFlags), locale, onChange)} ${orgFilter}
    ${select(
      'stage',
      say.stage[locale],
      values.stage,
      stages.map((stage) => ({ value: stage, label: stageLabels[stage][locale] })),
      locale,
      onChange,
    )}
  </div>`;
}
