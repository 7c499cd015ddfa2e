import {
  localize,
  type DangjianError,
  type LocalizedText,
  type Org,
  type Snapshot,
  type Workspace,
} from '@dangjian/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { snapshotFromRecords } from './move-rules.js';
import { DjOrgMovedEvent, DjOrgMoveRequestEvent } from './events.js';
import { orgTreeMessages } from './messages.js';
import { dropRefusal, type DropRefusal } from './move-targets.js';
import type { OrgTreeModel } from './tree-model.js';

export interface MoveHost {
  /** The tree as shown. */
  model(): OrgTreeModel | undefined;
  /** Set in data-in mode: the page owns the data. */
  orgs(): readonly Org[] | undefined;
  /** Set in connected mode: the tree runs `moveOrg` on it. */
  workspace(): Workspace | undefined;
  announce(text: LocalizedText): void;
  /** Opens the new parent and puts the tab stop (and focus) on the moved org. */
  reveal(orgId: string, parentId: string): void;
}

/** An org picked up for moving: by the pointer (dragging) or the keyboard (Ctrl+X). */
export interface PickedOrg {
  readonly orgId: string;
  readonly via: 'pointer' | 'keyboard';
}

/** Who the tree says it is when it checks a move against the rules before asking anyone. */
const checker = { id: 'dj-org-tree' };

/**
 * Moving an org under another: pick up (drag start or Ctrl+X), mark the rows that cannot take
 * it, drop (drop or Ctrl+V), and then ask the rules, the page and the workspace, in that order:
 *
 * 1. the `moveOrg` command runs dry against the current state, so a move the rules refuse
 *    (`org.nesting`, `org.cycle`) shows its typed error and never reaches the page;
 * 2. a cancelable `dj-org-move-request` lets the page refuse or, given `.orgs`, apply it;
 * 3. connected, the workspace runs the command for real (the policy or a conflict may still refuse).
 */
export class OrgMoveController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #tree: MoveHost;
  #picked: PickedOrg | undefined;
  #dropTarget: string | undefined;
  #error: DangjianError | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, tree: MoveHost) {
    this.#host = host;
    this.#tree = tree;
    host.addController(this);
  }

  get picked(): PickedOrg | undefined {
    return this.#picked;
  }

  /** The row under the dragged org, when it can take it. */
  get dropTarget(): string | undefined {
    return this.#dropTarget;
  }

  /** The last refusal, shown in the tree's alert until dismissed or the next move. */
  get error(): DangjianError | undefined {
    return this.#error;
  }

  hostDisconnected(): void {
    this.#picked = undefined;
    this.#dropTarget = undefined;
  }

  /** Why the row cannot take the picked org; undefined when it can, or nothing is picked. */
  refusalFor(parentId: string): DropRefusal | undefined {
    const model = this.#tree.model();
    return this.#picked && model ? dropRefusal(model, this.#picked.orgId, parentId) : undefined;
  }

  pick(orgId: string, via: PickedOrg['via']): void {
    const org = this.#tree.model()?.node(orgId)?.org;
    if (!org) return;
    this.#picked = { orgId, via };
    this.#error = undefined;
    if (via === 'keyboard') this.#tree.announce(localize(orgTreeMessages.picked, { name: org.name }));
    this.#host.requestUpdate();
  }

  /** Drops the pick without moving; `quietly` when the browser already ended a drag. */
  cancel(quietly = false): void {
    const picked = this.#picked;
    if (!picked) return;
    this.#picked = undefined;
    this.#dropTarget = undefined;
    const org = this.#tree.model()?.node(picked.orgId)?.org;
    if (!quietly && org) this.#tree.announce(localize(orgTreeMessages.moveCancelled, { name: org.name }));
    this.#host.requestUpdate();
  }

  /** While dragging: whether the row under the pointer may take the org (and mark it if so). */
  hover(parentId: string | undefined): boolean {
    const accepts = parentId !== undefined && this.#picked !== undefined && this.refusalFor(parentId) === undefined;
    const target = accepts ? parentId : undefined;
    if (target !== this.#dropTarget) {
      this.#dropTarget = target;
      this.#host.requestUpdate();
    }
    return accepts;
  }

  dismissError(): void {
    if (!this.#error) return;
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  /** Moves the picked org under `parentId`. Resolves once the move was saved, refused or left to the page. */
  async drop(parentId: string): Promise<void> {
    const picked = this.#picked;
    const model = this.#tree.model();
    this.#picked = undefined;
    this.#dropTarget = undefined;
    this.#host.requestUpdate();
    const org = picked && model?.node(picked.orgId)?.org;
    const parent = model?.node(parentId)?.org;
    if (!org || !parent) return;
    const refusal = model && dropRefusal(model, org.id, parent.id);
    if (refusal === 'self') return this.#tree.announce(localize(orgTreeMessages.moveCancelled, { name: org.name }));
    if (refusal === 'unchanged') {
      return this.#tree.announce(localize(orgTreeMessages.moveUnchanged, { name: org.name, parent: parent.name }));
    }
    if (!(await this.#allowedByRules(org.id, parent.id))) return;
    if (!this.#host.dispatchEvent(new DjOrgMoveRequestEvent({ orgId: org.id, parentId: parent.id, org, parent }))) {
      return this.#tree.announce(localize(orgTreeMessages.moveCancelled, { name: org.name }));
    }
    await this.#apply(org, parent);
  }

  /** Runs the command dry; shows its typed error when the rules refuse. */
  async #allowedByRules(orgId: string, parentId: string): Promise<boolean> {
    const { execute, moveOrg, snapshotFromRecords } = await import('./move-rules.js');
    const snapshot = this.#currentState(snapshotFromRecords);
    if (!snapshot) return false;
    const dry = execute(snapshot, moveOrg, { orgId, parentId }, { actor: checker, now: new Date().toISOString() });
    if (dry.ok) return true;
    this.#refuse(dry.error);
    return false;
  }

  #currentState(fromRecords: typeof snapshotFromRecords): Snapshot | undefined {
    const orgs = this.#tree.orgs();
    if (orgs) return fromRecords('data-in', 0, { orgs }, { trusted: true });
    return this.#tree.workspace()?.snapshot;
  }

  async #apply(org: Org, parent: Org): Promise<void> {
    const workspace = this.#tree.orgs() ? undefined : this.#tree.workspace();
    if (!workspace) {
      // Data in: the page applies the move to its data; show where the org will appear.
      this.#tree.reveal(org.id, parent.id);
      return this.#tree.announce(localize(orgTreeMessages.moved, { name: org.name, parent: parent.name }));
    }
    this.#tree.announce(localize(orgTreeMessages.moving, { name: org.name }));
    const { moveOrg } = await import('./move-rules.js');
    const result = await workspace.run(moveOrg, { orgId: org.id, parentId: parent.id });
    if (!result.ok) return this.#refuse(result.error);
    this.#tree.reveal(org.id, parent.id);
    this.#tree.announce(localize(orgTreeMessages.moved, { name: org.name, parent: parent.name }));
    this.#host.dispatchEvent(
      new DjOrgMovedEvent({
        orgId: org.id,
        parentId: parent.id,
        fromParentId: org.parentId,
        revision: result.value.revision,
      }),
    );
  }

  #refuse(error: DangjianError): void {
    this.#error = error;
    this.#host.requestUpdate();
  }
}
