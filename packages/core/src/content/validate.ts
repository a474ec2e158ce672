import * as v from 'valibot';
import { type ContentIssue, type ContentIssueCode, issue, type JsonPathSegment, type ParseResult } from '../errors.js';

/** Codes carried by our own `v.check` / `v.regex` requirements (valibot only reports `check` or `regex`). */
const CHECK_CODES = new WeakMap<object, ContentIssueCode>();

/** A `v.check` whose failures carry a stable code. */
/** A `v.regex` whose failures carry a stable code; unlike a check, it also appears in the JSON Schema. */
export function regexWithCode(code: ContentIssueCode, pattern: RegExp, message: string) {
  CHECK_CODES.set(pattern, code);
  return v.regex(pattern, message);
}

export function checkWithCode<T>(code: ContentIssueCode, requirement: (input: T) => boolean, message: string) {
  CHECK_CODES.set(requirement, code);
  return v.check(requirement, message);
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
