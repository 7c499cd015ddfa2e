import {
  importRoster,
  isDangjianError,
  localize,
  rosterColumns,
  type LocalizedText,
  type RosterIssue,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Say } from '../shared/say.js';
import { DjElement } from '../shared/dj-element.js';
import { DjImportCompleteEvent } from './events.js';
import { importDialogStyles } from './import-dialog.styles.js';
import { importMessages as messages } from './messages.js';
import { readRows, type RowReader } from './read-rows.js';
import { download, templateCsv } from './template.js';

/** Where an import stands. */
type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly done: number; readonly total: number }
  | { readonly kind: 'imported'; readonly count: number }
  | { readonly kind: 'invalid'; readonly issues: readonly RosterIssue[] }
  | { readonly kind: 'refused'; readonly text: LocalizedText };

/**
 * Imports a 党员花名册 into the provided workspace, all or nothing: core's `importRoster` checks
 * every row first and writes nothing unless the whole file is valid. Every problem is listed at
 * once — row, column, header and message in the reader's language — so the file can be fixed in
 * one pass.
 *
 * CSV (UTF-8, with or without BOM) is read natively. `.xlsx` is read only through `readFile`, a
 * reader the page plugs in (e.g. `readXlsxRows` from `@dangjian/adapters/xlsx` over
 * `file.arrayBuffer()`): exceljs's browser bundle does not run under a strict CSP, so the kit
 * does not force it on every portal.
 *
 * A native `<dialog>` (modal: focus is kept inside, Escape closes it, focus returns to the
 * button that opened it). Open it with its own button or `show()`.
 *
 * @summary Roster import dialog: CSV (xlsx pluggable), progress, per-row errors, CSV template.
 *
 * @event {DjImportCompleteEvent} dj-import-complete - The workspace saved the whole roster. `event.detail.imported`, `event.detail.revision`.
 *
 * @csspart open - The button that opens the dialog.
 * @csspart dialog - The `<dialog>`.
 * @csspart template - The template download button.
 * @csspart file - The file input.
 * @csspart import - The import button.
 * @csspart progress - The `<progress>` bar.
 * @csspart summary - The outcome: imported count, or how many problems.
 * @csspart issues - The table of problems.
 * @csspart close - The close button.
 *
 * @cssproperty --dj-color-primary - Accent: buttons, alerts.
 * @cssproperty --dj-color-primary-subtle - Alert background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Hints.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjImportDialog extends DjElement {
  static override styles = importDialogStyles;

  /** Reads files other than CSV (`.xlsx`) into rows of text; without it only CSV is accepted. */
  @property({ attribute: false })
  readFile: RowReader | undefined;

  /** Hides the opening button: the page opens the dialog with `show()`. */
  @property({ type: Boolean, attribute: 'no-trigger' })
  noTrigger = false;

  @state()
  private _outcome: Outcome = { kind: 'idle' };

  @state()
  private _file: File | undefined;

  @query('dialog')
  private _dialog!: HTMLDialogElement | null;

  /** Opens the dialog (modal). */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this._dialog?.open) this._dialog?.showModal();
  }

  /** Closes the dialog. */
  close(): void {
    this._dialog?.close();
  }

  protected override render(): TemplateResult {
    const say = this.say;
    return html`${this.noTrigger ? nothing : html`<button type="button" part="open" @click=${() => void this.show()}>${say(messages.open)}</button>`}
      <dialog part="dialog" aria-labelledby="title" @close=${this.#onClosed}>
        <h2 id="title">${say(messages.title)}</h2>
        <p class="intro">${say(messages.intro)}</p>
        ${this.#renderColumns(say)}
        <form method="dialog" @submit=${this.#onImport}>
          <div class="field">
            <label for="file">${say(messages.file, { xlsx: this.readFile ? say(messages.xlsx) : '' })}</label>
            <input
              id="file"
              part="file"
              type="file"
              accept=${this.readFile ? '.csv,text/csv,.xlsx' : '.csv,text/csv'}
              @change=${this.#onFile}
            />
          </div>
          <div class="actions">
            <button
              class="primary"
              part="import"
              type="submit"
              ?disabled=${!this._file || this._outcome.kind === 'working'}
            >
              ${say(messages.import)}
            </button>
            <button type="button" part="template" @click=${this.#onTemplate}>${say(messages.template)}</button>
            <button type="button" part="close" @click=${() => this.close()}>${say(messages.close)}</button>
          </div>
        </form>
        ${this.#renderOutcome(say)}
      </dialog>`;
  }

  /** The template's columns with their hints: what each cell must hold. */
  #renderColumns(say: Say): TemplateResult {
    return html`<details class="columns">
      <summary>${say(messages.template)}</summary>
      <ul>
        ${rosterColumns.map((column) => html`<li><span class=${column.required ? 'required' : ''}>${say(column.header)}</span>：${say(column.hint)}</li>`)}
      </ul>
    </details>`;
  }

  #renderOutcome(say: Say): TemplateResult | typeof nothing {
    const outcome = this._outcome;
    switch (outcome.kind) {
      case 'idle':
        return html`<div role="status" part="summary"></div>`;
      case 'working':
        return this.#renderProgress(outcome, say);
      case 'imported':
        return html`<div role="status" part="summary" class="success">
          ${say(messages.success, { count: outcome.count })}
        </div>`;
      case 'refused':
        return html`<div role="alert" part="summary" class="alert">
          ${say(messages.refused, { reason: outcome.text })}
        </div>`;
      case 'invalid':
        return this.#renderIssues(outcome.issues, say);
    }
  }

  #renderProgress(outcome: { done: number; total: number }, say: Say): TemplateResult {
    const text =
      outcome.total === 0
        ? say(messages.reading)
        : say(messages.checking, { done: outcome.done, total: outcome.total });
    return html`<div role="status" part="summary">
      <progress
        part="progress"
        aria-label=${say(messages.progress)}
        max=${outcome.total || 1}
        value=${outcome.total === 0 ? nothing : outcome.done}
      ></progress>
      <span>${text}</span>
    </div>`;
  }

  #renderIssues(issues: readonly RosterIssue[], say: Say): TemplateResult {
    return html`<div role="alert" part="summary" class="alert">${say(messages.failed, { count: issues.length })}</div>
      <div class="table-box" tabindex="0" role="region" aria-labelledby="issues-caption">
        <table part="issues">
          <caption id="issues-caption">
            ${say(messages.issues)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${say(messages.row)}</th>
              <th scope="col">${say(messages.column)}</th>
              <th scope="col">${say(messages.header)}</th>
              <th scope="col">${say(messages.message)}</th>
            </tr>
          </thead>
          <tbody>
            ${issues.map(
              (issue) =>
                html`<tr>
                  <td class="numeric">${issue.row}</td>
                  <td>${issue.column}</td>
                  <td>${issue.header}</td>
                  <td>${say(issue.text)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  #onFile = (event: Event): void => {
    this._file = (event.target as HTMLInputElement).files?.[0];
    this._outcome = { kind: 'idle' };
  };

  #onTemplate = (): void => {
    const locale = this.locale;
    download(templateCsv(locale), messages.templateName[locale]);
  };

  #onImport = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const file = this._file;
    if (!file || this._outcome.kind === 'working') return;
    const workspace = this.workspace;
    if (!workspace) return void (this._outcome = { kind: 'refused', text: messages.noWorkspace });
    this._outcome = { kind: 'working', done: 0, total: 0 };
    const rows = await this.#read(file);
    if (!rows) return;
    // Core checks the file in chunks and waits on this pause between them, so progress paints.
    const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const result = await importRoster(workspace, rows, {
      onProgress: (done, total) => (this._outcome = { kind: 'working', done, total }),
      pause: nextFrame,
    });
    this.#finish(result);
  };

  async #read(file: File): Promise<string[][] | undefined> {
    try {
      const rows = await readRows(file, this.readFile);
      if (rows !== 'unsupported') return rows;
      this._outcome = { kind: 'refused', text: messages.noXlsx };
    } catch (error) {
      // A typed refusal (e.g. `roster.xlsxUnreadable`) already says it in both languages.
      if (isDangjianError(error)) {
        this._outcome = { kind: 'refused', text: error.text };
        return undefined;
      }
      // The reader's own words, not the file's contents: nothing personal is shown or logged.
      const reason = error instanceof Error ? error.message : String(error);
      this._outcome = { kind: 'refused', text: localize(messages.unreadable, { reason }) };
    }
    return undefined;
  }

  #finish(result: Awaited<ReturnType<typeof importRoster>>): void {
    if (result.ok) {
      this._outcome = { kind: 'imported', count: result.value.result.imported };
      this.dispatchEvent(
        new DjImportCompleteEvent({ imported: result.value.result.imported, revision: result.value.revision }),
      );
    } else if ('issues' in result.error) this._outcome = { kind: 'invalid', issues: result.error.issues };
    else this._outcome = { kind: 'refused', text: result.error.error.text };
  }

  /** A closed dialog starts afresh next time. */
  #onClosed = (): void => {
    if (this._outcome.kind === 'working') return;
    this._outcome = { kind: 'idle' };
    this._file = undefined;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]');
    if (input) input.value = '';
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-import-dialog': DjImportDialog;
  }
}
