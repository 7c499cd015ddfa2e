import { createContext } from '@lit/context';
import type { Workspace } from '@dangjian/core';

/**
 * The workspace `<dj-provider>` hands to every connected element below it.
 *
 * A global symbol (not a local one) so two copies of the kit on one page — a portal that bundles
 * it twice, or a micro-frontend — still find each other's provider.
 */
export const workspaceContext = createContext<Workspace | undefined>(Symbol.for('dj-workspace'));

export type WorkspaceContext = typeof workspaceContext;
