import { defaultTenantPattern } from '../schema/common.js';
import { ValidationError } from './errors.js';
import { phrase } from '../i18n/define-messages.js';
import { tenantMessages } from './messages.js';

/**
 * Bounds no pattern can widen. The tenant ends up in SQL parameters, IndexedDB keys, URLs and log
 * lines: a widened pattern still gets no empty code, nothing longer than this, and no whitespace
 * or control characters (a trailing newline reads like a real code to a person).
 */
export const maxTenantLength = 64;
const unprintable = /[\s\p{Cc}\p{Cf}]/u;

/** True when `pattern` matches the whole of `value`, whatever its flags and anchors. */
function matchesWhole(pattern: RegExp, value: string): boolean {
  // Without g/y, exec keeps no lastIndex between calls; a portal's /\d{6}/ must not pass '1234567'.
  const match = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).exec(value);
  return match !== null && match.index === 0 && match[0].length === value.length;
}

/** Whether `tenant` is a tenant code this kit will store under; see `assertTenant`. */
export function isTenant(tenant: unknown, pattern: RegExp = defaultTenantPattern): tenant is string {
  return (
    typeof tenant === 'string' &&
    tenant.length > 0 &&
    tenant.length <= maxTenantLength &&
    !unprintable.test(tenant) &&
    matchesWhole(pattern, tenant)
  );
}

/**
 * The one check every entry runs (each store's `load`, `commit`, `readAudit`, seeding, binding,
 * `Workspace.open`) before the tenant reaches storage: a `ValidationError` (`tenant.invalid`,
 * field `tenant`) and nothing written. The code itself is never echoed: it may be 2,000
 * characters or a line of SQL.
 */
export function assertTenant(tenant: unknown, pattern: RegExp = defaultTenantPattern): asserts tenant is string {
  if (isTenant(tenant, pattern)) return;
  throw new ValidationError({
    ...phrase(tenantMessages.invalid),
    field: 'tenant',
    details: { length: typeof tenant === 'string' ? tenant.length : null },
  });
}
