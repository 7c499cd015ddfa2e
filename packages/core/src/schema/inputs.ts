import { TextSchema } from './common.js';

/** A display name as typed by a person: trimmed, then 1–100 characters. */
export const NameInput = TextSchema.trim().min(1).max(100);
