import { z } from './zod.js';

/** A display name as typed by a person: trimmed, then 1–100 characters. */
export const NameInput = z.string().trim().min(1).max(100);
