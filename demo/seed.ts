import { snapshotToRecords, type EntityRecords } from '@dangjian/core';
import { qinglongStreet } from '../test/fixtures/tenants/qinglong-street.js';

/**
 * The demo tenant: 青龙街道 as its field report describes it (13 community orgs, 30 branches,
 * 1,366 members, five villages in relocation with transitional groups), built command by
 * command by the same fixture the scenario tests check.
 */
export function demoRecords(): EntityRecords {
  return snapshotToRecords(qinglongStreet());
}
