/**
 * The classes, events and context of Dangjian Kit's elements, without registering any tag.
 * Register with the per-element entry points: `import '@dangjian/components/org-tree/define'`.
 */
export { DjProvider } from './provider/provider.js';
export { DjOrgTree } from './org-tree/org-tree.js';
export {
  DjOrgSelectEvent,
  DjOrgToggleEvent,
  type DjOrgSelectDetail,
  type DjOrgToggleDetail,
} from './org-tree/events.js';
export { workspaceContext, type WorkspaceContext } from './shared/workspace-context.js';
export { WorkspaceController } from './shared/workspace-controller.js';
export { LocalizeController } from './shared/localize-controller.js';
export { localeFromLang, langAt } from './shared/locale.js';
export { defineElement } from './shared/define-element.js';
export { tokens } from './shared/tokens.styles.js';
