import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { memo } from '../shared/memo.js';
import type { Say } from '../shared/say.js';
import { rulesPlaygroundMessages as messages } from './messages.js';
import { parseJson, type Parsed } from './parse-json.js';
import {
  inferKind,
  kindDefinitions,
  type KindRun,
  type PlaygroundCases,
  type PlaygroundKind,
  type PlaygroundSet,
} from './playground-kinds.js';
import { renderCadenceCase, renderCadenceChange } from './render-cadence.js';
import { renderPointsCase, renderPointsChange } from './render-points.js';
import { renderTenant } from './render-tenant.js';
import { renderCase, renderChange } from './render-trace.js';
import { rulesPlaygroundStyles } from './rules-playground.styles.js';
import { tenantRun, type AnyTenantRun } from './tenant-run.js';
import { todayInShanghai } from '../shared/today.js';

/** What one run found, by the kind of set; connected, a condition set also over the workspace's own members. */
type PlaygroundRun = KindRun & { readonly tenant?: AnyTenantRun };

const asText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Where a portal tests its local rules: a rule set (classification, dues bands, a meeting cadence
 * layer, a points scheme — `kind`) and its cases as JSON, each edit validated against core's schemas with every error shown under its field
 * with the path it is at. “Run” runs every case (core's `runRuleCases`) and shows, per case,
 * whether it passed, and for every rule whether it fired and why not — each condition with the
 * fact it read and the value found (core's `explainRuleSet`); the rules no case fires
 * (`ruleCoverage`); and which outcomes the edited set changes against the set first loaded, the
 * national base (`diffAgainstBase`). Connected to a workspace (inside a `<dj-provider>`), a run
 * also judges the tenant's own Party members on `as-of` by both sets and lists whose outcome the
 * edit changes (from core's `memberFacts`, which hold no ID number or phone); a cadence layer,
 * the tenant's orgs and their year of meetings; a points scheme, its members' totals. A cadence layer
 * runs its cases through `complianceReport` (each requirement's periods, held against the
 * minimum; the requirements no case applies to; the short periods the layer adds or removes
 * against the national rules); a points scheme through `scoreLedger` (each ledger line with its
 * cap or veto, each veto and exclusion with the fact it read; items no case reaches; each total
 * under the base and the edit). “Export” gives the edited set as a JSON file (a Blob URL,
 * allowed under a strict CSP) the kit loads. Nothing is evaluated: rules are data.
 *
 * @summary 规则试验台: edit a rule set and its cases as JSON, run them, see why each rule fired or not.
 *
 * @csspart title - The heading.
 * @csspart rule-set - The rule set's textarea.
 * @csspart cases - The cases' textarea.
 * @csspart issues - A textarea's list of schema errors.
 * @csspart run - The run button.
 * @csspart export - The export button.
 * @csspart download - The link to the exported file.
 * @csspart summary - How many cases pass.
 * @csspart results - The cases, each with its rules explained.
 * @csspart coverage - The rules no case fires.
 * @csspart changes - The outcomes the edit changed against the base.
 * @csspart tenant - Connected: the tenant's members (or orgs, for a cadence) whose outcome the edit changes.
 *
 * @cssproperty --dj-color-primary - Accent: the run button, failing cases.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Rule ids and passing marks.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjRulesPlayground extends DjElement {
  static override styles = rulesPlaygroundStyles;

  /**
   * The kind of set: `classification`, `dues`, `cadence` (a portal's layer over the national
   * meeting cadence) or `points` (a points scheme). When unset, read from the loaded `ruleSet`.
   */
  @property({ reflect: true })
  kind: PlaygroundKind | undefined;

  /** The set loaded into the editor, and the base its edits are compared with. Default: the kind's shipped set. */
  @property({ attribute: false })
  ruleSet: PlaygroundSet | undefined;

  /** The base the edited set is compared with; the loaded `ruleSet` when unset (a cadence layer: the national rules). */
  @property({ attribute: false })
  base: PlaygroundSet | undefined;

  /** The cases loaded into the editor. Default: the cases shipped beside the kind's set. */
  @property({ attribute: false })
  cases: PlaygroundCases | undefined;

  /** The date the tenant's members are judged on (`YYYY-MM-DD`); today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Level of the heading (1–6). Default 2. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  /** The rule set's JSON as the user edits it. */
  @state()
  ruleSetText = '';

  /** The cases' JSON as the user edits it. */
  @state()
  casesText = '';

  @state()
  private _run: PlaygroundRun | undefined;

  @state()
  private _compileError: string | undefined;

  @state()
  private _exportUrl: string | undefined;

  readonly #parsedRuleSet = memo((text: string, kind: PlaygroundKind) =>
    parseJson(text, kindDefinitions[kind].setSchema, this.say),
  );
  readonly #parsedCases = memo((text: string, kind: PlaygroundKind) =>
    parseJson(text, kindDefinitions[kind].casesSchema, this.say),
  );

  /** The kind in use: as set, else read from the loaded set. */
  get #kind(): PlaygroundKind {
    return this.kind ?? inferKind(this.ruleSet);
  }

  get #loadedSet(): PlaygroundSet {
    return this.ruleSet ?? kindDefinitions[this.#kind].ruleSet;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update loads the kind's shipped set and cases when none were given.
    const first = !this.hasUpdated;
    if (first || changed.has('ruleSet') || changed.has('kind')) this.ruleSetText = asText(this.#loadedSet);
    if (first || changed.has('cases') || changed.has('kind'))
      this.casesText = asText(this.cases ?? kindDefinitions[this.#kind].cases);
    if (changed.has('kind')) this._run = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._exportUrl) URL.revokeObjectURL(this._exportUrl);
  }

  /** Runs the cases against the edited set, if both are valid. What the Run button does. */
  run(): void {
    const kind = this.#kind;
    const ruleSet = this.#parsedRuleSet(this.ruleSetText, kind);
    const cases = this.#parsedCases(this.casesText, kind);
    this._run = undefined;
    this._compileError = undefined;
    if (ruleSet.issues || cases.issues) return;
    try {
      const base = this.base ?? this.#loadedSet;
      const run = kindDefinitions[kind].run(base, ruleSet.value, cases.value);
      const snapshot = this.workspaceSnapshot;
      const asOf = this.asOf ?? todayInShanghai();
      this._run = { ...run, ...(snapshot && { tenant: tenantRun(run.kind, snapshot, base, ruleSet.value, asOf) }) };
    } catch (error) {
      // A rule naming a lookup table the set lacks is valid JSON but cannot be compiled.
      this._compileError = (error as Error).message;
    }
  }

  /** Makes the edited set a downloadable JSON file (a Blob URL), and offers the link. */
  exportRuleSet(): void {
    const ruleSet = this.#parsedRuleSet(this.ruleSetText, this.#kind);
    if (ruleSet.issues) return;
    if (this._exportUrl) URL.revokeObjectURL(this._exportUrl);
    const blob = new Blob([asText(ruleSet.value)], { type: 'application/json' });
    this._exportUrl = URL.createObjectURL(blob);
  }

  protected override render(): TemplateResult {
    const say = this.say;
    const definition = kindDefinitions[this.#kind];
    const ruleSet = this.#parsedRuleSet(this.ruleSetText, this.#kind);
    const cases = this.#parsedCases(this.casesText, this.#kind);
    const fileName = `${definition.fileName(ruleSet.issues ? this.#loadedSet : ruleSet.value)}.json`;
    return html`
      ${heading(headingLevel(this.headingLevel, 2), say(messages.title), { part: 'title' })}
      <div class="editors">
        ${this.#editor('rule-set', say(messages.ruleSet), this.ruleSetText, ruleSet, (text) => (this.ruleSetText = text))}
        ${this.#editor('cases', say(messages.cases), this.casesText, cases, (text) => (this.casesText = text))}
      </div>
      <div class="actions">
        <button
          type="button"
          part="run"
          class="primary"
          ?disabled=${!!(ruleSet.issues || cases.issues)}
          @click=${() => this.run()}
        >
          ${say(messages.run)}
        </button>
        <button type="button" part="export" ?disabled=${!!ruleSet.issues} @click=${() => this.exportRuleSet()}>
          ${say(messages.export)}
        </button>
        ${
          this._exportUrl
            ? html`<a part="download" href=${this._exportUrl} download=${fileName}>${fileName}</a>`
            : nothing
        }
      </div>
      ${this._compileError ? html`<p class="alert" role="alert">${this._compileError}</p>` : nothing}
      ${this._run ? this.#renderRun(this._run) : nothing}
    `;
  }

  #editor(
    id: string,
    label: string,
    text: string,
    parsed: Parsed<unknown>,
    edit: (text: string) => void,
  ): TemplateResult {
    const invalid = !!parsed.issues;
    return html`<div class="editor">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        part=${id}
        spellcheck="false"
        rows="16"
        .value=${text}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${id}-issues` : nothing}
        @input=${(event: Event) => edit((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${
        parsed.issues
          ? html`<ul class="issues alert" id=${`${id}-issues`} part="issues" role="alert">
              ${parsed.issues.map((issue) => html`<li>${issue}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  #renderRun(run: PlaygroundRun): TemplateResult {
    const say = this.say;
    const passed = run.results.filter((result) => result.passed).length;
    const [uncovered, allCovered] =
      run.kind === 'conditions'
        ? [messages.uncovered, messages.allCovered]
        : run.kind === 'cadence'
          ? [messages.uncoveredRequirements, messages.allRequirementsCovered]
          : [messages.uncoveredItems, messages.allItemsCovered];
    return html`
      <p part="summary" class="summary" role="status">
        ${say(messages.summary, { passed, total: run.results.length })}
      </p>
      <div part="results">${renderResults(run, say)}</div>
      <section part="coverage" class="coverage" aria-label=${say(uncovered)}>
        ${
          run.uncovered.length
            ? html`<p>${say(uncovered)}:</p>
                <ul>
                  ${run.uncovered.map((id) => html`<li data-uncovered=${id}>${id}</li>`)}
                </ul>`
            : html`<p>${say(allCovered)}</p>`
        }
      </section>
      <section part="changes" class="changes" aria-label=${say(messages.changes)}>
        ${
          run.changes.length
            ? html`<p>${say(messages.changes)}:</p>
                <ul>
                  ${renderChanges(run, say)}
                </ul>`
            : html`<p>${say(messages.noChanges)}</p>`
        }
      </section>
      ${run.tenant ? renderTenant(run.tenant, say) : nothing}
    `;
  }
}

function renderResults(run: KindRun, say: Say): TemplateResult[] {
  if (run.kind === 'cadence') return run.results.map((result) => renderCadenceCase(result, say));
  if (run.kind === 'points') return run.results.map((result) => renderPointsCase(result, say));
  return run.results.map((result) => renderCase(result, say));
}

function renderChanges(run: KindRun, say: Say): TemplateResult[] {
  if (run.kind === 'cadence') return run.changes.map((change) => renderCadenceChange(change, say));
  if (run.kind === 'points') return run.changes.map((change) => renderPointsChange(change, say));
  return run.changes.map((change) => renderChange(change, say));
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-rules-playground': DjRulesPlayground;
  }
}
