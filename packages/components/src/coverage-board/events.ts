import type { Unit, UnitCoverage } from '@dangjian/core';

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
export class DjUnitSelectEvent extends Event {
  static readonly eventName = 'dj-unit-select';
  readonly detail: DjUnitSelectDetail;

  constructor(detail: DjUnitSelectDetail) {
    super(DjUnitSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }

  get unitId(): string {
    return this.detail.unitId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'dj-unit-select': DjUnitSelectEvent;
  }
  interface DocumentEventMap {
    'dj-unit-select': DjUnitSelectEvent;
  }
}
