import { officialDuesSchedule } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// The ids the schedule's figures are cited by (a finding or a trace names them): written out by hand.
describe('dues schedule: each figure under its own rule id', () => {
  it('names the collection figures', () => {
    const schedule = officialDuesSchedule;
    expect({
      cadence: schedule.cadence.rule.id,
      prepayment: schedule.prepayment.rule.id,
      whereToPay: schedule.whereToPay.rule.id,
      prohibitions: schedule.collectionProhibitions.rule.id,
      relief: schedule.reliefApprovals.rule.id,
      probationary: schedule.probationaryPayFromAcceptance.rule.id,
      backPayment: schedule.backPaymentMaxMonths.rule.id,
      proxy: schedule.proxyPayers.rule.id,
      quarterly: schedule.quarterlyAllowed.rule.id,
      nonPayment: schedule.nonPaymentMonths.rule.id,
      constitution: schedule.nonPaymentConstitution.rule.id,
      voluntary: schedule.voluntaryCentralThresholdFen.rule.id,
      remittance: schedule.upwardRemittanceBp.map((figure) => figure.rule.id),
      fixed: schedule.fixedAmounts.map((entry) => entry.rule.id),
    }).toStrictEqual({
      cadence: 'dues.cadence',
      prepayment: 'dues.prepayment',
      whereToPay: 'dues.whereToPay',
      prohibitions: 'dues.prohibitions',
      relief: 'dues.relief',
      probationary: 'dues.probationary',
      backPayment: 'dues.backPayment',
      proxy: 'dues.proxy',
      quarterly: 'dues.quarterly',
      nonPayment: 'dues.nonPayment',
      constitution: 'dues.nonPayment.constitution',
      voluntary: 'dues.voluntaryCentral',
      remittance: ['dues.remittance.1', 'dues.remittance.2'],
      fixed: [
        'dues.fixed.farmer',
        'dues.fixed.student',
        'dues.fixed.unemployed',
        'dues.fixed.relief',
        'dues.fixed.subsistence',
      ],
    });
    expect(schedule.cadence.value).toBe('monthly');
  });
});
