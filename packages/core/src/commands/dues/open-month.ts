import { civilDate, daysInMonth } from '../../calendar/civil-date.js';
import { reliefFor, standardFor } from '../../engines/dues/dues-ledger.js';
import { duesLineOf } from '../../engines/dues/dues-line.js';
import { subtreeOf } from '../../engines/org-tree.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema, IsoDateSchema } from '../../schema/common.js';
import { DuesPeriodSchema, type DuesPeriod } from '../../schema/dues.js';
import { isPartyMember, type Member } from '../../schema/member.js';
import { z } from '../../schema/zod.js';
import { duesRules } from './rules.js';

function lastDayOf(period: DuesPeriod): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return civilDate(year, month, daysInMonth(year, month));
}

/**
 * Who owes a branch's month: its Party members (full, and probationary from the day the branch
 * meeting accepted them, 第八条) whose relation sits in the branch or one of its groups; by id,
 * so every store lists a month alike.
 */
function membersOwing(tx: Transaction, branchId: string, period: DuesPeriod): Member[] {
  const end = lastDayOf(period);
  // The members of each org of the subtree, from the relation index: never a pass over the roster.
  return [...subtreeOf(tx.snapshot, branchId)]
    .flatMap((orgId) => tx.idsWhere('members', ['relationOrgId'], orgId))
    .map((id) => tx.get('members', id)!)
    .filter(
      (member) =>
        isPartyMember(member) &&
        (member.status ?? 'active') === 'active' &&
        // Without an acceptance date on record a probationary member is listed: owing is the rule.
        (member.stage === 'full' || member.joinedOn === undefined || member.joinedOn <= end),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * 开启党费收缴月: each member's category and amount are snapshotted from the standard and any
 * approved relief in force for the month, so a later change of standard never rewrites it.
 * All or nothing: one member without a standard refuses the whole month.
 */
export const openDuesMonth = defineCommand({
  type: 'dues.openMonth',
  input: z.object({ id: IdSchema, orgId: IdSchema, period: DuesPeriodSchema, openedOn: IsoDateSchema }),
  subject: (input) => ({ collection: 'orgs', id: input.orgId }),
  run(tx, { id, orgId, period, openedOn }) {
    const org = tx.require('orgs', orgId, 'orgId');
    if (org.kind !== 'branch') {
      throw refuse(duesRules.branchCollects, { collection: 'orgs', id: orgId }, 'orgId', { name: org.name });
    }
    if (
      tx.idsWhere('duesMonths', ['orgId'], orgId).some((monthId) => tx.get('duesMonths', monthId)!.period === period)
    ) {
      throw refuse(duesRules.oneMonthPerPeriod, { collection: 'orgs', id: orgId }, 'period', {
        name: org.name,
        period,
      });
    }
    const lines = membersOwing(tx, orgId, period).map((member) => {
      const standard = standardFor(tx.snapshot, member.id, period);
      if (!standard) {
        throw refuse(duesRules.standardRequired, { collection: 'members', id: member.id }, 'orgId', {
          name: member.name,
          period,
        });
      }
      return duesLineOf(member.id, standard, reliefFor(tx.snapshot, member.id, period));
    });
    const month = tx.insert('duesMonths', { id, orgId, period, openedOn, state: 'collecting', lines });
    tx.emit({
      type: 'dues.monthOpened',
      subject: { collection: 'duesMonths', id },
      data: { orgId, period, members: lines.length, dueFen: lines.reduce((sum, line) => sum + line.dueFen, 0) },
    });
    return month;
  },
});
