/** The dues area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface DuesEvents {
  'dues.standardSet': { readonly memberId: string; readonly from: string; readonly amountFen: number };
  'dues.reliefProposed': { readonly memberId: string; readonly kind: 'reduce' | 'exempt' };
  'dues.reliefDecided': { readonly memberId: string; readonly decision: 'approve' | 'reject' };
  'dues.monthOpened': {
    readonly orgId: string;
    readonly period: string;
    readonly members: number;
    readonly dueFen: number;
  };
  'dues.paid': {
    readonly monthId: string;
    readonly memberId: string;
    readonly amountFen: number;
    /** Paid for a deferred month: credited to the org that collects it. */
    readonly backPayment: boolean;
    readonly collectedByOrgId: string;
  };
  'dues.deferred': { readonly memberId: string };
  'dues.reported': { readonly period: string };
  'dues.settled': { readonly period: string; readonly byOrgId: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends DuesEvents {}
}
