import {
  duesMonthReport,
  duesStatementReport,
  duesTotalsReport,
  execute,
  snapshotFromRecords,
  statusReport,
  type CommandType,
  type DangjianError,
  type Member,
  type Org,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The monthly cycle on a small street: a branch opens a month (amounts snapshotted), members pay
// (self or proxy, cash or online), the branch defers or reports, the community settles.

const ctx = { actor: { id: 'tester', roles: [] }, now: '2026-11-23T02:00:00.000Z' };

const orgs: Org[] = [
  { id: 'street', name: '某街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'c1', name: '某社区党委', kind: 'committee', subkind: 'community', parentId: 'street' },
  { id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
  { id: 'g1', name: '第一党小组', kind: 'group', setting: 'buildingGroup', parentId: 'b1' },
  { id: 'b2', name: '第二党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
];
const person = (id: string, name: string, relationOrgId: string, extra: Partial<Member> = {}): Member => ({
  id,
  name,
  gender: 'female',
  birthDate: '1970-03-04',
  stage: 'full',
  relationOrgId,
  managingOrgId: relationOrgId,
  ...extra,
});
const members: Member[] = [
  person('w', '王在岗', 'b1'),
  person('r', '李退休', 'g1'),
  person('s', '赵学生', 'b1'),
  person('p', '钱预备', 'b1', { stage: 'probationary', joinedOn: '2026-11-10' }),
  person('a', '孙申请', 'b1', { stage: 'applicant' }),
  person('d', '周故去', 'b1', { status: 'deceased' }),
  person('x', '吴二支', 'b2'),
];

type Step = readonly [CommandType, unknown];

function run(snapshot: Snapshot, steps: readonly Step[]): Snapshot {
  return steps.reduce((current, [type, input]) => {
    const result = execute(current, type, input, ctx);
    if (!result.ok) throw new Error(`${type}: ${result.error.code} ${result.error.text.en}`);
    return result.value.snapshot;
  }, snapshot);
}

function refusal(snapshot: Snapshot, type: CommandType, input: unknown): DangjianError {
  const result = execute(snapshot, type, input, ctx);
  if (result.ok) throw new Error(`${type} was not refused`);
  return result.error;
}

const standard = (id: string, memberId: string, from: string, rest: object): Step => [
  'dues.setStandard',
  { id, memberId, from, setOn: `${from}-01`, ...rest },
];
const open = (id: string, orgId: string, period: string): Step => [
  'dues.openMonth',
  { id, orgId, period, openedOn: `${period}-01` },
];
const pay = (id: string, monthId: string, memberId: string, amountFen: number, paidOn: string, more = {}): Step => [
  'dues.pay',
  { id, monthId, memberId, amountFen, paidOn, payer: { kind: 'self' }, method: { kind: 'cash' }, ...more },
];

/** Standards from January: w 4500 元 wage (45 元), r 3000 元 pension (15 元), s student, p 2000 元 wage, x 8000 元. */
function street(): Snapshot {
  return run(snapshotFromRecords('320402', 1, { orgs, members }), [
    standard('sw', 'w', '2026-01', { category: 'employed', baseFen: 450_000 }),
    standard('sr', 'r', '2026-01', { category: 'retired', baseFen: 300_000 }),
    standard('ss', 's', '2026-01', { category: 'student' }),
    standard('sp', 'p', '2026-01', { category: 'employed', baseFen: 200_000 }),
    standard('sx', 'x', '2026-01', { category: 'employed', baseFen: 800_000 }),
  ]);
}

describe('the dues month: opened with each member’s category and amount snapshotted', () => {
  it('lists the branch’s Party members (its groups’ too), probationary ones from their acceptance (第八条)', () => {
    const october = run(street(), [open('oct', 'b1', '2026-10')]).duesMonths.get('oct')!;
    expect(
      october.lines.map((line) => [line.memberId, line.category, line.dueFen, line.ruleId ?? line.article]),
    ).toEqual([
      ['r', 'retired', 1500, 'dues.rate.retired.1'],
      ['s', 'student', 20, '第六条'],
      ['w', 'employed', 4500, 'dues.rate.inService.2'],
    ]);
    const november = run(street(), [open('nov', 'b1', '2026-11')]).duesMonths.get('nov')!;
    expect(november.lines.map((line) => line.memberId)).toEqual(['p', 'r', 's', 'w']);
    // A probationary member with no acceptance date on record is listed rather than let off.
    const undated = members.map(({ joinedOn, ...member }) =>
      member.id === 'p' ? member : { ...member, ...(joinedOn && { joinedOn }) },
    );
    const withoutDate = run(snapshotFromRecords('320402', 1, { orgs, members: undated }), [
      standard('sp', 'p', '2026-01', { category: 'student' }),
      ...(['w', 'r', 's'] as const).map((id) => standard(`s${id}`, id, '2026-01', { category: 'student' })),
      open('oct', 'b1', '2026-10'),
    ]);
    expect(withoutDate.duesMonths.get('oct')!.lines.map((line) => line.memberId)).toEqual(['p', 'r', 's', 'w']);
  });

  it('keeps an opened month as it was when a new wage applies from a later month (第十条)', () => {
    const raised = run(street(), [
      open('oct', 'b1', '2026-10'),
      standard('sw2', 'w', '2026-11', { category: 'employed', baseFen: 1_200_000 }),
      open('nov', 'b1', '2026-11'),
    ]);
    const lineOf = (monthId: string) => raised.duesMonths.get(monthId)!.lines.find((line) => line.memberId === 'w');
    expect(lineOf('oct')).toMatchObject({ baseFen: 450_000, dueFen: 4500 });
    expect(lineOf('nov')).toMatchObject({ baseFen: 1_200_000, dueFen: 24_000, rateBp: 200 });
  });

  it('opens all or nothing: one member without a standard refuses the month and writes nothing', () => {
    const before = run(street(), [
      [
        'member.register',
        { id: 'n', name: '郑新人', gender: 'male', birthDate: '1990-01-01', stage: 'full', relationOrgId: 'b1' },
      ],
    ]);
    const error = refusal(before, 'dues.openMonth', {
      id: 'oct',
      orgId: 'b1',
      period: '2026-10',
      openedOn: '2026-10-01',
    });
    expect(error).toMatchObject({
      code: 'dues.noStandard',
      rule: { id: 'dues.standardRequired' },
      subject: { id: 'n' },
    });
    expect(error.text['zh-CN']).toContain('郑新人');
    expect(before.duesMonths.size).toBe(0);
  });

  it('is opened by a branch, once a period', () => {
    expect(
      refusal(street(), 'dues.openMonth', { id: 'm', orgId: 'c1', period: '2026-10', openedOn: '2026-10-01' }).code,
    ).toBe('dues.notABranch');
    const opened = run(street(), [open('oct', 'b1', '2026-10')]);
    expect(refusal(opened, ...open('oct2', 'b1', '2026-10')).code).toBe('dues.monthExists');
    expect(
      refusal(opened, 'dues.openMonth', { id: 'bad', orgId: 'b1', period: '2026-13', openedOn: '2026-10-01' }).kind,
    ).toBe('validation');
  });
});

describe('payments, deferral, report and settlement', () => {
  const october = () => run(street(), [open('oct', 'b1', '2026-10')]);

  it('takes payments by the member or a proxy (代缴), in cash or online with a reference, in full', () => {
    const paid = run(october(), [
      pay('p1', 'oct', 'w', 5000, '2026-10-09'),
      pay('p2', 'oct', 'r', 1500, '2026-10-10', {
        payer: { kind: 'proxy', name: '李家属', relation: 'relative' },
        method: { kind: 'online', reference: 'WX20261010001' },
      }),
    ]);
    expect(paid.duesPayments.get('p1')).toMatchObject({
      amountFen: 5000,
      extraFen: 500,
      collectedByOrgId: 'b1',
      creditPeriod: '2026-10',
    });
    expect(paid.duesPayments.get('p2')).toMatchObject({
      payer: { kind: 'proxy' },
      method: { reference: 'WX20261010001' },
    });
    expect(paid.members.get('w')!.lastDuesPaidOn).toBe('2026-10-09');
    expect(refusal(paid, ...pay('p3', 'oct', 'w', 4500, '2026-10-11'))).toMatchObject({ code: 'dues.alreadyPaid' });
    expect(refusal(paid, ...pay('p3', 'oct', 's', 19, '2026-10-11'))).toMatchObject({
      code: 'dues.underpaid',
      rule: { id: 'dues.fullAmount', article: '第十二条' },
    });
    expect(refusal(paid, ...pay('p3', 'oct', 'x', 20, '2026-10-11')).code).toBe('dues.notInMonth');
    const noReference = refusal(paid, ...pay('p3', 'oct', 's', 20, '2026-10-11', { method: { kind: 'online' } }));
    expect(noReference).toMatchObject({ kind: 'validation', field: 'method.reference' });
    const anonymousProxy = refusal(
      paid,
      ...pay('p3', 'oct', 's', 20, '2026-10-11', { payer: { kind: 'proxy', relation: 'relative' } }),
    );
    expect(anonymousProxy).toMatchObject({ kind: 'validation', field: 'payer.name' });
  });

  it('reports only when nobody is unpaid and not deferred; the higher org settles', () => {
    let month = run(october(), [pay('p1', 'oct', 'w', 4500, '2026-10-09'), pay('p2', 'oct', 'r', 1500, '2026-10-10')]);
    const owing = refusal(month, 'dues.report', { monthId: 'oct', on: '2026-10-31' });
    expect(owing).toMatchObject({ code: 'dues.reportOwing', rule: { id: 'dues.reportWhenPaid' } });
    expect(owing.text.en).toContain('1 member(s)');
    expect(duesMonthReport(month, 'oct')!.data.canReport).toBe(false);
    month = run(month, [
      ['dues.defer', { monthId: 'oct', memberId: 's', reason: '在外地实习', agreedOn: '2026-10-20' }],
    ]);
    expect(duesMonthReport(month, 'oct')!.data).toMatchObject({
      canReport: true,
      totals: {
        dueFen: 6020,
        paidFen: 6000,
        deferredFen: 20,
        unpaidFen: 0,
        counts: { paid: 2, deferred: 1, unpaid: 0 },
      },
    });
    expect(refusal(month, 'dues.settle', { monthId: 'oct', on: '2026-11-02', byOrgId: 'c1' }).code).toBe(
      'dues.settleUnreported',
    );
    month = run(month, [['dues.report', { monthId: 'oct', on: '2026-10-31' }]]);
    expect(
      refusal(month, 'dues.defer', { monthId: 'oct', memberId: 'w', reason: '迟', agreedOn: '2026-11-01' }).code,
    ).toBe('dues.notCollecting');
    for (const byOrgId of ['b1', 'b2', 'g1']) {
      expect(refusal(month, 'dues.settle', { monthId: 'oct', on: '2026-11-02', byOrgId }).rule?.id).toBe(
        'dues.higherDecides',
      );
    }
    month = run(month, [['dues.settle', { monthId: 'oct', on: '2026-11-02', byOrgId: 'c1' }]]);
    expect(month.duesMonths.get('oct')).toMatchObject({ state: 'settled', settled: { byOrgId: 'c1' } });
  });

  it('credits a deferred month paid back later to the branch collecting it, in the month it is paid', () => {
    const back = run(october(), [
      pay('p1', 'oct', 'w', 4500, '2026-10-09'),
      pay('p2', 'oct', 'r', 1500, '2026-10-10'),
      ['dues.defer', { monthId: 'oct', memberId: 's', reason: '在外地实习', agreedOn: '2026-10-20' }],
      ['dues.report', { monthId: 'oct', on: '2026-10-31' }],
      pay('p3', 'oct', 's', 20, '2026-12-01'),
    ]);
    expect(back.duesPayments.get('p3')).toMatchObject({ collectedByOrgId: 'b1', creditPeriod: '2026-12' });
    const october2026 = duesTotalsReport(back, { orgId: 'b1', from: '2026-10', to: '2026-10' }).data;
    const december = duesTotalsReport(back, { orgId: 'c1', from: '2026-12', to: '2026-12' }).data;
    expect(october2026.ownFen).toBe(6000);
    expect(december).toMatchObject({ ownFen: 0, subtreeFen: 20 });
    expect(december.byOrg.get('b1')).toBe(20);
    expect(duesMonthReport(back, 'oct')!.data.rows.find((row) => row.memberId === 's')!.state).toBe('paid');
    expect(duesMonthReport(back, 'oct')!.findings).toEqual([]);
  });

  it('notes a back-payment beyond six months (第十二条) and a voluntary 1000 yuan bound for the Centre (第十一条)', () => {
    const snapshot = run(october(), [
      ['dues.defer', { monthId: 'oct', memberId: 's', reason: '出国留学', agreedOn: '2026-10-20' }],
      pay('late', 'oct', 's', 20, '2027-05-02'),
      pay('gift', 'oct', 'w', 4500 + 100_000, '2026-10-09'),
      pay('almost', 'oct', 'r', 1500 + 99_999, '2026-10-09'),
    ]);
    const findings = duesMonthReport(snapshot, 'oct')!.findings;
    // 999.99 yuan extra stays with the branch; 1000 yuan goes to the Centre.
    expect(findings.map((finding) => [finding.code, finding.subject.id, finding.rule.article])).toEqual([
      ['dues.backPaymentLong', 'late', '第十二条'],
      ['dues.voluntaryToCentre', 'gift', '第十一条'],
    ]);
    expect(findings.find((finding) => finding.subject.id === 'late')!.facts).toMatchObject({ monthsLate: 7, limit: 6 });
    // Six months late is still within the usual period.
    const april = run(october(), [
      ['dues.defer', { monthId: 'oct', memberId: 's', reason: '出国留学', agreedOn: '2026-10-20' }],
      pay('late', 'oct', 's', 20, '2027-04-30'),
    ]);
    expect(duesMonthReport(april, 'oct')!.findings).toEqual([]);
  });
});

describe('reliefs: the branch decides, the higher committee approves (第七条)', () => {
  const wLine = (snapshot: Snapshot, monthId: string) =>
    snapshot.duesMonths.get(monthId)!.lines.find((line) => line.memberId === 'w')!;
  const proposed = () =>
    run(street(), [
      [
        'dues.proposeRelief',
        {
          id: 'rel',
          memberId: 'w',
          kind: 'reduce',
          amountFen: 1000,
          from: '2026-11',
          reason: '家庭困难',
          branchDecidedOn: '2026-10-25',
        },
      ],
      [
        'dues.proposeRelief',
        {
          id: 'ex',
          memberId: 'r',
          kind: 'exempt',
          from: '2026-11',
          to: '2026-11',
          reason: '重病',
          branchDecidedOn: '2026-10-25',
        },
      ],
    ]);

  it('changes nothing until approved, then the month asks the relieved amount', () => {
    expect(wLine(run(proposed(), [open('nov', 'b1', '2026-11')]), 'nov').dueFen).toBe(4500);
    const approved = run(proposed(), [
      ['dues.decideRelief', { reliefId: 'rel', decision: 'approve', on: '2026-10-28', byOrgId: 'c1' }],
      ['dues.decideRelief', { reliefId: 'ex', decision: 'approve', on: '2026-10-28', byOrgId: 'street' }],
      open('nov', 'b1', '2026-11'),
      open('dec', 'b1', '2026-12'),
    ]);
    const [, r, , w] = approved.duesMonths.get('nov')!.lines;
    expect(w).toMatchObject({ standardFen: 4500, dueFen: 1000, reliefId: 'rel', article: '第二条、第七条' });
    expect(r).toMatchObject({ standardFen: 1500, dueFen: 0, reliefId: 'ex' });
    expect(approved.duesMonths.get('dec')!.lines[1]).toMatchObject({ memberId: 'r', dueFen: 1500 });
    expect(duesMonthReport(approved, 'nov')!.data.rows[1]).toMatchObject({ memberId: 'r', state: 'exempt' });
  });

  it('is decided once, by an org above the member’s branch; a reduction names its amount', () => {
    expect(
      refusal(proposed(), 'dues.decideRelief', {
        reliefId: 'rel',
        decision: 'approve',
        on: '2026-10-28',
        byOrgId: 'b1',
      }).rule?.id,
    ).toBe('dues.higherDecides');
    const rejected = run(proposed(), [
      ['dues.decideRelief', { reliefId: 'rel', decision: 'reject', on: '2026-10-28', byOrgId: 'c1' }],
    ]);
    expect(wLine(run(rejected, [open('nov', 'b1', '2026-11')]), 'nov').dueFen).toBe(4500);
    const again = refusal(rejected, 'dues.decideRelief', {
      reliefId: 'rel',
      decision: 'approve',
      on: '2026-10-29',
      byOrgId: 'c1',
    });
    expect(again.code).toBe('dues.reliefDecided');
    expect(again.text['zh-CN']).toContain('驳回');
    expect(
      refusal(street(), 'dues.proposeRelief', {
        id: 'q',
        memberId: 'w',
        kind: 'exempt',
        amountFen: 5,
        from: '2026-11',
        reason: '困难',
        branchDecidedOn: '2026-10-25',
      }).code,
    ).toBe('dues.reliefAmount');
    const backwards = refusal(street(), 'dues.proposeRelief', {
      id: 'q',
      memberId: 'w',
      kind: 'exempt',
      from: '2026-11',
      to: '2026-10',
      reason: '困难',
      branchDecidedOn: '2026-10-25',
    });
    expect(backwards).toMatchObject({ kind: 'validation', field: 'to' });
    expect(backwards.text.en).toContain('A relief cannot end before the month it starts');
    expect(backwards.text['zh-CN']).toContain('截止月份');
  });
});

describe('a transfer waits for owed dues; six unpaid months feed the status findings', () => {
  const transferOut = { memberId: 'w', direction: 'out', letterNo: '转字9号', on: '2026-11-20', counterpart: '外省' };

  it('refuses a transfer out or within while a month is unpaid or deferred, and allows it once paid', () => {
    const owing = run(street(), [open('oct', 'b1', '2026-10')]);
    const error = refusal(owing, 'member.transfer', transferOut);
    expect(error).toMatchObject({
      code: 'dues.transferOwing',
      rule: { id: 'dues.transferPaid' },
      subject: { id: 'w' },
    });
    expect(error.text['zh-CN']).toContain('2026-10');
    expect(refusal(owing, 'member.transfer', { ...transferOut, direction: 'within', toOrgId: 'b2' }).code).toBe(
      'dues.transferOwing',
    );
    const deferred = run(owing, [
      ['dues.defer', { monthId: 'oct', memberId: 'w', reason: '出差', agreedOn: '2026-10-20' }],
    ]);
    expect(refusal(deferred, 'member.transfer', transferOut).code).toBe('dues.transferOwing');
    const paid = run(deferred, [pay('p1', 'oct', 'w', 4500, '2026-11-19'), ['member.transfer', transferOut]]);
    expect(paid.members.get('w')!.status).toBe('transferredOut');
    expect(
      run(owing, [['member.transfer', { ...transferOut, direction: 'in' }]]).members.get('w')!.lastTransfer?.direction,
    ).toBe('in');
  });

  const months = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'] as const;
  const sixUnpaid = () =>
    run(
      street(),
      months.flatMap((period, index): Step[] => [
        open(`m${index}`, 'b1', period),
        // Everyone but w pays every month; w pays only April.
        ...(['r', 's'] as const).map((memberId) =>
          pay(`p${index}${memberId}`, `m${index}`, memberId, 1500, `${period}-05`),
        ),
        ...(index === 0 ? [pay('pw', 'm0', 'w', 4500, '2026-04-05')] : []),
      ]),
    );

  it('warns after six ended months unpaid in a row (第十三条), and not before', () => {
    const snapshot = sixUnpaid();
    const found = statusReport(snapshot, '2026-11-05').findings.filter((finding) => finding.subject.id === 'w');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'dues.unpaidMonths',
      rule: { id: 'dues.nonPayment', article: '第十三条', confirmed: true },
      facts: { months: 6, limit: 6, unpaidPeriods: ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'] },
    });
    expect(found[0]!.text['zh-CN']).toContain('已连续 6 个月未交纳党费');
    // On 31 October, October has not ended: five months so far.
    expect(statusReport(snapshot, '2026-10-31').findings.filter((finding) => finding.subject.id === 'w')).toEqual([]);
    // Members who paid are not warned, and the date-based dues lapse is not reported twice.
    expect(statusReport(snapshot, '2026-11-05').findings.map((finding) => finding.subject.id)).toEqual(['w']);
  });

  it('an excused member is not warned through the last excused day; an expired reason warns again', () => {
    const snapshot = sixUnpaid();
    const excusedUntil = (day: string) => ({
      ...snapshot,
      members: snapshot.members.set('w', { ...snapshot.members.get('w')!, excusedUntil: day }),
    });
    const unpaid = (day: string) =>
      statusReport(excusedUntil(day), '2026-11-05').findings.filter((finding) => finding.code === 'dues.unpaidMonths');
    expect(unpaid('2026-11-05')).toEqual([]);
    expect(unpaid('2026-11-04')).toHaveLength(1);
  });

  it('a deferral (a valid reason) or a payment breaks the run', () => {
    const deferred = run(sixUnpaid(), [
      ['dues.defer', { monthId: 'm3', memberId: 'w', reason: '住院', agreedOn: '2026-07-02' }],
    ]);
    expect(statusReport(deferred, '2026-11-05').findings).toEqual([]);
    const paidLate = run(sixUnpaid(), [pay('late', 'm6', 'w', 4500, '2026-11-03')]);
    expect(statusReport(paidLate, '2026-11-05').findings).toEqual([]);
    // As of the day before that payment, it has not happened yet.
    expect(statusReport(paidLate, '2026-11-02').findings).toHaveLength(1);
  });

  it('gives a yearly statement per member and totals for a branch and its subtree', () => {
    const snapshot = run(sixUnpaid(), [open('x10', 'b2', '2026-10'), pay('px', 'x10', 'x', 12_000, '2026-10-06')]);
    const statement = duesStatementReport(snapshot, 'w', 2026).data;
    expect(statement.months.map((month) => month.state)).toEqual(['paid', ...Array(6).fill('unpaid')]);
    expect(statement).toMatchObject({ dueFen: 7 * 4500, paidFen: 4500, owedFen: 6 * 4500 });
    expect(duesStatementReport(snapshot, 'w', 2025).data.months).toEqual([]);
    const year = duesTotalsReport(snapshot, { orgId: 'c1', from: '2026-01', to: '2026-12' }).data;
    // r pays 1500 and s pays 1500 (20 due, 1480 voluntary) each of seven months; w once; x 12000 in b2.
    expect(year.byOrg.get('b1')).toBe(7 * 3000 + 4500);
    expect(year.byOrg.get('b2')).toBe(12_000);
    expect(year).toMatchObject({ ownFen: 0, subtreeFen: 7 * 3000 + 4500 + 12_000, extraFen: 7 * 1480 });
  });
});

describe('property: a month’s totals add up and it reports exactly when nobody owes without a deferral', () => {
  it('holds for any mix of payments and deferrals', () => {
    const action = fc.constantFrom('pay', 'payExtra', 'defer', 'nothing');
    fc.assert(
      fc.property(fc.tuple(action, action, action), fc.nat(3_000_000), (actions, wage) => {
        let snapshot = run(street(), [
          standard('raise', 'w', '2026-10', { category: 'employed', baseFen: wage }),
          open('oct', 'b1', '2026-10'),
        ]);
        const lines = snapshot.duesMonths.get('oct')!.lines;
        let [paid, deferred, unpaid] = [0, 0, 0];
        lines.forEach((line, index) => {
          const what = actions[index]!;
          if (what === 'pay' || what === 'payExtra') {
            const amount = line.dueFen + (what === 'payExtra' ? 100 : 0);
            snapshot = run(snapshot, [pay(`p${index}`, 'oct', line.memberId, amount, '2026-10-05')]);
            paid += amount;
          } else if (what === 'defer') {
            snapshot = run(snapshot, [
              ['dues.defer', { monthId: 'oct', memberId: line.memberId, reason: '外出', agreedOn: '2026-10-05' }],
            ]);
            deferred += line.dueFen;
          } else unpaid += line.dueFen;
        });
        const { totals, canReport } = duesMonthReport(snapshot, 'oct')!.data;
        expect(totals).toMatchObject({ paidFen: paid, deferredFen: deferred, unpaidFen: unpaid });
        expect(Number.isSafeInteger(totals.dueFen)).toBe(true);
        const reported = execute(snapshot, 'dues.report', { monthId: 'oct', on: '2026-10-31' }, ctx);
        expect(reported.ok).toBe(canReport);
        expect(canReport).toBe(lines.every((line, index) => line.dueFen === 0 || actions[index] !== 'nothing'));
      }),
      { numRuns: 150 },
    );
  });
});
