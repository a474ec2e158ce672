import { type AgendaAddition, type ContentIssue, parseAgendaAdditions } from '@sdmkit/core';
import { useEvent } from '@sdmkit/hooks';
import { useEffect, useMemo } from 'react';

const NONE: readonly AgendaAddition[] = [];

/**
 * The host's agenda additions, checked. An invalid addition is left out (the others still show) and its issues go
 * to `onError` once per changed value; the agenda never breaks because of host data.
 */
export function useCheckedAdditions(
  raw: readonly AgendaAddition[] | undefined,
  onError?: ((issues: readonly ContentIssue[]) => void) | undefined,
): readonly AgendaAddition[] {
  const report = useEvent(onError);
  // Hosts often pass a new array with the same lines on every render: check again only when the lines change.
  const signature = useMemo<unknown>(() => {
    try {
      return JSON.stringify(raw) ?? '';
    } catch {
      return raw; // not serialisable (a cycle): fall back to identity
    }
  }, [raw]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `signature` stands for `raw`'s value.
  const checked = useMemo(() => {
    if (raw === undefined) return { list: NONE, issues: [] as readonly ContentIssue[] };
    const parsed = parseAgendaAdditions(raw);
    if (parsed.ok) return { list: parsed.value, issues: parsed.issues };
    const bad = new Set(parsed.issues.map((i) => i.segments[0]));
    const list = Array.isArray(raw) ? raw.filter((_, index) => !bad.has(index) && !bad.has(undefined)) : [];
    const again = parseAgendaAdditions(list);
    return { list: again.ok ? again.value : NONE, issues: parsed.issues };
  }, [signature]);
  useEffect(() => {
    if (checked.issues.length > 0) report(checked.issues);
  }, [checked, report]);
  return checked.list;
}
