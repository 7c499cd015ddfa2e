/**
 * JSX types for React 19 (`@types/react` 19): every `dj-*` element in `JSX.IntrinsicElements`,
 * with its public properties and an `ondj-*` prop per event it fires.
 *
 * ```ts
 * import type {} from '@dangjian/components/react'; // once, anywhere in the app
 * import '@dangjian/components/org-tree/define'; // register before the first render
 *
 * <dj-org-tree orgs={orgs} expandDepth={2} ondj-org-select={(event) => open(event.orgId)} />
 * ```
 *
 * React 19 sets a prop as a property when the element has one (`orgs`, `expandDepth`), otherwise
 * as an attribute, so register the elements before React renders them. An event prop is `on` plus
 * the event's exact name: `ondj-org-select`, not `onDjOrgSelect`. Types only: this entry adds no code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type {} from './index.js';

/** The events each element fires, by name (the `HTMLElementEventMap` entries the elements declare). */
export interface DjElementEvents {
  'dj-provider': object;
  'dj-org-tree': Pick<HTMLElementEventMap, 'dj-org-select' | 'dj-org-toggle' | 'dj-org-move-request' | 'dj-org-moved'>;
  'dj-coverage-board': Pick<HTMLElementEventMap, 'dj-unit-select'>;
  'dj-conference-roster': object;
  'dj-member-roster': Pick<HTMLElementEventMap, 'dj-member-select' | 'dj-unmask-request'>;
  'dj-member-card': Pick<HTMLElementEventMap, 'dj-unmask-request'>;
  'dj-contact-card': Pick<HTMLElementEventMap, 'dj-contact-recorded'>;
  'dj-registration-form': Pick<HTMLElementEventMap, 'dj-registration-submit' | 'dj-registration-saved'>;
  'dj-import-dialog': Pick<HTMLElementEventMap, 'dj-import-complete'>;
}

export type DjTagName = keyof DjElementEvents;

/** An element's own data properties (not LitElement's or HTMLElement's, no methods), all optional. */
export type DjElementProperties<E> = {
  [K in keyof E as K extends keyof LitElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** `ondj-org-select={(event) => …}` for each event, typed with the event's class. */
export type DjEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** What a `dj-*` tag accepts in JSX: the usual HTML props, the element's properties, its events. */
export type DjElementProps<Tag extends DjTagName> = DetailedHTMLProps<
  HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  HTMLElementTagNameMap[Tag]
> &
  DjElementProperties<HTMLElementTagNameMap[Tag]> &
  DjEventProps<DjElementEvents[Tag]>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's own interface.
    interface IntrinsicElements extends DjIntrinsicElements {}
  }
}

/** Every `dj-*` tag with its props, merged into React's `JSX.IntrinsicElements`. */
export type DjIntrinsicElements = { [Tag in DjTagName]: DjElementProps<Tag> };
