import { consume } from '@lit/context';
import type { Locale, LocalizedText, MessageParams, Snapshot, Workspace } from '@dangjian/core';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from './localize-controller.js';
import { sayIn } from './say.js';
import { WorkspaceController } from './workspace-controller.js';
import { workspaceContext } from './workspace-context.js';

/** The themes the tokens know; anything else is the default 党建红 theme. */
export type DjTheme = 'light' | 'dark' | 'auto';

/**
 * What every Dangjian element shares: the workspace an enclosing `<dj-provider>` hands down (or a
 * page sets), the `theme` the tokens read, and the locale from the nearest `lang`.
 *
 * A subclass reads the workspace's state through `workspaceSnapshot` (re-rendered after every
 * command while connected) and its texts through `say`, in the locale in force. Importing this
 * module registers nothing: the `define` entries do that.
 */
export class DjElement extends LitElement {
  /**
   * The workspace to show and run commands against (connected mode). Supplied by an enclosing
   * `<dj-provider>`; may also be set directly. Data given as properties wins over it.
   */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: Workspace | undefined;

  /** `dark` for the dark theme, `auto` to follow the system; anything else is the default 党建红 theme. */
  @property({ reflect: true })
  theme: DjTheme | undefined;

  readonly #localize = new LocalizeController(this);
  readonly #workspace = new WorkspaceController(this, () => this.workspace);

  /** The locale in force: zh-CN unless the nearest `lang` says English. */
  protected get locale(): Locale {
    return this.#localize.locale;
  }

  /** The workspace's current snapshot, or none when no workspace is connected. */
  protected get workspaceSnapshot(): Snapshot | undefined {
    return this.#workspace.snapshot;
  }

  /** A message in the current locale, its `{placeholders}` filled. An arrow, so render helpers may take it. */
  protected readonly say = (message: LocalizedText, params?: MessageParams): string =>
    sayIn(this.#localize.locale)(message, params);
}
