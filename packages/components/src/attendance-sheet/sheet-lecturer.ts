import { lecturerRoles, type Member } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { attendanceSheetMessages as messages, lecturerRoleLabels } from './messages.js';
import type { LecturerDraft } from './sheet-model.js';

/**
 * The lecturer of a 党课: a name, a role (the secretary's own lecture is a rule apart), and, when
 * they are on the branch's roll, the member; choosing the member fills in the name.
 */
export function renderLecturer(
  say: Say,
  members: readonly Member[],
  lecturer: LecturerDraft,
  invalid: boolean,
  set: (change: Partial<LecturerDraft>) => void,
): TemplateResult {
  const chooseMember = (memberId: string): void => {
    const name = members.find((member) => member.id === memberId)?.name;
    set({ memberId, ...(name && { name }) });
  };
  return html`<fieldset class="lecturer" part="lecturer">
    <legend>${say(messages.lecturer)}</legend>
    <div class="field">
      <label for="field-lecturer-name" class="required">${say(messages.lecturerName)}</label>
      <input
        id="field-lecturer-name"
        name="lecturer.name"
        .value=${lecturer.name}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? 'refusal' : nothing}
        @input=${(e: Event) => set({ name: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div class="field">
      <label for="field-lecturer-role">${say(messages.lecturerRole)}</label>
      <select
        id="field-lecturer-role"
        name="lecturer.role"
        @change=${(e: Event) => set({ role: (e.target as HTMLSelectElement).value as LecturerDraft['role'] })}
      >
        ${lecturerRoles.map(
          (role) =>
            html`<option value=${role} ?selected=${lecturer.role === role}>${say(lecturerRoleLabels[role])}</option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="field-lecturer-member">${say(messages.lecturerMember)}</label>
      <select
        id="field-lecturer-member"
        name="lecturer.memberId"
        @change=${(e: Event) => chooseMember((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!lecturer.memberId}>${say(messages.noneChosen)}</option>
        ${members.map(
          (member) =>
            html`<option value=${member.id} ?selected=${lecturer.memberId === member.id}>${member.name}</option>`,
        )}
      </select>
    </div>
  </fieldset>`;
}
