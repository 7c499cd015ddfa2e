/**
 * Time comes in from outside: core never reads the system clock, so every decision is
 * reproducible in tests. A portal passes a clock that reads the system time (see demo/main.ts).
 */
export interface Clock {
  /** The current instant as an ISO-8601 string with offset, e.g. `2026-11-23T02:40:00.000Z`. */
  now(): string;
}

/** A clock that stands still until told to move (xstate's SimulatedClock is the model). */
export class SimulatedClock implements Clock {
  #epochMs: number;

  constructor(startIso: string) {
    this.#epochMs = Date.parse(startIso);
    if (Number.isNaN(this.#epochMs)) throw new RangeError(`Not an ISO instant: ${startIso}`);
  }

  now(): string {
    return new Date(this.#epochMs).toISOString();
  }

  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('A clock only moves forward');
    this.#epochMs += ms;
  }

  set(iso: string): void {
    const next = Date.parse(iso);
    if (Number.isNaN(next)) throw new RangeError(`Not an ISO instant: ${iso}`);
    this.#epochMs = next;
  }
}

export function fixedClock(iso: string): Clock {
  return new SimulatedClock(iso);
}
