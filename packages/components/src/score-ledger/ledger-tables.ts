import {
  scorePartLabels,
  scoreParts,
  scoreSourceLabels,
  type BranchRanking,
  type LedgerLine,
  type MemberScoreLedger,
  type Snapshot,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { scoreLedgerMessages as messages } from './messages.js';

type Records = Pick<Snapshot, 'meetings' | 'wishes' | 'pledges' | 'volunteerHours' | 'pointAwards'>;

/**
 * What the line's record says about itself: a meeting's topic, a wish's title, a pledge's text,
 * the hours' note (else the day), an award's reason.
 */
function recordText(line: LedgerLine, records: Records | undefined): string {
  const { collection, id } = line.sourceRef;
  if (collection === 'meetings') return records?.meetings.get(id)?.topic ?? id;
  if (collection === 'wishes') return records?.wishes.get(id)?.title ?? id;
  if (collection === 'pledges') return records?.pledges.get(id)?.text ?? id;
  if (collection === 'volunteerHours') {
    const hours = records?.volunteerHours.get(id);
    return hours ? (hours.note ?? hours.on) : id;
  }
  return records?.pointAwards.get(id)?.reason ?? id;
}

function note(line: LedgerLine, ledger: MemberScoreLedger, say: Say): string {
  const veto = line.vetoedBy && ledger.vetoes.find((each) => each.id === line.vetoedBy);
  return [
    line.capped ? say(messages.capped, { period: line.capped.period, max: line.capped.max }) : '',
    veto ? say(messages.vetoed, { veto: veto.label }) : '',
  ]
    .filter(Boolean)
    .join('；');
}

function lineRow(line: LedgerLine, ledger: MemberScoreLedger, say: Say, records: Records | undefined): TemplateResult {
  const reduced = line.points < line.rawPoints;
  return html`<tr data-item=${line.itemId} data-part=${line.part} data-reduced=${String(reduced)}>
    <td data-col="on">${line.on}</td>
    <th scope="row" data-col="item">${say(line.item)}</th>
    <td data-col="part">${say(scorePartLabels[line.part])}</td>
    <td data-col="source">${say(scoreSourceLabels[line.source])} · ${recordText(line, records)}</td>
    <td class="num" data-col="raw">${line.rawPoints}</td>
    <td class="num" data-col="points">${line.points}</td>
    <td class="note" data-col="note">${note(line, ledger, say)}</td>
  </tr>`;
}

/** One member's year: a row per line, then a row per part and the total, each the sum of the lines. */
export function ledgerTable(ledger: MemberScoreLedger, say: Say, records: Records | undefined): TemplateResult {
  if (ledger.lines.length === 0) return html`<p class="status" part="status">${say(messages.noLines)}</p>`;
  return html`<table part="table">
    <thead>
      <tr>
        <th scope="col">${say(messages.date)}</th>
        <th scope="col">${say(messages.item)}</th>
        <th scope="col">${say(messages.part)}</th>
        <th scope="col">${say(messages.source)}</th>
        <th scope="col" class="num">${say(messages.raw)}</th>
        <th scope="col" class="num">${say(messages.counted)}</th>
        <th scope="col">${say(messages.note)}</th>
      </tr>
    </thead>
    <tbody>
      ${ledger.lines.map((line) => lineRow(line, ledger, say, records))}
    </tbody>
    <tfoot part="totals">
      ${scoreParts.map(
        (part) =>
          html`<tr data-part=${part}>
            <th scope="row" colspan="5">${say(scorePartLabels[part])}</th>
            <td class="num" data-col="points">${ledger.parts[part]}</td>
            <td></td>
          </tr>`,
      )}
      <tr data-total>
        <th scope="row" colspan="5">${say(messages.total)}</th>
        <td class="num" data-col="points">${ledger.total}</td>
        <td></td>
      </tr>
    </tfoot>
  </table>`;
}

/** One branch's ranking: rank, name (a button opening the member's ledger) and total. */
export function rankingTable(
  ranking: BranchRanking,
  say: Say,
  onSelect: (memberId: string) => void,
): TemplateResult | typeof nothing {
  if (ranking.members.length === 0) return html`<p class="status" part="status">${say(messages.noMembers)}</p>`;
  return html`<table part="ranking" data-org=${ranking.orgId}>
    <caption>
      ${ranking.name}
    </caption>
    <thead>
      <tr>
        <th scope="col" class="num">${say(messages.rank)}</th>
        <th scope="col">${say(messages.member)}</th>
        <th scope="col" class="num">${say(messages.total)}</th>
      </tr>
    </thead>
    <tbody>
      ${ranking.members.map(
        (member) =>
          html`<tr data-member=${member.memberId}>
            <td class="num" data-col="rank">${member.rank}</td>
            <th scope="row">
              <button type="button" class="link" @click=${() => onSelect(member.memberId)}>${member.name}</button>
            </th>
            <td class="num" data-col="points">${member.total}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
