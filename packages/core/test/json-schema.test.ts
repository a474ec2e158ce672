// The JSON Schemas for content authors are generated from the same valibot schemas the library validates with,
// never written by hand. This test fails when a committed schema is out of date; regenerate with
// `pnpm schemas` (which runs this file with SDM_WRITE_SCHEMAS=1).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { DecisionAidSchema, SCHEMA_VERSION, VisitPrepTemplateSchema } from '../src/index.js';
import { PromptList } from '../src/question-list/schema.js';

const dir = join(import.meta.dirname, '..', 'schemas');
const write = process.env.SDM_WRITE_SCHEMAS === '1';

const documents = {
  'decision-aid': { schema: DecisionAidSchema, title: 'SDM Kit decision aid' },
  'visit-prep-template': { schema: VisitPrepTemplateSchema, title: 'SDM Kit visit-preparation template' },
  'question-prompt-list': { schema: PromptList, title: 'SDM Kit question prompt list' },
} as const;

export function generate(name: keyof typeof documents) {
  const { schema, title } = documents[name];
  // Checks valibot cannot express in JSON Schema (non-blank text, real calendar dates, cross references) are
  // still enforced by parse…(); the JSON Schema covers structure, types, formats, lengths and enums.
  const json = toJsonSchema(schema, { errorMode: 'ignore' });
  return {
    ...json,
    $id: `https://sdmkit.dev/schemas/v${SCHEMA_VERSION}/${name}.schema.json`,
    title,
    description: `${title}, schemaVersion ${SCHEMA_VERSION}. Generated from @sdmkit/core; do not edit by hand.`,
  };
}

describe('JSON Schemas for content authors', () => {
  if (write) mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(documents) as (keyof typeof documents)[]) {
    it(`${name}.schema.json is generated from the runtime schema`, () => {
      const file = join(dir, `${name}.schema.json`);
      const text = `${JSON.stringify(generate(name), null, 2)}\n`;
      if (write) writeFileSync(file, text);
      expect(existsSync(file), `${file} is missing: run "pnpm schemas"`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${name}.schema.json is out of date: run "pnpm schemas"`).toBe(text);
    });
  }
});
