/** The agreement area's events (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface AgreementEvents {
  'agreement.signed': undefined;
  'agreement.assessed': undefined;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends AgreementEvents {}
}
