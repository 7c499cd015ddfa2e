import { createEntityCommand } from '../create-entity.js';

/** 项目化: a yearly Party-building project owned by an org's secretary. */
export const createProject = createEntityCommand({
  type: 'project.create',
  collection: 'projects',
  references: { ownerOrgId: 'orgs' },
  event: 'project.created',
});
