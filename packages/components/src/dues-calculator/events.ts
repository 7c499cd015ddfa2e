import type { DuesAmount } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjDuesAmountDetail {
  /** The amount core's `duesAmount` gave for the category and base now entered, with its trace. */
  readonly amount: DuesAmount;
}

/** The category or base changed and gave a new monthly amount. */
export class DjDuesAmountEvent extends DjEvent<DjDuesAmountDetail> {
  static override readonly eventName = 'dj-dues-amount';

  get amountFen(): number {
    return this.detail.amount.amountFen;
  }
}

declare global {
  interface DjEventMap {
    'dj-dues-amount': DjDuesAmountEvent;
  }
}
