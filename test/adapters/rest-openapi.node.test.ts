import { openApiDocument, type OpenApiDocument } from '@dangjian/adapters/rest-handler';
import { createMemoryStore } from '@dangjian/adapters/memory';
import { collectionNames } from '@dangjian/core';
import { validate, compileErrors } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { testHandler } from './targets/rest-server.js';

// The contract a Java backend (or any other) implements: it must be valid OpenAPI 3.1, say every
// route the handler serves, and name every entity of core's `collections`.

async function expectValid(document: OpenApiDocument): Promise<void> {
  // The parser dereferences in place: give it a copy.
  const result = await validate(structuredClone(document) as never);
  expect(result.valid ? [] : compileErrors(result)).toEqual([]);
  expect(result.specification).toBe('OpenAPI');
}

describe('REST handler: OpenAPI document', () => {
  const document = openApiDocument({ basePath: '/api' });

  it('is valid OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expectValid(document);
    await expectValid(openApiDocument());
  });

  it('lists every route the handler serves', () => {
    const routes = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => `${method.toUpperCase()} ${path} ${operation!.operationId}`),
    );
    expect(routes.sort()).toEqual([
      'GET /api/openapi.json openApi',
      'GET /api/tenants/{tenant}/audit readAudit',
      'GET /api/tenants/{tenant}/state load',
      'POST /api/tenants/{tenant}/commits commit',
    ]);
  });

  it('names every collection, the error body and a security scheme under components', () => {
    const { schemas, securitySchemes } = document.components;
    const records = schemas['StoredState']!['properties'] as Record<string, { properties: Record<string, unknown> }>;
    expect(Object.keys(records['records']!.properties).sort()).toEqual([...collectionNames].sort());
    expect(schemas['Org']).toMatchObject({ type: 'object', required: expect.arrayContaining(['id', 'name', 'kind']) });
    expect(schemas['Member']).toBeDefined();
    expect(schemas['Error']).toMatchObject({
      properties: { kind: { enum: ['validation', 'notFound', 'conflict', 'forbidden', 'rule'] } },
    });
    expect(Object.keys(securitySchemes)).toEqual(['portal']);
    expect(JSON.stringify(document)).not.toMatch(/"\$id"|"\$schema"/);
  });

  it('is served by the handler, without credentials, for its base path', async () => {
    const response = await testHandler(createMemoryStore())(new Request('http://dangjian.test/api/openapi.json'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
