import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { cssProperties } from '../shared/css-properties.js';
import type { Say } from '../shared/say.js';
import { memberRosterMessages as messages } from './messages.js';
import type { OrgOption } from './org-options.js';

/**
 * Above this many orgs the org filter is a search box instead of a `<select>`: a street's
 * `<select>` is fine, a city's 7,629 options are slow to build, to scan (axe took 29 s over them)
 * and to use.
 */
export const orgSelectLimit = 200;

/** How many matching orgs the list shows; typing more of a name narrows it. */
const shownMatches = 50;

const listId = 'filter-org-list';
const optionId = (index: number): string => `filter-org-option-${index}`;

export interface OrgSearchProps {
  readonly value: string | undefined;
  readonly orgs: readonly OrgOption[];
  readonly label: string;
  readonly say: Say;
  readonly onChange: (value: string | undefined) => void;
}

/**
 * The org filter as an ARIA 1.2 combobox (editable, list autocomplete): type part of a name, move
 * with the arrows, Enter chooses, Escape closes. Index 0 of the list is "all".
 */
export class OrgSearch implements ReactiveController {
  /** The text being typed; undefined while not editing (the box shows the chosen org's name). */
  #query: string | undefined;
  #open = false;
  #active = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#close();
  }

  render(props: OrgSearchProps): TemplateResult {
    const { matches, more } = this.#matches(props.orgs);
    const chosen = props.orgs.find((org) => org.id === props.value)?.name ?? '';
    const active = Math.min(this.#active, matches.length);
    const choose = (value: string | undefined): void => this.#choose(props, value);
    return html`<span class="filter org-search">
      <label for="filter-org">${props.label}</label>
      <input
        id="filter-org"
        part="filter"
        data-filter="org"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${String(this.#open)}
        aria-controls=${listId}
        aria-activedescendant=${this.#open ? optionId(active) : nothing}
        placeholder=${props.say(messages.all)}
        .value=${live(this.#query ?? chosen)}
        @input=${(event: Event) => this.#type((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.#key(event, matches, active, choose)}
        @blur=${() => this.#close()}
      />
      <ul
        id=${listId}
        role="listbox"
        part="filter-options"
        aria-label=${props.label}
        ?hidden=${!this.#open}
        @mousedown=${(event: Event) => event.preventDefault()}
      >
        ${this.#option(0, { id: '', name: props.say(messages.all), depth: 0, parentName: undefined }, active, choose)}
        ${matches.map((org, index) => this.#option(index + 1, org, active, choose))}
        ${
          more > 0
            ? html`<li class="more" role="presentation">${props.say(messages.moreOrgs, { count: more })}</li>`
            : nothing
        }
      </ul>
    </span>`;
  }

  #option(
    index: number,
    org: Pick<OrgOption, 'id' | 'name' | 'depth' | 'parentName'>,
    active: number,
    choose: (value: string | undefined) => void,
  ): TemplateResult {
    return html`<li
      id=${optionId(index)}
      role="option"
      aria-selected=${String(index === active)}
      data-value=${org.id}
      ${cssProperties({ '--_dj-depth': org.depth })}
      @click=${() => choose(org.id || undefined)}
    >
      ${org.name}${org.parentName ? html`<span class="parent">（${org.parentName}）</span>` : nothing}
    </li>`;
  }

  /** Orgs whose name holds the typed text, in tree order; the first ones only. */
  #matches(orgs: readonly OrgOption[]): { matches: readonly OrgOption[]; more: number } {
    const query = (this.#query ?? '').trim().toLocaleLowerCase();
    const holds = (org: OrgOption): boolean =>
      org.name.toLocaleLowerCase().includes(query) || (org.parentName?.toLocaleLowerCase().includes(query) ?? false);
    const all = query === '' ? orgs : orgs.filter(holds);
    return { matches: all.slice(0, shownMatches), more: Math.max(0, all.length - shownMatches) };
  }

  #type(text: string): void {
    this.#query = text;
    this.#open = true;
    // With something typed, the first match is where Enter lands; with nothing, "all".
    this.#active = text.trim() === '' ? 0 : 1;
    this.host.requestUpdate();
  }

  #key(event: KeyboardEvent, matches: readonly OrgOption[], active: number, choose: (value?: string) => void): void {
    const last = matches.length;
    const move = (to: number): void => {
      event.preventDefault();
      this.#open = true;
      this.#active = Math.max(0, Math.min(last, to));
      this.host.requestUpdate();
    };
    if (event.key === 'ArrowDown') move(this.#open ? active + 1 : active);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'Home' && this.#open) move(0);
    else if (event.key === 'End' && this.#open) move(last);
    else if (event.key === 'Enter' && this.#open) {
      event.preventDefault();
      choose(active === 0 ? undefined : matches[active - 1]!.id);
    } else if (event.key === 'Escape' && this.#open) {
      event.preventDefault();
      this.#close();
    }
  }

  #choose(props: OrgSearchProps, value: string | undefined): void {
    this.#close();
    if (value !== props.value) props.onChange(value);
  }

  #close(): void {
    if (this.#query === undefined && !this.#open) return;
    this.#query = undefined;
    this.#open = false;
    this.#active = 0;
    this.host.requestUpdate();
  }
}
