import { openApiDocument, type OpenApiDocument } from '@dangjian/adapters/rest-handler';
import { createMemoryStore } from '@dangjian/adapters/memory';
import { collectionNames, commandTypes } from '@dangjian/core';
import { compileErrors, validate } from '@readme/openapi-parser';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { testHandler } from './targets/rest-server.js';

// The contract a Java backend (or any other) implements, and what a third-party client generator
// reads: it must be valid OpenAPI 3.1, say every route the handler serves, and give every command
// type its own request schema.

async function expectValid(document: OpenApiDocument): Promise<void> {
  // The parser dereferences in place: give it a copy.
  const result = await validate(structuredClone(document) as never);
  expect(result.valid ? [] : compileErrors(result)).toEqual([]);
  expect(result.specification).toBe('OpenAPI');
}

/** Type-checks `source` against the generated `schema.d.ts`; returns the compiler's messages. */
function typeErrors(declarations: string, source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dj-openapi-'));
  try {
    writeFileSync(join(dir, 'schema.d.ts'), declarations);
    writeFileSync(join(dir, 'client.ts'), source);
    const program = ts.createProgram([join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('REST handler: OpenAPI document', () => {
  const document = openApiDocument({ basePath: '/api' });

  it('is valid OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expectValid(document);
    await expectValid(openApiDocument());
  });

  it('lists every route the handler serves, and no route that writes around a command', () => {
    const routes = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => `${method.toUpperCase()} ${path} ${operation!.operationId}`),
    );
    expect(routes.sort()).toEqual([
      'GET /api/openapi.json openApi',
      'GET /api/tenants/{tenant}/audit readAudit',
      'GET /api/tenants/{tenant}/member-counts memberCounts',
      'GET /api/tenants/{tenant}/members members',
      'GET /api/tenants/{tenant}/members/{id} member',
      'GET /api/tenants/{tenant}/orgs/{id}/subtree orgSubtree',
      'GET /api/tenants/{tenant}/state load',
      'POST /api/tenants/{tenant}/commands command',
    ]);
  });

  it('gives each command type its own closed request schema, in a union discriminated by type', () => {
    const { schemas } = document.components;
    const union = schemas['CommandRequest'] as { oneOf: unknown[]; discriminator: { mapping: Record<string, string> } };
    expect(union.oneOf).toHaveLength(commandTypes.length);
    expect(Object.keys(union.discriminator.mapping).sort()).toEqual([...commandTypes].sort());
    const move = schemas['OrgMoveCommand'] as { additionalProperties: unknown; properties: Record<string, unknown> };
    expect(move['additionalProperties']).toBe(false);
    expect(move['properties']['type']).toMatchObject({ const: 'org.move' });
    expect(move['properties']['input']).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: expect.arrayContaining(['orgId', 'parentId']),
    });
  });

  it('names every collection, the error body and a security scheme under components', () => {
    const { schemas, securitySchemes } = document.components;
    const records = schemas['StoredState']!['properties'] as Record<string, { properties: Record<string, unknown> }>;
    expect(Object.keys(records['records']!.properties).sort()).toEqual([...collectionNames].sort());
    expect(schemas['Org']).toMatchObject({ type: 'object', required: expect.arrayContaining(['id', 'name', 'kind']) });
    // Members arrive masked: the document says so instead of promising a valid ID number.
    expect(JSON.stringify(schemas['Member'])).toContain('masked');
    expect(schemas['Error']).toMatchObject({
      properties: { kind: { enum: ['validation', 'notFound', 'conflict', 'forbidden', 'rule'] } },
    });
    expect(Object.keys(securitySchemes)).toEqual(['portal']);
    expect(JSON.stringify(document)).not.toMatch(/"\$id"|"\$schema"/);
  });

  it('generates a typed client (openapi-typescript) that accepts a valid command and rejects a wrong one', async () => {
    const declarations = astToString(await openapiTS(structuredClone(document) as never));
    const source = `
      import type { components, paths } from './schema';
      type Body = paths['/api/tenants/{tenant}/commands']['post']['requestBody']['content']['application/json'];
      const move: Body = { type: 'org.move', input: { orgId: 'b1', parentId: 'c1' } };
      const rename: components['schemas']['OrgRenameCommand'] = { type: 'org.rename', input: { orgId: 'b1', name: 'x' } };
      // @ts-expect-error -- a move needs its parent
      const broken: Body = { type: 'org.move', input: { orgId: 'b1' } };
      // @ts-expect-error -- no such command type
      const unknown: Body = { type: 'org.teleport', input: {} };
      type Reply = paths['/api/tenants/{tenant}/commands']['post']['responses']['200']['content']['application/json'];
      const revision = (reply: Reply): number => reply.revision;
      export { move, rename, broken, unknown, revision };
    `;
    expect(typeErrors(declarations, source)).toEqual([]);
  }, 60_000);

  it('is served by the handler, without credentials, for its base path', async () => {
    const response = await testHandler(createMemoryStore())(new Request('http://dangjian.test/api/openapi.json'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
