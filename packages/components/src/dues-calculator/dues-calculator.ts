import {
  duesAmount,
  duesCategories,
  duesCategoryName,
  DangjianError,
  duesSchedule,
  fixedAmountOf,
  officialDuesSchedule,
  rateTableOf,
  type DuesAmount,
  type DuesCategory,
  type DuesRoundingInput,
  type DuesSchedule,
} from '@dangjian/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { memo } from '../shared/memo.js';
import type { Say } from '../shared/say.js';
import { duesCalculatorStyles } from './dues-calculator.styles.js';
import { DjDuesAmountEvent } from './events.js';
import { duesCalculatorMessages as messages } from './messages.js';
import { fenFromYuanText, yuanText } from './money.js';
import { traceView } from './trace-view.js';

type YuanField = 'base' | 'fixed';

interface Typed {
  readonly text: string;
  readonly fen: number | undefined;
}

type Outcome = { readonly amount: DuesAmount } | { readonly error: DangjianError };

/** A refusal from core is shown; anything else is a defect and is thrown on. */
function attempt(compute: () => DuesAmount): Outcome {
  try {
    return { amount: compute() };
  } catch (error) {
    if (error instanceof DangjianError) return { error };
    throw error;
  }
}

/**
 * 党费计算: a category and a monthly base in 元 give the month's dues by core's `duesAmount`, with
 * each step of the trace — base, band with its bounds (lower exclusive, upper inclusive), rate,
 * rounding — citing its article, and figures not confirmed in the regulation text marked so.
 * Categories with a fixed amount (students, unemployed, subsistence: 0.2 元) need no base; a
 * farmer's amount is set by the branch within 0.2–1 元.
 *
 * The base is typed as text and held as integer fen (`base-fen`): "3000.01" is 300001 fen, never
 * a float. A portal's rounding (`rounding`, core's `duesSchedule({ rounding })`) replaces the
 * kit's default half-up to the fen and, like it, is marked unconfirmed: the regulation sets none.
 * Display and input only: it needs no workspace, and works inside one.
 *
 * @summary 党费 calculator: base → band → rate → rounding, each step with its article.
 *
 * @event {DjDuesAmountEvent} dj-dues-amount - The category or base typed gave a new amount. `event.amountFen`, `event.detail.amount` (with its trace).
 *
 * @csspart title - The heading.
 * @csspart form - The category and base fields.
 * @csspart amount - The monthly amount.
 * @csspart trace - The list of steps.
 * @csspart bounds - A band's bounds in the trace.
 * @csspart citation - A step's article (or, for the rounding, its source).
 * @csspart unconfirmed - The mark on a figure not confirmed in the regulation text.
 * @csspart error - The alert with core's reason when no amount can be computed.
 *
 * @cssproperty --dj-color-primary - Accent: the amount, unconfirmed marks.
 * @cssproperty --dj-color-primary-subtle - Alert background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Citations and hints.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjDuesCalculator extends DjElement {
  static override styles = duesCalculatorStyles;

  /** The member's dues category (core's `duesCategories`). Default `employed`. */
  @property()
  category: DuesCategory = 'employed';

  /** The monthly base in integer fen, for the rate categories; what the 元 field shows and sets. */
  @property({ type: Number, attribute: 'base-fen' })
  baseFen: number | undefined;

  /** A farmer's monthly amount in fen, set by the branch within the range (第六条). */
  @property({ type: Number, attribute: 'fixed-fen' })
  fixedFen: number | undefined;

  /** A portal's rounding (`{ mode: 'up', unitFen: 10 }`); absent, the kit's default half up to the fen. */
  @property({ attribute: false })
  rounding: DuesRoundingInput | undefined;

  /** Level of the heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  /** What the reader typed in each 元 field and the fen it read as (undefined: not an amount). */
  @state()
  private _typed: Partial<Record<YuanField, Typed>> = {};

  readonly #schedule = memo((rounding: DuesRoundingInput | undefined): DuesSchedule | DangjianError => {
    try {
      return duesSchedule({ rounding });
    } catch (error) {
      if (error instanceof DangjianError) return error;
      throw error;
    }
  });

  readonly #outcome = memo(
    (category: DuesCategory, baseFen: number | undefined, fixedFen: number | undefined, schedule: DuesSchedule) =>
      attempt(() =>
        duesAmount(
          {
            category,
            ...(baseFen !== undefined && { baseFen }),
            ...(fixedFen !== undefined && { fixedFen }),
          },
          schedule,
        ),
      ),
  );

  /** The amount now shown, if the input gives one. */
  get amount(): DuesAmount | undefined {
    const outcome = this.#current();
    return outcome && 'amount' in outcome ? outcome.amount : undefined;
  }

  protected override render(): TemplateResult {
    const say = this.say;
    const outcome = this.#current();
    return html`${heading(headingLevel(this.headingLevel, 3), say(messages.title), { part: 'title' })}
      <form part="form" novalidate @submit=${(event: Event) => event.preventDefault()}>
        ${this.#categoryField(say)} ${this.#amountField(say)}
      </form>
      ${outcome ? this.#outcomeView(outcome, say) : nothing}`;
  }

  #current(): Outcome | undefined {
    const schedule = this.#schedule(this.rounding);
    if (schedule instanceof DangjianError) return { error: schedule };
    if (this.#textInvalid()) return undefined;
    return this.#outcome(this.category, this.baseFen, this.fixedFen, schedule);
  }

  #textInvalid(): boolean {
    return this.#invalid(this.#paysRate() ? 'base' : 'fixed');
  }

  /** Text typed that is not an amount in 元. */
  #invalid(field: YuanField): boolean {
    const typed = this._typed[field];
    return typed !== undefined && typed.fen === undefined && typed.text.trim() !== '';
  }

  /** A property set from outside replaces what was typed. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const typed = this._typed;
    const stale = (field: YuanField, fen: number | undefined) => typed[field] !== undefined && typed[field].fen !== fen;
    if (
      (changed.has('baseFen') && stale('base', this.baseFen)) ||
      (changed.has('fixedFen') && stale('fixed', this.fixedFen))
    ) {
      this._typed = {};
    }
  }

  #paysRate(): boolean {
    return rateTableOf(officialDuesSchedule, this.category) !== undefined;
  }

  #outcomeView(outcome: Outcome, say: Say): TemplateResult {
    if ('error' in outcome) {
      return html`<div class="alert" part="error" role="alert">
        ${say(messages.refused, { reason: outcome.error.text })}
      </div>`;
    }
    const { amountFen, trace } = outcome.amount;
    return html`<output part="amount" class="amount" aria-live="polite">
        ${say(messages.amount, { yuan: yuanText(amountFen), fen: amountFen })}
      </output>
      ${traceView(trace, say)}`;
  }

  #categoryField(say: Say): TemplateResult {
    return html`<div class="field">
      <label for="category">${say(messages.category)}</label>
      <select id="category" name="category" @change=${this.#onCategory}>
        ${duesCategories.map(
          (category) =>
            html`<option value=${category} ?selected=${category === this.category}>
              ${say(duesCategoryName(category))}
            </option>`,
        )}
      </select>
    </div>`;
  }

  #amountField(say: Say): TemplateResult | typeof nothing {
    if (this.#paysRate()) return this.#yuanField('base', say(messages.base), this.baseFen, say);
    const fixed = fixedAmountOf(officialDuesSchedule, this.category);
    if (!fixed || fixed.minFen === fixed.maxFen) return nothing;
    const hint = say(messages.fixedRange, {
      min: yuanText(fixed.minFen),
      max: yuanText(fixed.maxFen),
      article: fixed.rule.article ?? '',
    });
    return this.#yuanField('fixed', say(messages.fixed), this.fixedFen, say, hint);
  }

  #yuanField(name: YuanField, label: string, fen: number | undefined, say: Say, hint?: string): TemplateResult {
    const invalid = this.#invalid(name);
    const typed = this._typed[name]?.text;
    const describedBy = [invalid ? `${name}-error` : '', hint ? `${name}-hint` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${typed ?? (fen === undefined ? '' : yuanText(fen))}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => this.#onYuan(name, (event.target as HTMLInputElement).value)}
      />
      ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
      ${invalid ? html`<p class="field-error" id="${name}-error">${say(messages.notYuan)}</p>` : nothing}
    </div>`;
  }

  #onCategory = (event: Event): void => {
    this.category = (event.target as HTMLSelectElement).value as DuesCategory;
    this.#announce();
  };

  /** Keeps the text as typed (re-rendering fen as 元 mid-typing would fight the reader) and the fen it reads as. */
  #onYuan(field: YuanField, text: string): void {
    const fen = fenFromYuanText(text);
    this._typed = { ...this._typed, [field]: { text, fen } };
    // Text that is not an amount holds no base: no amount is shown for it.
    if (field === 'base') this.baseFen = fen;
    else this.fixedFen = fen;
    this.#announce();
  }

  #announced: DuesAmount | undefined;

  /** Tells the page of a new amount; "1" then "1." give the same amount, told once. */
  #announce(): void {
    const amount = this.amount;
    if (!amount || amount === this.#announced) return;
    this.#announced = amount;
    this.dispatchEvent(new DjDuesAmountEvent({ amount }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-dues-calculator': DjDuesCalculator;
  }
}
