/** The post area's events (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface PostEvents {
  'post.created': undefined;
  'building.added': undefined;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends PostEvents {}
}
