import { createEntityCommand } from '../create-entity.js';

/** 共驻共建协议 / 目标责任书 between a community org and a unit, with yearly targets. */
export const signAgreement = createEntityCommand({
  type: 'agreement.sign',
  collection: 'agreements',
  references: { orgId: 'orgs', unitId: 'units' },
  event: 'agreement.signed',
});
