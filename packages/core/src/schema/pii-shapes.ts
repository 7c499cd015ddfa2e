/**
 * What personal numbers look like inside any text: a citizen ID number (17 digits and a digit or
 * X, or the old 15-digit form) and a mainland mobile number. Matched anywhere, with no word
 * boundaries, so a number glued to other text still counts. The roster import (which must never
 * echo one) and the test-log scanner (which must never see one) share these definitions.
 */
export const idNumberShape = /\d{17}[\dXx]|\d{15}/;
export const mobileShape = /1[3-9]\d{9}/;
export const piiShapes: readonly RegExp[] = [idNumberShape, mobileShape];

/** Whether the text holds an ID-number or mobile-number shape anywhere. */
export function containsPiiShape(text: string): boolean {
  return piiShapes.some((shape) => shape.test(text));
}

/** The text with every ID-number and mobile shape starred out, for saying where a leak was without repeating it. */
export function maskPiiShapes(text: string): string {
  return piiShapes.reduce(
    (masked, shape) => masked.replace(new RegExp(shape.source, 'g'), (found) => '*'.repeat(found.length)),
    text,
  );
}

/** The fewest digits a personal number holds: a mobile number's 11. */
const fewestPiiDigits = 11;
const anyDigit = /\p{Nd}/gu;

/**
 * Whether the text could carry a personal number in any spelling: spaced (138 1234 5678), dashed,
 * in full-width digits or glued to other text. Every text that `containsPiiShape` is in this set;
 * places that must never echo one (error messages) check this wider test instead of the shapes.
 */
export function mayCarryPii(text: string): boolean {
  return (text.match(anyDigit)?.length ?? 0) >= fewestPiiDigits;
}
