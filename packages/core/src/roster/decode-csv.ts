import { ValidationError } from '../kernel/errors.js';
import { phrase } from '../i18n/define-messages.js';
import { rosterMessages } from './messages.js';

/** The platform's `TextDecoder`, typed here: core builds without DOM types. */
type DecoderClass = new (
  label: string,
  options: { readonly fatal: boolean },
) => {
  decode(input: Uint8Array): string;
};

/**
 * The encodings an uploaded CSV comes in, most likely first: UTF-8 (with or without the BOM
 * Excel writes for "CSV UTF-8"), then GB18030, a superset of GBK — what Excel's plain "CSV (逗号分隔)"
 * writes on a zh-CN Windows. A line of Chinese text in GBK is practically never valid UTF-8 (a
 * lone character can be: 委 is CE AF, also ί), so trying UTF-8 strictly first tells a roster's
 * encoding from its header row.
 */
const encodings = ['utf-8', 'gb18030'] as const;

/**
 * Turns the bytes of an uploaded CSV into text for `parseCsv`. Bytes that are neither strict
 * UTF-8 nor GB18030 (or a runtime whose decoder lacks GB18030) are refused with a
 * `ValidationError` coded `roster.csvEncoding` that says how to save the file; nothing of the
 * file is quoted. Reading a GBK file as UTF-8 instead would turn every Chinese character into
 * U+FFFD.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const Decoder = (globalThis as { TextDecoder?: DecoderClass }).TextDecoder;
  for (const encoding of encodings) {
    try {
      if (Decoder) return new Decoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Not this encoding (or the runtime lacks it): try the next.
    }
  }
  throw new ValidationError({ ...phrase(rosterMessages.csvEncoding), field: 'file' });
}
