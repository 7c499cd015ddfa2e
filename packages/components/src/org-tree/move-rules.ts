// The command machinery a move is checked against (schemas, the command runner): loaded on the
// first drop, so a page that only shows the tree does not download the write path.
export { execute, moveOrg, snapshotFromRecords } from '@dangjian/core';
