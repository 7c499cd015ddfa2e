import { maskIdNumber, maskPhone } from '@dangjian/core';

/** An ID number as shown: masked unless the element was told to unmask. Empty when unknown. */
export const shownIdNumber = (value: string | undefined, unmask: boolean): string =>
  value === undefined ? '' : unmask ? value : maskIdNumber(value);

/** A phone as shown: masked unless the element was told to unmask. Empty when unknown. */
export const shownPhone = (value: string | undefined, unmask: boolean): string =>
  value === undefined ? '' : unmask ? value : maskPhone(value);
