import { type ParseResult, parseWith } from '@sdmkit/core';
import { renderHook } from '@testing-library/react';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { useParsedContent } from './use-parsed-content.js';

const parse = vi.fn(
  (input: unknown): ParseResult<{ id: string }> =>
    parseWith({ kind: 'test document', schema: v.object({ id: v.string() }) }, input),
);

describe('useParsedContent', () => {
  it('keeps the same parsed document while the host passes equal content, and reparses on change', () => {
    parse.mockClear();
    const { result, rerender } = renderHook(({ content }) => useParsedContent(content, parse), {
      initialProps: { content: { id: 'a' } as unknown },
    });
    const first = result.current;
    expect(first.ok).toBe(true);
    rerender({ content: { id: 'a' } });
    expect(result.current).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
    rerender({ content: { id: 'b' } });
    expect(result.current.value).toEqual({ id: 'b' });
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('still parses content that cannot be turned into JSON', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const { result } = renderHook(() => useParsedContent(cyclic, parse));
    expect(result.current.ok).toBe(false);
  });
});
