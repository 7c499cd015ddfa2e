import {
  claimPost,
  pledgeOutcomeLabels,
  pledgeStateLabels,
  postKindLabels,
  releasePost,
  type DangjianError,
  type Finding,
  type LocalizedText,
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
import {
  postBoardView,
  type PledgeRow,
  type PostBoardSnapshot,
  type PostBoardView,
  type PostRow,
} from './board-model.js';
import { DjPostClaimedEvent } from './events.js';
import { postBoardMessages as messages } from './messages.js';
import { postBoardStyles } from './post-board.styles.js';

/**
 * 设岗定责 · 依岗承诺 of an org and the orgs under it: each post (服务岗, 先锋岗, 党员责任区,
 * 志愿服务队) with its area, how many hold it out of its capacity, the holders by name and the
 * pledges made on it with their state (践诺中 / 待评议 / 已评议 and the branch's outcome); pledges
 * on no post below; core's `pledgeReport` counts and its overdue findings (逾期未报告践诺) on `as-of`.
 * Members appear by name only: never an ID number or a phone.
 *
 * Connected (inside a `<dj-provider>`) and given `member-id`, each post offers 认领 or 退出 for that
 * member, run as core's `post.claim` / `post.release`. A refusal — a full post, a member outside
 * the post's org who did not report to its community, the policy's — is core's typed error, shown
 * in an alert; nothing is written then.
 *
 * @summary Posts with their holders and pledges, overdue pledges found; claim and leave a post.
 *
 * @event {DjPostClaimedEvent} dj-post-claimed - The workspace saved a claim or a release. `event.postId`, `event.detail.type`, `event.detail.memberId`, `event.detail.revision`.
 *
 * @csspart title - The heading.
 * @csspart summary - core's pledge counts.
 * @csspart findings - The overdue pledges' findings.
 * @csspart posts - The list of posts.
 * @csspart post - One post.
 * @csspart pledge - One pledge.
 * @csspart overdue - The mark on an overdue pledge.
 * @csspart other-pledges - Pledges made on no post.
 * @csspart error - The alert with a refusal's reason.
 * @csspart status - The loading text.
 *
 * @cssproperty --dj-color-primary - Accent: primary buttons, overdue marks.
 * @cssproperty --dj-color-primary-subtle - Alert and kind background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Notes.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Card borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjPostBoard extends DjElement {
  static override styles = postBoardStyles;

  /** The org whose posts (its own and its subtree's) to show. */
  @property({ attribute: 'org-id' })
  orgId: string | undefined;

  /** The member acting on the board: claims and releases are in their name. Without it, no buttons. */
  @property({ attribute: 'member-id' })
  memberId: string | undefined;

  /** The day pledges are judged on (`YYYY-MM-DD`); today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Hides the actions even when connected. */
  @property({ type: Boolean, attribute: 'read-only' })
  readOnly = false;

  /** Level of the heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  @state()
  private _saving = false;

  @state()
  private _error: DangjianError | undefined;

  @state()
  private _announcement: LocalizedText | undefined;

  readonly #view = memo(
    (snapshot: PostBoardSnapshot, orgId: string, asOf: string) => postBoardView(snapshot, orgId, asOf),
    (snapshot, orgId, asOf) => [snapshot.posts, snapshot.pledges, snapshot.members, snapshot.orgs, orgId, asOf],
  );

  protected override render(): TemplateResult {
    const say = this.say;
    const snapshot = this.workspaceSnapshot;
    const orgId = this.orgId;
    if (!snapshot || !orgId) {
      return html`<p class="status" part="status" role="status">${say(messages.loading)}</p>`;
    }
    const view = this.#view(snapshot, orgId, this.asOf ?? todayInShanghai());
    const org = snapshot.orgs.get(orgId);
    const title = org ? `${say(messages.title)} · ${org.name}` : say(messages.title);
    return html`${heading(headingLevel(this.headingLevel, 3), title, { part: 'title' })} ${this.#summary(view, say)}
      ${this.#errorAlert(say)} ${this.#findings(view.findings)}
      <ul class="posts" part="posts">
        ${repeat(
          view.posts,
          (row) => row.post.id,
          (row) => this.#post(row, say),
        )}
      </ul>
      ${this.#otherPledges(view.otherPledges, say)} ${liveRegion(this._announcement && say(this._announcement))}`;
  }

  #summary(view: PostBoardView, say: Say): TemplateResult {
    const { byState, overdue } = view.counts;
    const text = say(messages.summary, { asOf: view.asOf, ...byState, overdue });
    return html`<p class="summary" part="summary" data-overdue=${overdue}>${text}</p>`;
  }

  #errorAlert(say: Say): TemplateResult | typeof nothing {
    if (!this._error) return nothing;
    return html`<div class="alert" part="error" role="alert">
      ${say(messages.refused, { reason: this._error.text })}
    </div>`;
  }

  #findings(findings: readonly Finding[]): TemplateResult | typeof nothing {
    if (findings.length === 0) return nothing;
    return html`<ul class="findings" part="findings">
      ${findings.map((finding) => html`<li data-pledge=${finding.subject.id}>${this.say(finding.text)}</li>`)}
    </ul>`;
  }

  #post(row: PostRow, say: Say): TemplateResult {
    const { post, holders } = row;
    const count = holders.length;
    const capacity =
      post.capacity === undefined
        ? say(messages.holdersOpen, { count })
        : say(messages.holders, { count, capacity: post.capacity });
    return html`<li part="post" data-post=${post.id} data-holders=${count}>
      <span class="kind">${say(postKindLabels[post.kind])}</span><span class="post-name">${post.name}</span>
      ${post.area ? html`<span class="note">${say(messages.area, { area: post.area })}</span>` : nothing}
      <span class="note" data-col="holders">${capacity}</span>
      <span class="note" data-col="names">
        ${count === 0 ? say(messages.nobody) : holders.map((holder) => holder.name).join('、')}
      </span>
      ${this.#pledgeList(row.pledges, say)} ${this.#actions(row, say)}
    </li>`;
  }

  #pledgeList(pledges: readonly PledgeRow[], say: Say): TemplateResult | typeof nothing {
    if (pledges.length === 0) return nothing;
    return html`<ul class="pledges" aria-label=${say(messages.pledges)}>
      ${pledges.map((row) => this.#pledge(row, say))}
    </ul>`;
  }

  #pledge(row: PledgeRow, say: Say): TemplateResult {
    const { line } = row;
    const status = line.outcome ? pledgeOutcomeLabels[line.outcome] : pledgeStateLabels[line.state];
    return html`<li part="pledge" data-pledge=${line.pledgeId} data-state=${line.state}>
      ${say(messages.pledge, { name: row.memberName, text: row.text, dueOn: line.dueOn })}
      <span class="note">${say(status)}</span>
      ${
        line.daysOverdue > 0
          ? html`<span class="note" part="overdue">${say(messages.overdue, { days: line.daysOverdue })}</span>`
          : nothing
      }
    </li>`;
  }

  #otherPledges(pledges: readonly PledgeRow[], say: Say): TemplateResult | typeof nothing {
    if (pledges.length === 0) return nothing;
    return html`<section part="other-pledges">
      <div class="column-heading">${say(messages.ownPledges)}</div>
      <ul class="pledges">
        ${pledges.map((row) => this.#pledge(row, say))}
      </ul>
    </section>`;
  }

  /** 认领 for a member not holding the post, 退出 for one holding it; the refusals are core's. */
  #actions(row: PostRow, say: Say): TemplateResult | typeof nothing {
    const memberId = this.memberId;
    if (!this.workspace || this.readOnly || !memberId) return nothing;
    const holding = row.holders.some((holder) => holder.memberId === memberId);
    const act = holding ? 'release' : 'claim';
    const label = say(holding ? messages.releasePost : messages.claimPost, { post: row.post.name });
    return html`<div class="actions">
      <button
        type="button"
        data-act=${act}
        aria-label=${label}
        ?disabled=${this._saving}
        @click=${() => this.#run(row.post.id, memberId, act)}
      >
        ${say(holding ? messages.release : messages.claim)}
      </button>
    </div>`;
  }

  /** Runs one command; a refusal stays in the alert, a success is announced. */
  async #run(postId: string, memberId: string, act: 'claim' | 'release'): Promise<void> {
    const workspace = this.workspace;
    if (!workspace || this._saving) return;
    this._saving = true;
    this._error = undefined;
    const input = { postId, memberId };
    const result = await (act === 'claim' ? workspace.run(claimPost, input) : workspace.run(releasePost, input));
    this._saving = false;
    if (!result.ok) {
      this._error = result.error;
      return;
    }
    this._announcement = messages.saved;
    const type = act === 'claim' ? 'post.claim' : 'post.release';
    this.dispatchEvent(new DjPostClaimedEvent({ type, postId, memberId, revision: result.value.revision }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-post-board': DjPostBoard;
  }
}
