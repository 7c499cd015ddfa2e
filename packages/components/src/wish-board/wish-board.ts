import {
  cancelWishClaim,
  claimWish,
  confirmWish,
  publishWish,
  reviewWish,
  wishReport,
  wishStateLabels,
  wishSteps,
  type DangjianError,
  type LocalizedText,
  type Result,
  type RunOutcome,
  type Wish,
  type WishCounts,
  type Workspace,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DjElement } from '../shared/dj-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { liveRegion } from '../shared/live-region.js';
import { memo } from '../shared/memo.js';
import type { Say } from '../shared/say.js';
import { todayInShanghai } from '../shared/today.js';
import { wishColumns, type WishBoardSnapshot, type WishCard, type WishColumn } from './board-model.js';
import { DjWishSteppedEvent, type DjWishSteppedDetail } from './events.js';
import { wishBoardMessages as messages } from './messages.js';
import { wishBoardStyles } from './wish-board.styles.js';

/** The steps the board offers, in the order its buttons appear; the machine says which a wish takes. */
const boardSteps = ['review', 'publish', 'claim', 'cancelClaim', 'confirm'] as const;
type BoardStep = (typeof boardSteps)[number];

const typeOf: Readonly<Record<BoardStep, DjWishSteppedDetail['type']>> = {
  review: 'wish.review',
  publish: 'wish.publish',
  claim: 'wish.claim',
  cancelClaim: 'wish.cancelClaim',
  confirm: 'wish.confirm',
};

