import { provide } from '@lit/context';
import type { Workspace } from '@dangjian/core';
import { LitElement, css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { workspaceContext } from '../shared/workspace-context.js';

/**
 * Supplies a `Workspace` to every connected Dangjian element inside it.
 *
 * It renders nothing of its own (`display: contents`), so it can wrap any part of a portal
 * page without changing the layout. Elements inside that are given data directly (`.orgs`)
 * ignore it.
 *
 * @summary Supplies a Workspace to the connected Dangjian elements inside it.
 * @slot - The elements (and any other markup) that use this workspace.
 *
 * @example
 * ```html
 * <dj-provider id="dj"><dj-org-tree></dj-org-tree></dj-provider>
 * <script type="module">
 *   document.getElementById('dj').workspace = await Workspace.open({ store, tenant, clock, actor });
 * </script>
 * ```
 */
export class DjProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * The workspace the elements inside read and run commands against. Replace it (a new
   * tenant, a new store) and every connected element switches over.
   */
  @provide({ context: workspaceContext })
  @property({ attribute: false })
  workspace: Workspace | undefined;

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-provider': DjProvider;
  }
}
