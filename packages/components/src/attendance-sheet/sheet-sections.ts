import { attendanceModes, voteOutcome, voteKinds, type Member, type Quorum } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { stageLabels } from '../shared/member-labels.js';
import type { Say } from '../shared/say.js';
import {
  attendanceModeLabels,
  attendanceSheetMessages as messages,
  markStatusLabels,
  voteKindLabels,
} from './messages.js';
import { defaultMark, markStatuses, type Mark, type VoteDraft } from './sheet-model.js';

/** What the sections need from the element: the texts, the state, and the setters. */
export interface SectionContext {
  readonly say: Say;
  readonly members: readonly Member[];
  readonly marks: ReadonlyMap<string, Mark>;
  /** The member row or vote a refusal points at, to mark invalid. */
  readonly invalid: { readonly memberId?: string; readonly voteIndex?: number; readonly field?: string };
  readonly setMark: (memberId: string, change: Partial<Mark>) => void;
  readonly votes: readonly VoteDraft[];
  readonly setVote: (index: number, change: Partial<VoteDraft>) => void;
  readonly addVote: () => void;
  readonly removeVote: (index: number) => void;
}

const invalidIf = (condition: boolean) => (condition ? 'true' : nothing);

function renderMember(context: SectionContext, member: Member): TemplateResult {
  const { say } = context;
  const mark = context.marks.get(member.id) ?? defaultMark;
  const present = mark.status === 'present' || mark.status === 'late';
  const invalid = context.invalid.memberId === member.id;
  const name = member.name;
  return html`<tr data-member-id=${member.id} class=${invalid ? 'invalid' : ''}>
    <th scope="row">
      ${name}
      ${
        member.stage === 'probationary'
          ? html`<span class="stage">${say(messages.probationary)}</span>`
          : html`<span class="visually-hidden">${say(stageLabels[member.stage])}</span>`
      }
    </th>
    <td>
      <div class="statuses" role="radiogroup" aria-label=${say(messages.statusOf, { name })}>
        ${markStatuses.map(
          (status) =>
            html`<label class="status"
              ><input
                type="radio"
                name="status-${member.id}"
                value=${status}
                .checked=${mark.status === status}
                @change=${() => context.setMark(member.id, { status })}
              />${say(markStatusLabels[status])}</label
            >`,
        )}
      </div>
    </td>
    <td>
      <select
        name="mode-${member.id}"
        aria-label=${say(messages.modeOf, { name })}
        ?disabled=${!present}
        @change=${(event: Event) =>
          context.setMark(member.id, { mode: (event.target as HTMLSelectElement).value as Mark['mode'] })}
      >
        ${attendanceModes.map(
          (mode) =>
            html`<option value=${mode} ?selected=${mark.mode === mode}>${say(attendanceModeLabels[mode])}</option>`,
        )}
      </select>
    </td>
    <td>
      ${
        mark.status === 'excused'
          ? html`<input
              name="reason-${member.id}"
              aria-label=${say(messages.reasonOf, { name })}
              aria-invalid=${invalidIf(invalid)}
              aria-describedby=${invalid ? 'refusal' : nothing}
              .value=${mark.reason}
              @input=${(event: Event) => context.setMark(member.id, { reason: (event.target as HTMLInputElement).value })}
            />`
          : nothing
      }
    </td>
  </tr>`;
}

/** The roll: each member of the branch with status, mode and (excused) reason. */
export function renderRoll(context: SectionContext): TemplateResult {
  const { say } = context;
  const statusOf = (member: Member) => (context.marks.get(member.id) ?? defaultMark).status;
  const count = (...statuses: Mark['status'][]) =>
    context.members.filter((member) => statuses.includes(statusOf(member))).length;
  return html`<fieldset class="roll" part="roll">
    <legend>${say(messages.roll)}</legend>
    <p class="tally" part="tally">
      ${say(messages.tally, {
        total: context.members.length,
        present: count('present', 'late'),
        late: count('late'),
        excused: count('excused'),
        absent: count('absent'),
      })}
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">${say(messages.member)}</th>
          <th scope="col">${say(messages.status)}</th>
          <th scope="col">${say(messages.mode)}</th>
          <th scope="col">${say(messages.reason)}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          context.members,
          (member) => member.id,
          (member) => renderMember(context, member),
        )}
      </tbody>
    </table>
  </fieldset>`;
}

/** The quorum as it stands with the marks now, with the rule that sets it. */
export function renderQuorum(
  say: Say,
  quorum: Quorum | undefined,
  committee: boolean,
): TemplateResult | typeof nothing {
  if (!quorum) return nothing;
  const { base, present, required, met, rule } = quorum;
  const baseKind = say(committee ? messages.quorumBaseCommittee : messages.quorumBaseAssembly);
  const state = say(met ? messages.quorumMet : messages.quorumNotMet);
  return html`<div class="quorum ${met ? 'met' : 'not-met'}" part="quorum" role="status" aria-live="polite">
    <p>${say(messages.quorum, { base, baseKind, present, required, state })}</p>
    <p class="rule">
      ${say(rule.label)} · ${say(messages.rule, { source: rule.source ?? '', article: rule.article ?? '' })}
    </p>
  </div>`;
}

function renderVote(context: SectionContext, vote: VoteDraft, index: number, base: number): TemplateResult {
  const { say } = context;
  const n = index + 1;
  const invalid = context.invalid.voteIndex === index;
  const outcome = voteOutcome(vote, base);
  const number = (key: 'yes' | 'no' | 'abstain') =>
    html`<label
      >${say(messages[key])}
      <input
        type="number"
        min="0"
        name="${key}-${index}"
        aria-invalid=${invalidIf(invalid)}
        .value=${String(vote[key])}
        @input=${(event: Event) => context.setVote(index, { [key]: Number((event.target as HTMLInputElement).value) })}
    /></label>`;
  return html`<li class="vote" data-vote=${index}>
    <label
      >${say(messages.voteField, { n })}
      <input
        name="motion-${index}"
        aria-invalid=${invalidIf(invalid)}
        aria-describedby=${invalid ? 'refusal' : nothing}
        .value=${vote.motion}
        @input=${(event: Event) => context.setVote(index, { motion: (event.target as HTMLInputElement).value })}
    /></label>
    <label
      >${say(messages.voteKind)}
      <select
        name="vote-kind-${index}"
        @change=${(event: Event) =>
          context.setVote(index, { kind: (event.target as HTMLSelectElement).value as VoteDraft['kind'] })}
      >
        ${voteKinds.map(
          (kind) => html`<option value=${kind} ?selected=${vote.kind === kind}>${say(voteKindLabels[kind])}</option>`,
        )}
      </select></label
    >
    ${number('yes')} ${number('no')} ${number('abstain')}
    <span class="outcome ${outcome.passed ? 'passed' : 'failed'}" part="outcome">
      ${say(outcome.passed ? messages.passed : messages.failed, { yes: outcome.yes, required: outcome.required })}
    </span>
    <button type="button" @click=${() => context.removeVote(index)}>${say(messages.removeVote, { n })}</button>
  </li>`;
}

/** The votes of an assembly or committee meeting, each with whether it carried against the voting base. */
export function renderVotes(context: SectionContext, base: number): TemplateResult {
  const { say } = context;
  return html`<fieldset class="votes" part="votes">
    <legend>${say(messages.votes)}</legend>
    <ol>
      ${context.votes.map((vote, index) => renderVote(context, vote, index, base))}
    </ol>
    <button type="button" data-action="add-vote" @click=${context.addVote}>${say(messages.addVote)}</button>
  </fieldset>`;
}
