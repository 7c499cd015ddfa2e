import { createEntityCommand } from '../create-entity.js';

/** 设岗定责: a service post, pioneer post, responsibility area or volunteer team of an org. */
export const createPost = createEntityCommand({
  type: 'post.create',
  collection: 'posts',
  references: { orgId: 'orgs', holderMemberIds: 'members' },
  event: 'post.created',
});
