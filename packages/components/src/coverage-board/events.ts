import type { Unit, UnitCoverage } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjUnitSelectDetail {
  readonly unitId: string;
  /** The unit, when the element knows it (always, except a `.report` given without `.units`). */
  readonly unit: Unit | undefined;
  readonly coverage: UnitCoverage;
}

/**
 * A reader chose a unit (click, Enter or Space). Cancel it (`preventDefault()`) to keep the
 * current selection.
 */
export class DjUnitSelectEvent extends DjEvent<DjUnitSelectDetail> {
  static override readonly eventName = 'dj-unit-select';
  static override readonly cancelable = true;

  get unitId(): string {
    return this.detail.unitId;
  }
}

declare global {
  interface DjEventMap {
    'dj-unit-select': DjUnitSelectEvent;
  }
}
