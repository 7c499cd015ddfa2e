import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { rulesPlaygroundMessages as messages } from './messages.js';
import { renderCadenceChange } from './render-cadence.js';
import { renderPointsChange } from './render-points.js';
import { renderChange } from './render-trace.js';
import type { AnyTenantRun } from './tenant-run.js';

function changes(run: AnyTenantRun, say: Say): TemplateResult[] {
  if (run.kind === 'cadence') return run.changes.map((change) => renderCadenceChange(change, say));
  if (run.kind === 'points') return run.changes.map((change) => renderPointsChange(change, say));
  return run.changes.map((change) => renderChange(change, say));
}

/** Connected: the tenant's members (or orgs, for a cadence) judged by both sets, and those whose outcome changed. */
export function renderTenant(run: AnyTenantRun, say: Say): TemplateResult {
  const params = { judged: run.judged, changed: run.changes.length, asOf: run.asOf };
  const summary = say(run.kind === 'cadence' ? messages.tenantOrgs : messages.tenant, params);
  return html`<section part="tenant" class="changes" aria-label=${say(messages.tenantTitle)}>
    <p>${summary}</p>
    ${
      run.changes.length
        ? html`<ul>
            ${changes(run, say)}
          </ul>`
        : nothing
    }
  </section>`;
}
