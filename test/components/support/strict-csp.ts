import { afterAll, beforeAll } from 'vitest';

/**
 * Puts this file's page under a portal's strict CSP (no inline styles: `style-src-attr 'none'`)
 * and collects every violation into the returned list (empty it to start over).
 */
export function useStrictCsp(): string[] {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent): void => {
    violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`);
  };
  beforeAll(() => {
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "style-src-attr 'none'";
    document.head.append(policy);
    document.addEventListener('securitypolicyviolation', record);
  });
  afterAll(() => document.removeEventListener('securitypolicyviolation', record));
  return violations;
}

/** Violation events are queued as tasks: let them arrive before looking. */
export const settle = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 50));
