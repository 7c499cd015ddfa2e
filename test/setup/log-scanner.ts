import { containsPiiShape, maskPiiShapes } from '@dangjian/core';

/** Where a line was written: a console method or a process stream. */
export type LogStream = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'stdout' | 'stderr';

/** A line that held an ID-number or mobile shape, kept only in masked form. */
export interface LogHit {
  readonly stream: LogStream;
  readonly masked: string;
}

/**
 * Counts the lines a test process writes and remembers those that hold a personal-number shape
 * (the same shapes core's error paths guard against). Only masked lines are kept, so reporting a
 * leak never repeats it.
 */
export class LogScanner {
  lines = 0;
  hitCount = 0;
  #pending: LogHit[] = [];

  /** Scans the text line by line and returns it with every shape starred out. */
  scan(stream: LogStream, text: string): string {
    const lines = text.split('\n');
    // A write that ends with a newline has no line after it.
    this.lines += text.endsWith('\n') ? lines.length - 1 : lines.length;
    for (const line of lines.filter(containsPiiShape)) {
      this.hitCount++;
      this.#pending.push({ stream, masked: maskPiiShapes(line).slice(0, 200) });
    }
    return maskPiiShapes(text);
  }

  /** Hits since the last call, handed over once. */
  takeHits(): LogHit[] {
    return this.#pending.splice(0);
  }
}
