/**
 * "Show code" snippets that run as copied: the markup, then a module script that registers the
 * element, sets its data properties (`.orgs`, `.members`: a property cannot be written in HTML)
 * and adds the listener. Lit's rendered markup would drop both, leaving "正在加载党组织…" forever.
 */

/** One attribute per defined value: `name="value"`, a bare `name` for `true`, nothing otherwise. */
export function attributesOf(attributes: Readonly<Record<string, string | number | boolean | undefined>>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${String(value)}"`))
    .join('');
}

/** An array literal, one record per line, indented for the script. */
function recordsLiteral(records: readonly unknown[], indent: string): string {
  if (records.length === 0) return '[]';
  return `[\n${records.map((record) => `${indent}  ${JSON.stringify(record)},`).join('\n')}\n${indent}]`;
}

export interface DataInSnippet {
  /** The tag, e.g. `dj-org-tree`. */
  readonly tag: string;
  /** The element's `define` entry, e.g. `org-tree`. */
  readonly entry: string;
  /** Attributes on the tag. */
  readonly attributes: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Data properties the script sets, by name. */
  readonly properties: Readonly<Record<string, readonly unknown[]>>;
  /** The event the script listens for, and the statement its listener runs. */
  readonly event: string;
  readonly listener: string;
}

/** A complete page fragment: the element, and a module script giving it data and a listener. */
export function dataInSnippet(snippet: DataInSnippet): string {
  const variable = 'element';
  const assignments = Object.entries(snippet.properties)
    .map(([name, records]) => `  ${variable}.${name} = ${recordsLiteral(records, '  ')};`)
    .join('\n');
  return `<${snippet.tag}${attributesOf(snippet.attributes)}></${snippet.tag}>

<script type="module">
  import '@dangjian/components/${snippet.entry}/define';

  const ${variable} = document.querySelector('${snippet.tag}');
${assignments}
  ${variable}.addEventListener('${snippet.event}', (event) => {
    ${snippet.listener}
  });
</script>`;
}

export interface ConnectedSnippet {
  readonly tag: string;
  readonly entry: string;
  readonly attributes: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Records the example store is seeded with (a portal's store already has them). */
  readonly seed: Readonly<Record<string, readonly unknown[]>>;
  readonly event: string;
  readonly listener: string;
}

/** The element inside a `<dj-provider>` whose workspace is opened over an in-memory store. */
export function connectedSnippet(snippet: ConnectedSnippet): string {
  const seed = Object.entries(snippet.seed)
    .map(([name, records]) => `      ${name}: ${recordsLiteral(records, '      ')},`)
    .join('\n');
  return `<dj-provider>
  <${snippet.tag}${attributesOf(snippet.attributes)}></${snippet.tag}>
</dj-provider>

<script type="module">
  import '@dangjian/components/provider/define';
  import '@dangjian/components/${snippet.entry}/define';
  import { Workspace, seedTenant } from '@dangjian/core';
  import { MemoryStore } from '@dangjian/adapters/memory';

  // Your store instead: IndexedDB, PostgreSQL, or createRestBackend for your server.
  const store = new MemoryStore();
  const tenant = '320402';
  const now = () => new Date().toISOString();
  await seedTenant(
    store,
    tenant,
    {
${seed}
    },
    { actorId: 'example-seed', at: now() },
  );
  document.querySelector('dj-provider').workspace = await Workspace.open({
    store,
    tenant,
    clock: { now },
    actor: { id: 'street-admin' },
  });
  document.querySelector('${snippet.tag}').addEventListener('${snippet.event}', (event) => {
    ${snippet.listener}
  });
</script>`;
}
