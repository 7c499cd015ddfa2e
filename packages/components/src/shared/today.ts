import { shanghaiDate } from '@dangjian/core';

/**
 * Today in Asia/Shanghai, read from the system clock. Only the element's edge calls this, and
 * only when the page gave no `as-of`: the engines always take the date as an argument.
 */
export function todayInShanghai(): string {
  return shanghaiDate(new Date().toISOString());
}