/**
 * 微心愿 of a community (or every community under an org) as a board: one column per state of core's
 * wish lifecycle (待审核 → 已审核 → 待认领 → 已认领 → 已兑现, and 已撤回 / 已过期), each wish with its
 * claimant by name, and the period's counts from core's `wishReport`.
 *
 * Connected (inside a `<dj-provider>`), each card offers the steps core's machine allows from its
 * state: 审核, 公开, 认领 (in `member-id`'s name), 取消认领 and 确认兑现, each run as core's command
 * through the workspace. A refusal (a claimant who did not report to the community, one holding
 * too many wishes, a step out of order, or the policy's) is core's typed error, shown in an alert;
 * nothing is written then.
 *
 * @summary 微心愿 by state: review, publish, claim, release and confirm through the workspace.
 *
 * @event {DjWishSteppedEvent} dj-wish-stepped - The workspace saved a step. `event.wishId`, `event.detail.type`, `event.detail.state`, `event.detail.revision`.
 *
 * @csspart title - The heading.
 * @csspart summary - The period's counts.
 * @csspart columns - The columns, one per state.
 * @csspart column - One state's column.
 * @csspart card - One wish.
 * @csspart error - The alert with a refusal's reason.
 * @csspart status - The loading text.
 *
 * @cssproperty --dj-color-primary - Accent: primary buttons.
 * @cssproperty --dj-color-primary-subtle - Alert background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Notes and empty columns.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Column and card borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjWishBoard extends DjElement {
  static override styles = wishBoardStyles;

  /** The community (or an org above communities) whose wishes to show. */
  @property({ attribute: 'org-id' })
  orgId: string | undefined;

  /** The member acting on the board: claims are made in their name. Without it, no claim button. */
  @property({ attribute: 'member-id' })
  memberId: string | undefined;

  /** First day of the counted period (`YYYY-MM-DD`); 1 January of `as-of`'s year by default. */
  @property()
  from: string | undefined;

  /** The day after the counted period (half-open); 1 January of the next year by default. */
  @property()
  to: string | undefined;

  /** The day the default period is taken from (`YYYY-MM-DD`); today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Hides the actions even when connected. */
  @property({ type: Boolean, attribute: 'read-only' })
  readOnly = false;

  /** Makes a claim's id; by default `<wish>-claim-<n>`, n counting the wish's claims. */
  @property({ attribute: false })
  claimIdFor: (wish: Wish) => string = (wish) => `${wish.id}-claim-${wish.claims.length + 1}`;

  /** Level of the heading (1–6). Default 3; columns are one level below. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  @state()
  private _saving = false;

  @state()
  private _error: DangjianError | undefined;

  @state()
  private _announcement: LocalizedText | undefined;

  readonly #columns = memo(
    (snapshot: WishBoardSnapshot, orgId: string) => wishColumns(snapshot, orgId),
    (snapshot, orgId) => [snapshot.wishes, snapshot.members, snapshot.orgs, orgId],
  );

  readonly #counts = memo(
    // wishReport refuses an org it does not know: until the snapshot holds the board's org, no counts.
    (snapshot: WishBoardSnapshot, orgId: string, from: string, to: string): WishCounts[] =>
      snapshot.orgs.has(orgId) ? [...wishReport(snapshot, { orgId, from, to }).data.communities] : [],
    (snapshot, orgId, from, to) => [snapshot.wishes, snapshot.orgs, orgId, from, to],
  );

  protected override render(): TemplateResult {
    const say = this.say;
    const snapshot = this.workspaceSnapshot;
    const orgId = this.orgId;
    if (!snapshot || !orgId) {
      return html`<p class="status" part="status" role="status">${say(messages.loading)}</p>`;
    }
    const level = headingLevel(this.headingLevel, 3);
    const org = snapshot.orgs.get(orgId);
    const title = org ? `${say(messages.title)} · ${org.name}` : say(messages.title);
    return html`${heading(level, title, { part: 'title' })} ${this.#summary(snapshot, orgId, say)}
      ${this.#errorAlert(say)}
      <div class="columns" part="columns">
        ${this.#columns(snapshot, orgId).map((column) => this.#column(column, Math.min(6, level + 1), say))}
      </div>
      ${liveRegion(this._announcement && say(this._announcement))}`;
  }

  #period(): { from: string; to: string } {
    const year = Number((this.asOf ?? todayInShanghai()).slice(0, 4));
    return { from: this.from ?? `${year}-01-01`, to: this.to ?? `${year + 1}-01-01` };
  }

  #summary(snapshot: WishBoardSnapshot, orgId: string, say: Say): TemplateResult {
    const { from, to } = this.#period();
    const communities = this.#counts(snapshot, orgId, from, to);
    const sum = (key: 'posted' | 'claimed' | 'fulfilled' | 'residentsHelped') =>
      communities.reduce((total, counts) => total + counts[key], 0);
    const text = say(messages.summary, {
      from,
      to,
      posted: sum('posted'),
      claimed: sum('claimed'),
      fulfilled: sum('fulfilled'),
      residents: sum('residentsHelped'),
    });
    return html`<p class="summary" part="summary">${text}</p>`;
  }

  #errorAlert(say: Say): TemplateResult | typeof nothing {
    if (!this._error) return nothing;
    return html`<div class="alert" part="error" role="alert">
      ${say(messages.refused, { reason: this._error.text })}
    </div>`;
  }

  #column(column: WishColumn, level: number, say: Say): TemplateResult {
    const label = say(messages.column, { state: wishStateLabels[column.state], count: column.cards.length });
    const id = `column-${column.state}`;
    return html`<section part="column" data-state=${column.state} aria-labelledby=${id}>
      <div class="column-heading" role="heading" aria-level=${level} id=${id}>${label}</div>
      ${
        column.cards.length === 0
          ? html`<p class="empty">${say(messages.empty)}</p>`
          : html`<ul>
              ${repeat(
                column.cards,
                (card) => card.wish.id,
                (card) => this.#card(card, say),
              )}
            </ul>`
      }
    </section>`;
  }

  #card(card: WishCard, say: Say): TemplateResult {
    const { wish } = card;
    return html`<li part="card" data-wish=${wish.id}>
      <span class="wish-title">${wish.title}</span>
      ${wish.description ? html`<span class="note">${wish.description}</span>` : nothing}
      ${wish.expiresOn ? html`<span class="note">${say(messages.expiresOn, { date: wish.expiresOn })}</span>` : nothing}
      ${card.claimantName ? html`<span class="note">${say(messages.claimedBy, { name: card.claimantName })}</span>` : nothing}
      ${this.#actions(card, say)}
    </li>`;
  }

  /** The steps core's machine allows from the wish's state; a claim only with a member to claim for. */
  #actions(card: WishCard, say: Say): TemplateResult | typeof nothing {
    if (!this.workspace || this.readOnly) return nothing;
    const allowed = wishSteps[card.wish.state];
    const steps = boardSteps.filter((step) => allowed.includes(step) && (step !== 'claim' || this.memberId));
    if (steps.length === 0) return nothing;
    return html`<div class="actions">
      ${steps.map(
        (step) =>
          html`<button
            type="button"
            data-act=${step}
            ?disabled=${this._saving}
            @click=${() => this.#take(card.wish, step)}
          >
            ${say(messages[step])}
          </button>`,
      )}
    </div>`;
  }

  async #take(wish: Wish, step: BoardStep): Promise<void> {
    const wishId = wish.id;
    const memberId = this.memberId;
    const run = (workspace: Workspace): Promise<Result<RunOutcome<Wish>, DangjianError>> => {
      switch (step) {
        case 'review':
          return workspace.run(reviewWish, { wishId });
        case 'publish':
          return workspace.run(publishWish, { wishId });
        case 'claim':
          return workspace.run(claimWish, {
            wishId,
            claimId: this.claimIdFor(wish),
            claimant: { kind: 'member', memberId: memberId! },
          });
        case 'cancelClaim':
          return workspace.run(cancelWishClaim, { wishId });
        case 'confirm':
          return workspace.run(confirmWish, { wishId });
      }
    };
    await this.#run(wishId, step, run);
  }

  /** Runs one command; a refusal stays in the alert, a success is announced. */
  async #run(
    wishId: string,
    step: BoardStep,
    run: (workspace: Workspace) => Promise<Result<RunOutcome<Wish>, DangjianError>>,
  ): Promise<void> {
    const workspace = this.workspace;
    if (!workspace || this._saving) return;
    this._saving = true;
    this._error = undefined;
    const result = await run(workspace);
    this._saving = false;
    if (!result.ok) {
      this._error = result.error;
      return;
    }
    this._announcement = messages.saved;
    this.dispatchEvent(
      new DjWishSteppedEvent({
        wishId,
        type: typeOf[step],
        state: result.value.result.state,
        revision: result.value.revision,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-wish-board': DjWishBoard;
  }
}
