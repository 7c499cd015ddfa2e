/**
 * 元 as typed ↔ integer fen, without a float ever holding money: "3000.01" is read digit by
 * digit as 300001 fen (parseFloat would give 3000.01 × 100 = 300000.99999999994).
 */
const yuanPattern = /^(\d{1,10})(?:\.(\d{0,2}))?$|^\.(\d{1,2})$/;

/** A decimal amount in 元 (at most two places, thousands separators allowed) as fen; undefined if not one. */
export function fenFromYuanText(text: string): number | undefined {
  const match = yuanPattern.exec(text.trim().replace(/[,，\s]/g, ''));
  if (!match) return undefined;
  const whole = match[1] ?? '0';
  const cents = (match[2] ?? match[3] ?? '').padEnd(2, '0');
  return Number(whole) * 100 + Number(cents);
}

/** Integer fen as 元 with two places: 300001 → "3000.01". */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const whole = Math.abs(fen);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}
