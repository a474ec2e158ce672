/** A location inside a JSON document: object keys and array indexes from the root. */
export type JsonPathSegment = string | number;

/** Stable machine-readable codes; messages may change, codes do not. */
export type ContentIssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_value'
  | 'too_short'
  | 'too_long'
  | 'invalid_format'
  | 'unsafe_url'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'unsupported_schema_version'
  | 'empty_text'
  | 'invalid_date'
  | 'unknown_key'
  | 'invalid_unicode'
  | 'inexact_numbers'
  | 'internal';

/** One problem found in a content document or in input: a stable code, where it is, and a readable message. */
export interface ContentIssue {
  /** Stable code, for programs. */
  readonly code: ContentIssueCode;
  /** JSONPath-style location, e.g. `$.options[1].title`. */
  readonly path: string;
  /** The same location as segments. */
  readonly segments: readonly JsonPathSegment[];
  /** Readable English sentence for developers and content authors. */
  readonly message: string;
}

/**
 * What the `parse…` functions return, never throwing: `ok: true` with the value and no issues, or `ok: false` with
 * `value: undefined` and the issues found.
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly value: undefined; readonly issues: readonly ContentIssue[] };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats segments as a JSONPath string: `$.a.b[0]["odd key"]`. */
export function formatPath(segments: readonly JsonPathSegment[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Makes a `ContentIssue`; `path` is `segments` formatted by `formatPath`. */
export function issue(code: ContentIssueCode, segments: readonly JsonPathSegment[], message: string): ContentIssue {
  return { code, path: formatPath(segments), segments: [...segments], message };
}

/**
 * Thrown only by the `assert…` helpers, for hosts that prefer exceptions.
 * `parse…` functions never throw.
 */
export class SdmContentError extends Error {
  override readonly name = 'SdmContentError';
  readonly issues: readonly ContentIssue[];
  constructor(kind: string, issues: readonly ContentIssue[]) {
    super(describeIssues(`Invalid ${kind}`, issues));
    this.issues = issues;
  }
}

/** `<title> (n problems):` and the first five issues, one per line with path, message and code. */
function describeIssues(title: string, issues: readonly ContentIssue[]): string {
  const head = issues
    .slice(0, 5)
    .map((i) => `  ${i.path}: ${i.message} [${i.code}]`)
    .join('\n');
  const more = issues.length > 5 ? `\n  …and ${issues.length - 5} more` : '';
  return `${title} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${head}${more}`;
}

/**
 * A host's `value` or `defaultValue` that fails the widget's own input schema (a saved draft would fail the same
 * way): the widget shows its error state instead of the input, and hands this to `onInputError`. Nothing is
 * changed or dropped: `input` is exactly what the host passed.
 */
export class SdmInputError extends Error {
  override readonly name = 'SdmInputError';
  /** `decision-aid`, `visit-prep` or `question-list`. */
  readonly widget: string;
  /** The prop that held the input. */
  readonly prop: 'value' | 'defaultValue';
  /** What the host passed, unchanged. */
  readonly input: unknown;
  /** Where and what: each problem with its JSONPath (`$.medicines`) and message, as from `parse…Input`. */
  readonly issues: readonly ContentIssue[];
  constructor(widget: string, prop: 'value' | 'defaultValue', input: unknown, issues: readonly ContentIssue[]) {
    super(describeIssues(`Invalid ${prop} for the ${widget} widget`, issues));
    this.widget = widget;
    this.prop = prop;
    this.input = input;
    this.issues = issues;
  }
}
