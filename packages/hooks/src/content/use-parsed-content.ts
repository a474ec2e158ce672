import type { ParseResult } from '@sdmkit/core';
import { useRef } from 'react';

/** The content as JSON text, to tell new-but-equal content from changed content; null when it has none. */
export function fingerprint(content: unknown): string | null {
  try {
    return JSON.stringify(content) ?? null;
  } catch {
    // Cycles, BigInt, throwing getters: compare by reference only; parse reports the problem.
    return null;
  }
}

/**
 * Parses content once and keeps the same result while the content stays equal. A host that passes a new but
 * equal object on every render (an inline literal, `JSON.parse` in render) must not make the widget create a
 * new store and drop what the patient typed. Compared by reference first, then by JSON text.
 */
export function useParsedContent<T>(content: unknown, parse: (content: unknown) => ParseResult<T>): ParseResult<T> {
  const last = useRef<{ content: unknown; key: string | null; parsed: ParseResult<T> } | null>(null);
  const prev = last.current;
  if (prev && prev.content === content) return prev.parsed;
  const key = fingerprint(content);
  if (prev && key !== null && prev.key === key) {
    last.current = { ...prev, content };
    return prev.parsed;
  }
  const parsed = parse(content);
  last.current = { content, key, parsed };
  return parsed;
}
