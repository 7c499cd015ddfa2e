import {
  coverageReport,
  unitKindLabels,
  unitKinds,
  type Coverage,
  type CoverageReport,
  type Snapshot,
  type Unit,
  type UnitKind,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { heading, headingLevel } from '../shared/heading.js';
import { rovingIndex } from '../shared/roving.js';
import { coverageLabels, formationFilterLabels } from '../shared/unit-labels.js';
import { DjElement } from '../shared/dj-element.js';
import { memo } from '../shared/memo.js';
import {
  boardSections,
  formationFilters,
  otherFindings,
  type BoardItem,
  type BoardSection,
  type FormationFilter,
} from './board-model.js';
import { coverageBoardStyles } from './coverage-board.styles.js';
import { DjUnitSelectEvent } from './events.js';
import { coverageBoardMessages } from './messages.js';

/** The tables the coverage engine reads. */
export type CoverageSnapshot = Pick<Snapshot, 'orgs' | 'units'>;

/** Space-separated words in an attribute, e.g. `kinds="privateEnterprise socialOrganisation"`. */
function wordsConverter<T extends string>(allowed: readonly T[]) {
  return {
    fromAttribute: (value: string | null): T[] | undefined => {
      if (value === null) return undefined;
      return value.split(/\s+/).filter((word): word is T => (allowed as readonly string[]).includes(word));
    },
    toAttribute: (value: readonly T[] | undefined): string | null => (value?.length ? value.join(' ') : null),
  };
}

/**
 * The units of a jurisdiction (驻区单位, 两新组织) by how the Party covers them: **blank spots
 * (空白点) first**, then work coverage (工作覆盖, a dispatched instructor 派建), then organisation
 * coverage (组织覆盖: 单建, 联建, 挂建) — each unit with the engine's reason.
 *
 * Three ways to feed it, the first set wins:
 * - `.report` (a `CoverageReport` from core's `coverageReport`, e.g. computed on a server) with
 *   `.units` for the names;
 * - `.snapshot` (any object with the `orgs` and `units` tables): the element runs the engine;
 * - inside a `<dj-provider>`: the element runs the engine on the workspace after every command.
 *
 * `kinds` keeps only units of those kinds (e.g. `kinds="privateEnterprise socialOrganisation"`
 * for the 两新组织) when the element runs the engine; a given `.report` is shown as it is.
 * The formation buttons (单建 / 联建 / 挂建 / 派建 / 未覆盖) filter the lists; none pressed shows all.
 *
 * **Keyboard**: the filter buttons are ordinary toggle buttons; each state's list is one tab
 * stop (WAI-ARIA listbox): Up/Down/Home/End move, Enter/Space select.
 *
 * @summary Units by coverage state — blank spots first — with reasons, counts and a formation filter.
 *
 * @event {DjUnitSelectEvent} dj-unit-select - A reader chose a unit. `event.unitId`, `event.detail.unit`, `event.detail.coverage`. Cancelable: cancel to keep the current selection.
 *
 * @csspart summary - The totals per coverage state.
 * @csspart filters - The group of formation toggle buttons.
 * @csspart filter - Each formation toggle button (`aria-pressed`).
 * @csspart section - Each coverage state's section; also `section-none`, `section-work`, `section-organisation`.
 * @csspart heading - A section's heading.
 * @csspart list - A section's list of units (`role="listbox"`).
 * @csspart unit - Each unit (`role="option"`); the selected one also `unit-selected`.
 * @csspart name - A unit's name.
 * @csspart kind - A unit's kind: 机关, 事业单位, 国有企业, 非公企业, 社会组织.
 * @csspart formation - A unit's formation badge: 单建, 联建, 挂建, 派建, 未覆盖.
 * @csspart reason - Why the unit is in its state.
 * @csspart finding - A finding about the unit (e.g. it could form its own branch).
 * @csspart empty - The text of a section with no units.
 * @csspart loading - The text shown while no data has arrived.
 *
 * @cssproperty --dj-color-primary - Accent: blank spots, pressed filters, focus ring. Default 党建红 #c8161d.
 * @cssproperty --dj-color-primary-subtle - Background of pressed filters and the selected unit.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Reasons and secondary text.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-hover - Background of a unit under the pointer.
 * @cssproperty --dj-color-border - Card and button borders.
 * @cssproperty --dj-color-focus - Focus ring; defaults to the primary colour.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjCoverageBoard extends DjElement {
  static override styles = coverageBoardStyles;

  /** A coverage report computed elsewhere (data-in). Wins over `.snapshot` and the workspace. */
  @property({ attribute: false })
  report: CoverageReport | undefined;

  /** The units a `.report` is about, for their names and kinds. */
  @property({ attribute: false })
  units: readonly Unit[] | undefined;

  /** The state to analyse (data-in): anything with the `orgs` and `units` tables of a snapshot. */
  @property({ attribute: false })
  snapshot: CoverageSnapshot | undefined;

  /** Only units of these kinds, space-separated in the attribute. All kinds when unset. */
  @property({ converter: wordsConverter(unitKinds) })
  kinds: readonly UnitKind[] | undefined;

  /** The formations shown (space-separated: standalone joint attached instructor none). All when empty. */
  @property({ converter: wordsConverter(formationFilters), reflect: true })
  formations: readonly FormationFilter[] = [];

  /** Id of the selected unit. */
  @property()
  selected: string | undefined;

  /** Level of the section headings (1–6), to fit the page's outline. Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  /** The unit holding the tab stop of its list. */
  @state()
  private _activeId: string | undefined;

  /** The engine's report, run again only when the units, the orgs or the kinds change. */
  readonly #analyse = memo(
    (snapshot: CoverageSnapshot, kinds: readonly UnitKind[] | undefined) =>
      coverageReport(snapshot, kinds ? { kinds } : {}),
    (snapshot, kinds) => [snapshot.units, snapshot.orgs, kinds],
  );

  protected override render(): TemplateResult {
    const report = this.#report();
    if (!report) {
      return html`<p class="status" part="loading" role="status">${this.say(coverageBoardMessages.loading)}</p>`;
    }
    const sections = boardSections(report, (id) => this.#unit(id), new Set(this.formations));
    return html`<div class="board" role="region" aria-label=${this.say(coverageBoardMessages.label)}>
      ${this.#renderSummary(report)} ${this.#renderFilters(report)}
      ${sections.map((section) => this.#renderSection(section))} ${this.#renderOtherFindings(report)}
    </div>`;
  }

  /** The report shown: given, or the engine's over the given snapshot or the workspace (cached). */
  #report(): CoverageReport | undefined {
    if (this.report) return this.report;
    const snapshot = this.snapshot ?? this.workspaceSnapshot;
    if (!snapshot) return undefined;
    return this.#analyse(snapshot, this.kinds);
  }

  #unit(unitId: string): Unit | undefined {
    if (this.report) return this.units?.find((unit) => unit.id === unitId);
    return (this.snapshot ?? this.workspaceSnapshot)?.units.get(unitId);
  }

  #renderSummary(report: CoverageReport): TemplateResult {
    const text = (label: { 'zh-CN': string; en: string }) => this.say(label);
    return html`<dl class="summary" part="summary">
      ${(['none', 'work', 'organisation'] as const).map(
        (coverage) =>
          html`<div class="total total-${coverage}">
            <dt>${text(coverageLabels[coverage])}</dt>
            <dd>${report.data.counts[coverage]}</dd>
          </div>`,
      )}
      <div class="total">
        <dt>${text(coverageBoardMessages.total)}</dt>
        <dd>${report.data.units.length}</dd>
      </div>
    </dl>`;
  }

  #renderFilters(report: CoverageReport): TemplateResult {
    const pressed = new Set(this.formations);
    return html`<div class="filters" part="filters" role="group" aria-label=${this.say(coverageBoardMessages.filter)}>
      <button
        class="filter"
        part="filter"
        type="button"
        aria-pressed=${String(pressed.size === 0)}
        @click=${() => this.#setFormations([])}
      >
        ${this.say(coverageBoardMessages.all)} <span class="filter-count">${report.data.units.length}</span>
      </button>
      ${formationFilters.map(
        (formation) =>
          html`<button
            class="filter"
            part="filter"
            type="button"
            data-formation=${formation}
            aria-pressed=${String(pressed.has(formation))}
            @click=${() => this.#toggleFormation(formation)}
          >
            ${this.say(formationFilterLabels[formation])}
            <span class="filter-count">${report.data.byFormation[formation]}</span>
          </button>`,
      )}
    </div>`;
  }

  #renderSection(section: BoardSection): TemplateResult {
    const id = `section-${section.coverage}`;
    const level = headingLevel(this.headingLevel, 3);
    const title = html`${this.say(coverageLabels[section.coverage])}
      <span class="section-count">${section.items.length}</span>`;
    return html`<section class="section section-${section.coverage}" part="section ${id}" aria-labelledby=${id}>
      ${heading(level, title, { id, part: 'heading' })}
      ${section.items.length === 0 ? this.#renderEmpty(section.coverage) : this.#renderList(section, id)}
    </section>`;
  }

  #renderEmpty(coverage: Coverage): TemplateResult {
    const filtered = this.formations.length > 0;
    const message =
      coverage === 'none' && !filtered ? coverageBoardMessages.noBlankSpots : coverageBoardMessages.noneInSection;
    return html`<p class="empty" part="empty">
      ${this.say(message)}${filtered ? this.say(coverageBoardMessages.filteredOut) : nothing}
    </p>`;
  }

  #renderList(section: BoardSection, labelledBy: string): TemplateResult {
    const ids = section.items.map((item) => item.coverage.unitId);
    const tabStop = [this._activeId, this.selected].find((id) => id !== undefined && ids.includes(id)) ?? ids[0];
    return html`<ul
      class="list"
      part="list"
      role="listbox"
      aria-labelledby=${labelledBy}
      @keydown=${(event: KeyboardEvent) => this.#onListKeyDown(event, section)}
    >
      ${repeat(
        section.items,
        (item) => item.coverage.unitId,
        (item) => this.#renderItem(item, item.coverage.unitId === tabStop),
      )}
    </ul>`;
  }

  #renderItem(item: BoardItem, tabStop: boolean): TemplateResult {
    const { coverage, unit } = item;
    const selected = coverage.unitId === this.selected;
    const formation = coverage.formation ?? 'none';
    return html`<li
      class="unit"
      part=${selected ? 'unit unit-selected' : 'unit'}
      role="option"
      aria-selected=${String(selected)}
      tabindex=${tabStop ? 0 : -1}
      data-unit-id=${coverage.unitId}
      @click=${() => this.#select(item)}
      @focus=${() => (this._activeId = coverage.unitId)}
    >
      <span class="unit-head">
        <span class="name" part="name">${unit?.name ?? coverage.unitId}</span>
        ${unit ? html`<span class="kind" part="kind">${this.say(unitKindLabels[unit.kind])}</span>` : nothing}
        <span class="formation formation-${formation}" part="formation"
          >${this.say(formationFilterLabels[formation])}</span
        >
      </span>
      <span class="reason" part="reason">${this.say(coverage.reason.text)}</span>
      ${item.findings.map((finding) => html`<span class="finding" part="finding">${this.say(finding.text)}</span>`)}
    </li>`;
  }

  #renderOtherFindings(report: CoverageReport): TemplateResult | typeof nothing {
    const findings = otherFindings(report);
    if (findings.length === 0) return nothing;
    const level = headingLevel(this.headingLevel, 3);
    return html`<section class="section" part="section section-findings" aria-labelledby="section-findings">
      ${heading(level, this.say(coverageBoardMessages.otherFindings), {
        id: 'section-findings',
        part: 'heading',
      })}
      <ul class="findings">
        ${findings.map((finding) => html`<li class="finding" part="finding">${this.say(finding.text)}</li>`)}
      </ul>
    </section>`;
  }

  #toggleFormation(formation: FormationFilter): void {
    const next = new Set(this.formations);
    if (next.has(formation)) next.delete(formation);
    else next.add(formation);
    this.#setFormations(formationFilters.filter((value) => next.has(value)));
  }

  #setFormations(formations: readonly FormationFilter[]): void {
    this.formations = formations;
  }

  #select(item: BoardItem): void {
    const unitId = item.coverage.unitId;
    this._activeId = unitId;
    const event = new DjUnitSelectEvent({ unitId, unit: item.unit, coverage: item.coverage });
    if (this.dispatchEvent(event)) this.selected = unitId;
  }

  #onListKeyDown(event: KeyboardEvent, section: BoardSection): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = section.items.findIndex((item) => item.coverage.unitId === this.#focusedUnitId());
    if (current === -1) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(section.items[current]!);
      return;
    }
    const next = rovingIndex(event.key, current, section.items.length, 'vertical');
    if (next === undefined) return;
    event.preventDefault();
    void this.#focusUnit(section.items[next]!.coverage.unitId);
  }

  #focusedUnitId(): string | undefined {
    return (this.shadowRoot?.activeElement as HTMLElement | null)?.dataset['unitId'];
  }

  async #focusUnit(unitId: string): Promise<void> {
    this._activeId = unitId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-unit-id='${CSS.escape(unitId)}']`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-coverage-board': DjCoverageBoard;
  }
}
