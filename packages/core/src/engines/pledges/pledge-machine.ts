import type { LocalizedText } from '../../i18n/locale.js';
import type { Pledge, PledgeOutcome, PledgeState } from '../../schema/pledge.js';
import { pledgeRules } from './rules.js';

/** What can happen to a pledge; every step carries its Asia/Shanghai day. */
export type PledgeEvent =
  | { readonly type: 'report'; readonly on: string; readonly evidence: string; readonly links: readonly string[] }
  | {
      readonly type: 'assess';
      readonly on: string;
      readonly by: string;
      readonly outcome: PledgeOutcome;
      readonly comment?: string;
    }
  | { readonly type: 'withdraw'; readonly on: string; readonly reason?: string };

/** Which events each state takes: the machine as data (assessed and withdrawn take none). */
export const pledgeSteps: Readonly<Record<PledgeState, readonly PledgeEvent['type'][]>> = {
  made: ['report', 'assess', 'withdraw'],
  reported: ['assess', 'withdraw'],
  assessed: [],
  withdrawn: [],
};

export const pledgeStateLabels: Readonly<Record<PledgeState, LocalizedText>> = {
  made: { 'zh-CN': '践诺中', en: 'in progress' },
  reported: { 'zh-CN': '待评议', en: 'awaiting assessment' },
  assessed: { 'zh-CN': '已评议', en: 'assessed' },
  withdrawn: { 'zh-CN': '已撤回', en: 'withdrawn' },
};

export const pledgeOutcomeLabels: Readonly<Record<PledgeOutcome, LocalizedText>> = {
  fulfilled: { 'zh-CN': '已践诺', en: 'kept' },
  partly: { 'zh-CN': '部分践诺', en: 'partly kept' },
  not: { 'zh-CN': '未践诺', en: 'not kept' },
};

const stepLabels: Readonly<Record<PledgeEvent['type'], LocalizedText>> = {
  report: { 'zh-CN': '报告践诺情况', en: 'reported' },
  assess: { 'zh-CN': '评议', en: 'assessed' },
  withdraw: { 'zh-CN': '撤回', en: 'withdrawn' },
};

/** Why a step was refused, as data: the command turns it into a typed error naming the rule. */
export type PledgeRefusal =
  | {
      readonly rule: typeof pledgeRules.lifecycle;
      readonly params: { state: LocalizedText; step: LocalizedText };
    }
  | { readonly rule: typeof pledgeRules.evidenceBeforeAssessment; readonly params?: undefined };

export type PledgeStep =
  { readonly ok: true; readonly pledge: Pledge } | { readonly ok: false; readonly refusal: PledgeRefusal };

/**
 * The next pledge, or why not: a pure function of the pledge and the event. A pledge nobody
 * reported on may still be assessed, but only as not kept: a kept promise needs its evidence.
 */
export function pledgeTransition(pledge: Pledge, event: PledgeEvent): PledgeStep {
  if (!pledgeSteps[pledge.state].includes(event.type)) {
    const params = { state: pledgeStateLabels[pledge.state], step: stepLabels[event.type] };
    return { ok: false, refusal: { rule: pledgeRules.lifecycle, params } };
  }
  const next = (changes: Partial<Pledge>): PledgeStep => ({ ok: true, pledge: { ...pledge, ...changes } });
  switch (event.type) {
    case 'report':
      return next({
        state: 'reported',
        fulfilment: { reportedOn: event.on, evidence: event.evidence, links: [...event.links] },
      });
    case 'assess': {
      if (pledge.state === 'made' && event.outcome !== 'not') {
        return { ok: false, refusal: { rule: pledgeRules.evidenceBeforeAssessment } };
      }
      const assessment = {
        outcome: event.outcome,
        assessedOn: event.on,
        assessedBy: event.by,
        ...(event.comment !== undefined && { comment: event.comment }),
      };
      return next({ state: 'assessed', assessment });
    }
    case 'withdraw':
      return next({
        state: 'withdrawn',
        withdrawnOn: event.on,
        ...(event.reason !== undefined && { withdrawReason: event.reason }),
      });
  }
}
