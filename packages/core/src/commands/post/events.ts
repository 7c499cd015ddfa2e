/** The post area's events (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface PostEvents {
  'post.created': undefined;
  'building.added': undefined;
  /** A member took up a post (设岗定责); `on` is the Asia/Shanghai day. */
  'post.claimed': { readonly postId: string; readonly memberId: string; readonly on: string };
  /** A member left a post, or was taken off it. */
  'post.released': { readonly postId: string; readonly memberId: string; readonly on: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends PostEvents {}
}
