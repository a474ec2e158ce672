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
    const head = issues
      .slice(0, 5)
      .map((i) => `  ${i.path}: ${i.message} [${i.code}]`)
      .join('\n');
    const more = issues.length > 5 ? `\n  …and ${issues.length - 5} more` : '';
    super(`Invalid ${kind} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${head}${more}`);
    this.issues = issues;
  }
}
