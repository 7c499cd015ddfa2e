import type { Org } from '@dangjian/core';
import type { OrgMoveController } from './move-controller.js';

/** The listeners the tree puts on its `role="tree"` container for HTML drag and drop. */
export interface DragListeners {
  readonly dragstart: (event: DragEvent) => void;
  readonly dragover: (event: DragEvent) => void;
  readonly dragleave: (event: DragEvent) => void;
  readonly drop: (event: DragEvent) => void;
  readonly dragend: () => void;
}

export interface DragHost {
  readonly move: OrgMoveController;
  /** The org of the row an event happened on. */
  orgOf(event: Event): Org | undefined;
  movable(): boolean;
  /** The tree's shadow root: a drag that leaves it clears the drop target. */
  contains(node: Node): boolean;
}

/**
 * Pointer moving: a row is dragged onto its new parent. The move controller holds the state;
 * these listeners translate the browser's drag events into pick, hover, drop and cancel.
 * A row accepts a drop only when `dragover` is cancelled, which happens only for rows that
 * may take the org, so the browser shows "not allowed" over the others.
 */
export function dragListeners(host: DragHost): DragListeners {
  const { move } = host;
  const dragging = (): boolean => move.picked?.via === 'pointer';
  return {
    dragstart: (event) => {
      const org = host.orgOf(event);
      if (!host.movable() || !org || !event.dataTransfer) return;
      event.dataTransfer.effectAllowed = 'move';
      // Firefox starts no drag without data; the name is what another application would get.
      event.dataTransfer.setData('text/plain', org.name);
      move.pick(org.id, 'pointer');
    },
    dragover: (event) => {
      if (!dragging() || !move.hover(host.orgOf(event)?.id)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    },
    dragleave: (event) => {
      const into = event.relatedTarget;
      if (!(into instanceof Node) || !host.contains(into)) move.hover(undefined);
    },
    drop: (event) => {
      const org = host.orgOf(event);
      if (!dragging() || !org) return;
      event.preventDefault();
      void move.drop(org.id);
    },
    dragend: () => {
      if (dragging()) move.cancel(true);
    },
  };
}
