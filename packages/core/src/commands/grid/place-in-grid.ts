import { gridRules } from '../../engines/grids/rules.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { GridPlacementSchema } from '../../schema/grid.js';

/**
 * 网格党小组: places a member in the grid group near home, or moves them there. A member keeps one
 * placement: a second call moves the first rather than adding another, so commands alone never put a
 * member in two groups (an import can; `gridReport` finds it).
 */
export const placeInGrid = defineCommand({
  type: 'grid.place',
  input: GridPlacementSchema,
  subject: (input) => ({ collection: 'orgs', id: input.groupOrgId }),
  run(tx, input) {
    tx.require('members', input.memberId, 'memberId');
    const group = tx.require('orgs', input.groupOrgId, 'groupOrgId');
    if (group.kind !== 'group' || group.setting !== 'grid') {
      throw refuse(gridRules.placeInGridGroup, { collection: 'orgs', id: group.id }, 'groupOrgId', {
        name: group.name,
      });
    }
    const currentId = tx.idsWhere('gridPlacements', ['memberId'], input.memberId)[0];
    const current = currentId === undefined ? undefined : tx.get('gridPlacements', currentId);
    const placement = current
      ? tx.update('gridPlacements', current.id, (draft) => {
          draft.groupOrgId = input.groupOrgId;
          draft.since = input.since;
        })
      : tx.insert('gridPlacements', input);
    tx.emit({
      type: 'grid.placed',
      subject: { collection: 'gridPlacements', id: placement.id },
      data: { memberId: placement.memberId, groupOrgId: placement.groupOrgId },
    });
    return placement;
  },
});
