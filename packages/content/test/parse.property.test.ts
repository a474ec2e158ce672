// Property-based tests (fast-check): whatever a content file contains, parse…() never throws and always answers
// with a typed document or with errors that carry a stable code, a JSONPath and a message. About 10,000 generated
// malformed documents per content type: arbitrary values, and valid documents with one random part broken.
import {
  type ContentIssue,
  type ContentIssueCode,
  formatPath,
  type JsonPathSegment,
  type ParseResult,
  parseDecisionAid,
  parsePromptList,
  parseVisitPrepTemplate,
} from '@sdmkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionAids, visitPrepTemplates, visitQuestionsByLocale } from '../src/index.js';

// Every code a parser may report, as a record so that a new code that is not listed here fails the type check (a
// list missed 'inexact_numbers', and the property run failed only when a mutation happened to reach a figure).
const KNOWN: Readonly<Record<ContentIssueCode, true>> = {
  required: true,
  invalid_type: true,
  invalid_value: true,
  too_short: true,
  too_long: true,
  invalid_format: true,
  unsafe_url: true,
  duplicate_id: true,
  unknown_reference: true,
  unsupported_schema_version: true,
  empty_text: true,
  invalid_date: true,
  unknown_key: true,
  invalid_unicode: true,
  inexact_numbers: true,
  internal: true,
};
const CODES = Object.keys(KNOWN) as ContentIssueCode[];

type Parse = (input: unknown) => ParseResult<unknown>;

const contentTypes: { name: string; parse: Parse; valid: unknown[] }[] = [
  {
    name: 'decision aid',
    parse: parseDecisionAid,
    valid: Object.values(decisionAids).flatMap((byLocale) => Object.values(byLocale)),
  },
  {
    name: 'visit-prep template',
    parse: parseVisitPrepTemplate,
    valid: Object.values(visitPrepTemplates).flatMap((byLocale) => Object.values(byLocale)),
  },
  {
    name: 'question prompt list',
    parse: parsePromptList,
    valid: Object.values(visitQuestionsByLocale),
  },
];

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 4,
});

/** Values that break text fields in the ways authors and attackers do. */
const nastyValue = fc.oneof(
  anyValue,
  fc.constantFrom(
    '',
    '   ',
    '\n\t',
    'javascript:alert(1)',
    'http://javascript:alert(1)@example.org/',
    '\u200B\u00AD\uFEFF',
    'lone \uD800 surrogate',
    'Moderate',
    '<script>alert(1)</script>',
    '2026-02-30',
    'x'.repeat(6000),
  ),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -1, 1e21, [], {}),
);

/** Every path to a value inside a JSON document. */
function pathsOf(value: unknown, base: JsonPathSegment[] = []): JsonPathSegment[][] {
  const out: JsonPathSegment[][] = [base];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) out.push(...pathsOf(item, [...base, i]));
  } else if (value && typeof value === 'object')
    for (const [k, item] of Object.entries(value)) out.push(...pathsOf(item, [...base, k]));
  return out;
}

function mutate(doc: unknown, path: JsonPathSegment[], kind: 'delete' | 'replace', replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

function expectWellFormed(result: ParseResult<unknown>) {
  if (result.ok) {
    expect(result.issues).toEqual([]);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const i of result.issues as ContentIssue[]) {
    expect(CODES).toContain(i.code);
    expect(i.path).toBe(formatPath(i.segments));
    expect(i.path.startsWith('$')).toBe(true);
    expect(typeof i.message).toBe('string');
    expect(i.message.length).toBeGreaterThan(0);
  }
}

describe.each(contentTypes)('parse: $name', ({ parse, valid }) => {
  it('accepts every example document unchanged', () => {
    expect(valid.length).toBeGreaterThan(0);
    for (const doc of valid) {
      const result = parse(doc);
      expect(result.issues).toEqual([]);
      expect(result.value).toEqual(doc);
    }
  });

  it('never throws on arbitrary values (3,000 runs)', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        expectWellFormed(parse(input));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('never throws when one part of a valid document is broken, and points at it (7,000 runs)', () => {
    const cases = valid.flatMap((doc) => pathsOf(doc).map((path) => ({ doc, path })));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom('delete' as const, 'replace' as const),
        nastyValue,
        ({ doc, path }, kind, replacement) => {
          const broken = mutate(doc, path, kind, replacement);
          const result = parse(broken);
          expectWellFormed(result);
          if (!result.ok) {
            // Every reported location exists in the broken document up to its last step.
            for (const i of result.issues) {
              if (i.segments.length === 0) continue;
              let at: unknown = broken;
              for (const s of i.segments.slice(0, -1)) at = (at as Record<string | number, unknown>)?.[s];
              expect(at, `${i.path} should point into the document`).not.toBeUndefined();
            }
          }
        },
      ),
      { numRuns: 7000 },
    );
  }, 120_000);

  it('refuses a key it does not know in every object of every example document', () => {
    for (const doc of valid)
      for (const path of pathsOf(doc)) {
        const at = path.reduce<unknown>((o, s) => (o as Record<string | number, unknown>)[s], doc);
        if (!at || typeof at !== 'object' || Array.isArray(at)) continue;
        const result = parse(mutate(doc, [...path, 'zzUnknown'], 'replace', 1));
        // unknown_key in objects; in records keyed by id (answers, byOption, profiles) the value is refused.
        expect(result.issues.map((i) => i.path)).toContain(formatPath([...path, 'zzUnknown']));
      }
  });

  it('survives hostile objects: throwing getters, cycles, deep nesting', () => {
    const doc = structuredClone(valid[0]) as Record<string, unknown>;
    const throwing = { ...doc };
    Object.defineProperty(throwing, 'meta', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const cyclic: Record<string, unknown> = { ...doc };
    cyclic.meta = cyclic;
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    for (const input of [throwing, cyclic, { ...doc, meta: deep }, deep]) {
      let result: ParseResult<unknown> | undefined;
      expect(() => {
        result = parse(input);
      }).not.toThrow();
      expect(result?.ok).toBe(false);
      expectWellFormed(result as ParseResult<unknown>);
    }
  });
});
