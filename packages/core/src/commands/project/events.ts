import type { Project } from '../../schema/project.js';

/** The project area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface ProjectEvents {
  'project.created': undefined;
  'project.reviewed': { readonly rating: NonNullable<Project['rating']> };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends ProjectEvents {}
}
