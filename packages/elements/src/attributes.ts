import { type ContentIssue, issue } from '@sdmkit/core';

/** The result of reading a JSON attribute: the value, or an issue that explains why it could not be read. */
export type JsonAttributeResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issue: ContentIssue };

/**
 * Reads an attribute that holds JSON (`content`, `default-value`). A missing or empty attribute reads as
 * `undefined`; text that is not JSON gives an `invalid_format` issue naming the attribute and the parser's reason.
 */
export function parseJsonAttribute(name: string, text: string | null): JsonAttributeResult {
  if (text === null || text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: issue('invalid_format', [], `The "${name}" attribute is not valid JSON (${reason}).`),
    };
  }
}

/** Where drafts are saved when the host opts in with the `persist` attribute. */
export type PersistAttribute = 'local' | 'session';

/** `persist="local"` or `persist="session"`; anything else (and no attribute) means no saving. */
export function parsePersistAttribute(text: string | null): PersistAttribute | undefined {
  const value = text?.trim().toLowerCase();
  return value === 'local' || value === 'session' ? value : undefined;
}

/** A text attribute: trimmed, and `undefined` when missing or empty. */
export function parseTextAttribute(text: string | null): string | undefined {
  const value = text?.trim();
  return value ? value : undefined;
}

/** A boolean attribute in the HTML sense: present (any value except `"false"`) means true. */
export function parseBooleanAttribute(text: string | null): boolean {
  return text !== null && text.trim().toLowerCase() !== 'false';
}

/** One of the allowed values, or `undefined`. */
export function parseEnumAttribute<T extends string>(text: string | null, allowed: readonly T[]): T | undefined {
  const value = text?.trim();
  return allowed.find((a) => a === value);
}
