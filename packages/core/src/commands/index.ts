export { createOrg, createOrgInput } from './org/create-org.js';
export { renameOrg } from './org/rename-org.js';
export { moveOrg } from './org/move-org.js';
export { assertNesting, nestingRule } from './org/nesting.js';
export { registerMember } from './member/register-member.js';
