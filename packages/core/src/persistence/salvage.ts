import type { JsonPathSegment, ParseResult } from '../errors.js';
import type { AsideEntry } from './types.js';

export interface Salvaged<Input> {
  readonly input: Input;
  /** The answers left out because they refer to items the content no longer has. */
  readonly entries: readonly AsideEntry[];
}

const MAX_ROUNDS = 5;
const ID_FIELD = /(^id$|Id$|^key$|^source$|^status$)/;

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The patient's own words in an answer: every non-empty string in a named field except ids, keys and codes. A bare
 * string (a leaning, a knowledge answer, an option id in a list) is always an id, never the patient's text.
 */
function wordsIn(value: unknown, field = ''): string[] {
  if (typeof value === 'string') return field && value.trim() && !ID_FIELD.test(field) ? [value] : [];
  if (Array.isArray(value)) return field.endsWith('Ids') ? [] : value.flatMap((v) => wordsIn(v));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => wordsIn(v, k));
  return [];
}

/**
 * Where an answer that refers to a missing item starts: the deepest list row on its path (a question on the list,
 * one option id of a concern), else the field itself (a rating by consideration id, the leaning).
 */
function entryPath(segments: readonly JsonPathSegment[]): readonly JsonPathSegment[] {
  for (let i = segments.length - 1; i >= 0; i--) if (typeof segments[i] === 'number') return segments.slice(0, i + 1);
  return segments;
}

function at(root: unknown, path: readonly JsonPathSegment[]): unknown {
  let node = root;
  for (const s of path) node = isObject(node) || Array.isArray(node) ? (node as Obj)[s as string] : undefined;
  return node;
}

/**
 * Keeps what still fits a new edition of the content. Saved input that fails `parse` only because it refers to
 * items the content no longer has (a removed question, value or option) loses those answers and keeps every other;
 * fields that must hold a value go back to the empty input's. Anything else wrong (a broken shape) is not
 * salvaged: null, and the caller keeps the whole copy aside.
 */
export function salvageInput<Input>(
  raw: unknown,
  parse: (raw: unknown) => ParseResult<Input>,
  empty: Input,
): Salvaged<Input> | null {
  const current: unknown = structuredClone(raw);
  const entries: AsideEntry[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = parse(current);
    if (result.ok) return entries.length > 0 ? { input: result.value, entries } : null;
    if (result.issues.some((i) => i.code !== 'unknown_reference')) return null;
    const paths = result.issues.map((i) => entryPath(i.segments));
    // Remove list rows from the last index down, so earlier indexes stay right.
    const sorted = [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()].sort((a, b) =>
      JSON.stringify(b).localeCompare(JSON.stringify(a), 'en', { numeric: true }),
    );
    for (const path of sorted) {
      const parent = at(current, path.slice(0, -1));
      const last = path[path.length - 1] as JsonPathSegment;
      const value = at(current, path);
      entries.push({ path: path.join('.'), words: wordsIn(value) });
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else if (isObject(parent)) {
        const fallback = at(empty, path);
        if (fallback === undefined) delete parent[last];
        else parent[last] = structuredClone(fallback);
      } else return null;
    }
  }
  return null;
}
