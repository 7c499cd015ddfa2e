import { openApiDocument } from '@dangjian/adapters/rest-handler';

/** Where the docs page pretends the handler is mounted: a portal picks its own. */
export const basePath = '/api/dangjian';

/** Generated from core's zod schemas each time Storybook is built, so it never drifts from the code. */
export const document = openApiDocument({ basePath });

export const documentJson = JSON.stringify(document, null, 2);

/** The document as a file to download, for an API gateway or a Java code generator. */
export const documentHref = `data:application/json;charset=utf-8,${encodeURIComponent(documentJson)}`;

export interface RouteRow {
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
}

/** One row per operation, in the document's order. */
export const routes: readonly RouteRow[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    summary: operation!.summary,
    description: operation!.description ?? '',
  })),
);

type RecordsSchema = { properties: { records: { properties: Record<string, { items: { $ref: string } }> } } };

/** Each collection and the name of its entity schema under `components/schemas`. */
export const entities: readonly { readonly collection: string; readonly component: string }[] = Object.entries(
  (document.components.schemas['StoredState'] as RecordsSchema).properties.records.properties,
).map(([collection, schema]) => ({ collection, component: schema.items.$ref.split('/').pop()! }));
