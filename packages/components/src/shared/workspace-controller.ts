import type { Snapshot, Workspace } from '@dangjian/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a connected element subscribed to its workspace: it subscribes while the element is in
 * the document (and only then, so a removed element is not kept alive by the workspace's
 * listener set), follows the host when its workspace is replaced, and re-renders the host after
 * every command or reload.
 *
 * The host reads the state through `snapshot`: always the current workspace's current snapshot,
 * even before the subscription has caught up with a workspace set a moment ago.
 */
export class WorkspaceController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #workspaceOf: () => Workspace | undefined;
  #subscribed: Workspace | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, workspaceOf: () => Workspace | undefined) {
    this.#host = host;
    this.#workspaceOf = workspaceOf;
    host.addController(this);
  }

  get snapshot(): Snapshot | undefined {
    return this.#workspaceOf()?.snapshot;
  }

  hostConnected(): void {
    this.#sync();
    // Commands may have run while the element was out of the document, unheard.
    if (this.#subscribed) this.#host.requestUpdate();
  }

  /** Runs before every render: catches a workspace set (or provided) since the last one. */
  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
  }

  #sync(): void {
    const workspace = this.#workspaceOf();
    if (workspace === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#subscribed = workspace;
    this.#unsubscribe = workspace?.subscribe(() => this.#host.requestUpdate());
  }
}
