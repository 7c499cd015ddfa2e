import {
  duesCategoryName,
  type DuesLineState,
  type DuesMonthData,
  type DuesPayment,
  type Snapshot,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { yuanText } from '../dues-calculator/money.js';
import type { Say } from '../shared/say.js';
import { duesStatementMessages as messages } from './messages.js';

/** One member's line as the statement shows it: names only, never an ID number or phone. */
export interface StatementLine {
  readonly memberId: string;
  readonly name: string;
  readonly line: DuesMonthData['month']['lines'][number];
  readonly dueFen: number;
  readonly paidFen: number;
  readonly deferredFen: number;
  readonly owingFen: number;
  readonly state: DuesLineState;
  readonly payment?: DuesPayment;
}

const stateWords = {
  paid: messages.statePaid,
  deferred: messages.stateDeferred,
  unpaid: messages.stateUnpaid,
  exempt: messages.stateExempt,
} as const;

/** The report's rows with each member's name and the deferred and owing amounts split out. */
export function statementLines(data: DuesMonthData, members: Pick<Snapshot['members'], 'get'>): StatementLine[] {
  return data.rows.map((row, at) => ({
    memberId: row.memberId,
    name: members.get(row.memberId)?.name ?? row.memberId,
    line: data.month.lines[at]!,
    dueFen: row.dueFen,
    paidFen: row.paidFen,
    deferredFen: row.state === 'deferred' ? row.dueFen : 0,
    owingFen: row.state === 'unpaid' ? row.dueFen : 0,
    state: row.state,
    ...(row.payment && { payment: row.payment }),
  }));
}

function paymentNote(payment: DuesPayment | undefined, say: Say): string {
  if (!payment) return '';
  const by = payment.payer.kind === 'proxy' ? say(messages.byProxy, { name: payment.payer.name }) : '';
  const how =
    payment.method.kind === 'online'
      ? say(messages.online, { reference: payment.method.reference })
      : say(messages.cash);
  return [payment.paidOn, by, how].filter(Boolean).join(' · ');
}

function row(line: StatementLine, say: Say, actions: (line: StatementLine) => unknown): TemplateResult {
  return html`<tr data-member=${line.memberId} data-state=${line.state}>
    <th scope="row">${line.name}</th>
    <td>${say(duesCategoryName(line.line.category))}</td>
    <td class="fen" data-col="due">${yuanText(line.dueFen)}</td>
    <td class="fen" data-col="paid">${yuanText(line.paidFen)}</td>
    <td class="fen" data-col="deferred">${yuanText(line.deferredFen)}</td>
    <td class="fen" data-col="owing">${yuanText(line.owingFen)}</td>
    <td data-col="state">
      ${say(stateWords[line.state])}
      ${line.payment ? html`<span class="note">${paymentNote(line.payment, say)}</span>` : nothing}
      ${line.line.deferral ? html`<span class="note">${line.line.deferral.reason}</span>` : nothing}
    </td>
    <td class="row-actions">${actions(line)}</td>
  </tr>`;
}

/** The month's table: a row per member and the totals row, money in 元 from integer fen. */
export function statementTable(
  data: DuesMonthData,
  lines: readonly StatementLine[],
  say: Say,
  actions: (line: StatementLine) => unknown,
): TemplateResult {
  const { totals } = data;
  return html`<table part="table">
    <thead>
      <tr>
        <th scope="col">${say(messages.member)}</th>
        <th scope="col">${say(messages.category)}</th>
        <th scope="col">${say(messages.due)}</th>
        <th scope="col">${say(messages.paid)}</th>
        <th scope="col">${say(messages.deferred)}</th>
        <th scope="col">${say(messages.owing)}</th>
        <th scope="col">${say(messages.state)}</th>
        <th scope="col">${say(messages.actions)}</th>
      </tr>
    </thead>
    <tbody>
      ${lines.map((line) => row(line, say, actions))}
    </tbody>
    <tfoot part="totals">
      <tr>
        <th scope="row" colspan="2">${say(messages.total, { members: totals.members })}</th>
        <td class="fen" data-col="due">${yuanText(totals.dueFen)}</td>
        <td class="fen" data-col="paid">${yuanText(totals.paidFen)}</td>
        <td class="fen" data-col="deferred">${yuanText(totals.deferredFen)}</td>
        <td class="fen" data-col="owing">${yuanText(totals.unpaidFen)}</td>
        <td colspan="2"></td>
      </tr>
    </tfoot>
  </table>`;
}
