import * as v from 'valibot';
import { type ContentIssue, type ContentIssueCode, issue, type JsonPathSegment, type ParseResult } from '../errors.js';

/** Codes carried by our own `v.check` / `v.regex` requirements (valibot only reports `check` or `regex`). */
const CHECK_CODES = new WeakMap<object, ContentIssueCode>();

/** A `v.regex` whose failures carry a stable code; unlike a check, it also appears in the JSON Schema. */
export function regexWithCode(code: ContentIssueCode, pattern: RegExp, message: string) {
  CHECK_CODES.set(pattern, code);
  return v.regex(pattern, message);
}

/** A `v.check` whose failures carry a stable code. */
export function checkWithCode<T>(
  code: ContentIssueCode,
  requirement: (input: T) => boolean,
  message: v.ErrorMessage<v.CheckIssue<T>>,
) {
  CHECK_CODES.set(requirement, code);
  return v.check(requirement, message);
}

/** Issues whose message we wrote for authors: kept as is, not replaced by "Expected … but received …". */
const OWN_MESSAGES = new WeakSet<object>();

function ownMessage<I extends v.BaseIssue<unknown>>(make: (issue: I) => string): (issue: I) => string {
  return (i) => {
    OWN_MESSAGES.add(i);
    return make(i);
  };
}

/** Edit distance where a swap of two neighbours is one edit ("titel" is one edit from "title"). */
function editDistance(a: string, b: string): number {
  const w = b.length + 1;
  const d = new Array<number>((a.length + 1) * w).fill(0);
  const at = (i: number, j: number) => d[i * w + j] ?? 0;
  for (let i = 0; i <= a.length; i++)
    for (let j = 0; j <= b.length; j++) {
      let best =
        i === 0 || j === 0
          ? i + j
          : Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * w + j] = best;
    }
  return at(a.length, b.length);
}

/** The known key an unknown key most likely meant: the same key in another case, or one typo away (two if long). */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 100) return undefined;
  let best: string | undefined;
  let bestDistance = key.length >= 6 ? 3 : 2;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * An object schema that refuses keys it does not know (code `unknown_key`, at the key's path), suggesting the
 * closest known key. The JSON Schema says `additionalProperties: false`. valibot reports the first unknown key of
 * each object.
 */
export function strictObject<const E extends v.ObjectEntries>(entries: E) {
  const known = Object.keys(entries);
  return v.strictObject(entries, (i) => {
    if (i.expected !== 'never') return i.message;
    OWN_MESSAGES.add(i);
    const key = String(i.input);
    const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
    const hint = closestKey(key, known);
    return hint
      ? `Unknown key ${shown}: did you mean ${hint}?`
      : `Unknown key ${shown}. Known keys here: ${known.join(', ')}.`;
  });
}

/** ASCII letters only: the options are ASCII, and the Kelvin sign (U+212A) must not pass as "k". */
const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * A picklist that ignores case ("Moderate" is read as `moderate`; the output is always the canonical value). A
 * refused value gets a message listing every allowed value. The JSON Schema lists the canonical values.
 */
export function choice<const T extends readonly string[]>(options: T) {
  const refused = ownMessage(
    (i: v.BaseIssue<unknown>) => `Use one of: ${options.join(', ')} (upper or lower case); received ${i.received}.`,
  );
  return v.pipe(v.string(refused), v.transform(lowerAscii), v.picklist(options, refused));
}

const TYPE_CODES: Record<string, ContentIssueCode> = {
  min_length: 'too_short',
  min_entries: 'too_short',
  max_length: 'too_long',
  max_entries: 'too_long',
  regex: 'invalid_format',
  iso_date: 'invalid_date',
  url: 'invalid_format',
  email: 'invalid_format',
  integer: 'invalid_value',
  min_value: 'invalid_value',
  max_value: 'invalid_value',
  literal: 'invalid_value',
  picklist: 'invalid_value',
  enum: 'invalid_value',
  value: 'invalid_value',
  variant: 'invalid_value',
  union: 'invalid_type',
};

function segmentsOf(i: v.BaseIssue<unknown>): JsonPathSegment[] {
  return (i.path ?? []).map((p) => {
    const key = (p as { key: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
}

function codeOf(i: v.BaseIssue<unknown>): ContentIssueCode {
  if (i.type === 'strict_object' && i.expected === 'never') return 'unknown_key';
  if (i.kind === 'schema') {
    if (i.input === undefined && i.type !== 'union') return 'required';
    return TYPE_CODES[i.type] ?? 'invalid_type';
  }
  const requirement = i.requirement;
  if ((typeof requirement === 'function' || typeof requirement === 'object') && requirement !== null) {
    const code = CHECK_CODES.get(requirement);
    if (code) return code;
  }
  if (i.type === 'check') return 'invalid_value';
  return TYPE_CODES[i.type] ?? 'invalid_value';
}

function messageOf(i: v.BaseIssue<unknown>, code: ContentIssueCode): string {
  if (OWN_MESSAGES.has(i)) return i.message;
  if (code === 'required') return `Required ${i.expected ?? 'value'} is missing.`;
  if (i.kind === 'schema') return `Expected ${i.expected ?? 'a different type'} but received ${i.received}.`;
  return i.message;
}

/** Flattens valibot issues (including nested union issues) into ours. */
export function toContentIssues(issues: readonly v.BaseIssue<unknown>[]): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const i of issues) {
    const code = codeOf(i);
    out.push(issue(code, segmentsOf(i), messageOf(i, code)));
  }
  return out;
}

/**
 * What `parseWith` needs to validate one kind of document: its name (`kind`, used in messages), its valibot schema,
 * and optionally the rules the schema cannot express.
 */
export interface DocumentValidator<T> {
  readonly kind: string;
  readonly schema: v.GenericSchema<unknown, T>;
  /** Cross-field rules the schema cannot express (unique ids, references). */
  readonly refine?: (value: T) => ContentIssue[];
}

/**
 * Validates unknown input. Never throws: hostile input (getters that throw, cycles, deep nesting) becomes an
 * `internal` issue at the root.
 */
export function parseWith<T>(validator: DocumentValidator<T>, input: unknown): ParseResult<T> {
  try {
    const result = v.safeParse(validator.schema, input, { abortEarly: false });
    if (!result.success) return { ok: false, value: undefined, issues: toContentIssues(result.issues) };
    const extra = validator.refine?.(result.output) ?? [];
    if (extra.length > 0) return { ok: false, value: undefined, issues: extra };
    return { ok: true, value: result.output, issues: [] };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      value: undefined,
      issues: [issue('internal', [], `The ${validator.kind} could not be read: ${why}`)],
    };
  }
}

/** Reports ids used more than once in a list, pointing at each repeat. */
export function duplicateIds(
  items: readonly { readonly id: string }[],
  base: readonly JsonPathSegment[],
): ContentIssue[] {
  const seen = new Map<string, number>();
  const out: ContentIssue[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      out.push(
        issue(
          'duplicate_id',
          [...base, index, 'id'],
          `Id "${item.id}" is already used at ${base.join('.')}[${first}].`,
        ),
      );
  });
  return out;
}
