import type { Member, NextStep } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { pipelineMessages as messages } from './messages.js';

/** Steps that carry more than a date and an actor (record-step.ts `needs`). */
const peopleSteps = new Set([5, 9]);

export interface RecordHooks {
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly saving: boolean;
  readonly today: string;
  /** Full members the branch may name as contacts or introducers (names shown, never other data). */
  readonly candidates: readonly Member[];
}

const field = (id: string, label: string, control: TemplateResult): TemplateResult =>
  html`<div class="field"><label for=${id}>${label}</label>${control}</div>`;

/** The next step's form: its date and who took it, and the contacts, notice or training it needs. */
export function recordForm(next: NextStep, say: Say, hooks: RecordHooks): TemplateResult {
  return html`<form part="record" novalidate @submit=${hooks.onSubmit}>
    ${field('on', say(messages.on), html`<input id="on" name="on" type="date" .value=${hooks.today} />`)}
    ${field('actor', say(messages.actor), html`<input id="actor" name="actor" maxlength="50" />`)}
    ${
      peopleSteps.has(next.step)
        ? field(
            'people',
            say(messages.people),
            html`<select id="people" name="people" multiple>
              ${hooks.candidates.map((member) => html`<option value=${member.id}>${member.name}</option>`)}
            </select>`,
          )
        : nothing
    }
    ${
      next.step === 7
        ? field('noticeFrom', say(messages.noticeFrom), html`<input id="noticeFrom" name="noticeFrom" type="date" />`)
        : nothing
    }
    ${
      next.step === 11
        ? field(
            'trainingDays',
            say(messages.trainingDays),
            html`<input id="trainingDays" name="trainingDays" type="number" min="0" />`,
          )
        : nothing
    }
    <div class="actions">
      <button class="primary" type="submit" ?disabled=${hooks.saving}>
        ${say(hooks.saving ? messages.saving : messages.save)}
      </button>
    </div>
  </form>`;
}

/** What `development.recordStep` takes, read from the form. */
export function stepInput(form: HTMLFormElement, processId: string, step: number) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const people = data.getAll('people').map(String);
  return {
    processId,
    step,
    on: text('on'),
    actor: { name: text('actor') },
    documents: [],
    ...(step === 5 && { contacts: people }),
    ...(step === 9 && { introducers: people }),
    ...(step === 7 && { notice: { from: text('noticeFrom') } }),
    ...(step === 11 && { training: { days: Number(text('trainingDays') || 0) } }),
  };
}
