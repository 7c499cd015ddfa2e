import { defineCommand } from '../../kernel/command.js';
import { IdSchema } from '../../schema/common.js';
import { UnitSchema, formations } from '../../schema/unit.js';
import { z } from '../../schema/zod.js';
import { schemaIssue } from '../../schema/schema-issue.js';
import { unitMessages } from './messages.js';

const input = z
  .object({
    unitId: IdSchema,
    formation: z.enum(formations),
    orgId: IdSchema.optional(),
    instructor: UnitSchema.shape.instructor,
  })
  .superRefine((value, ctx) => {
    if (value.formation === 'instructor' && !value.instructor) {
      ctx.addIssue({
        code: 'custom',
        path: ['instructor'],
        ...schemaIssue(unitMessages.instructorNeedsName),
      });
    }
    if (value.formation !== 'instructor' && !value.orgId) {
      ctx.addIssue({
        code: 'custom',
        path: ['orgId'],
        ...schemaIssue(unitMessages.coverageNeedsOrg),
      });
    }
  });

/** Records how a unit is covered: 单建 / 联建 / 挂建 with the covering org, or 派建 with the instructor. */
export const setUnitCoverage = defineCommand({
  type: 'unit.setCoverage',
  input,
  subject: (value) => ({ collection: 'units', id: value.unitId }),
  run(tx, { unitId, formation, orgId, instructor }) {
    const before = tx.require('units', unitId, 'unitId');
    if (orgId) tx.require('orgs', orgId, 'orgId');
    const unit = tx.update('units', unitId, (draft) => {
      draft.formation = formation;
      if (orgId) draft.orgId = orgId;
      else delete draft.orgId;
      if (instructor) draft.instructor = instructor;
    });
    // A joint branch lists the units it covers: the old one lets go, the new one takes the unit on.
    const oldJoint = before.formation === 'joint' ? before.orgId : undefined;
    if (oldJoint && oldJoint !== orgId && tx.get('orgs', oldJoint)) {
      tx.update('orgs', oldJoint, (draft) => {
        draft.unitIds = (draft.unitIds ?? []).filter((id) => id !== unitId);
      });
    }
    if (orgId && formation === 'joint') {
      tx.update('orgs', orgId, (draft) => {
        draft.unitIds = [...new Set([...(draft.unitIds ?? []), unitId])];
      });
    }
    tx.emit({ type: 'unit.coverageSet', subject: { collection: 'units', id: unitId }, data: { formation } });
    return unit;
  },
});
