// Widgets given malformed content (fast-check: valid examples with one part deleted or replaced by a hostile value,
// and arbitrary values) never crash and never go blank: they render normally when the content is still valid, and
// otherwise show the error state with its list of problems.
import { decisionAids, visitPrepTemplates, visitQuestionsByLocale } from '@sdmkit/content';
import { parseDecisionAid, parsePromptList, parseVisitPrepTemplate } from '@sdmkit/core';
import { DecisionAid } from '@sdmkit/decision-aid';
import { QuestionList } from '@sdmkit/question-list';
import { VisitPrep } from '@sdmkit/visit-prep';
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import type { ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';

type Path = (string | number)[];

function paths(value: unknown, base: Path = []): Path[] {
  const out: Path[] = [base];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...paths(v, [...base, i]));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...base, k]));
  return out;
}

function broken(doc: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = replacement;
  return copy;
}

const hostile = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('', '  ', 'javascript:alert(1)', '<b>x</b>', '2026-13-45', 'x'.repeat(6000), null, -1, []),
);

const widgets: {
  name: string;
  Widget: ComponentType<{ content: unknown }>;
  parse: (x: unknown) => { ok: boolean };
  docs: unknown[];
}[] = [
  {
    name: 'DecisionAid',
    Widget: DecisionAid,
    parse: parseDecisionAid,
    docs: Object.values(decisionAids).flatMap((b) => Object.values(b)),
  },
  {
    name: 'VisitPrep',
    Widget: VisitPrep,
    parse: parseVisitPrepTemplate,
    docs: Object.values(visitPrepTemplates).flatMap((b) => Object.values(b)),
  },
  { name: 'QuestionList', Widget: QuestionList, parse: parsePromptList, docs: Object.values(visitQuestionsByLocale) },
];

describe.each(widgets)('$name with malformed content', ({ Widget, parse, docs }) => {
  it('renders or shows the error state, never crashes or goes blank (150 generated documents)', () => {
    const onContentError = vi.fn();
    const cases = docs.flatMap((doc) => paths(doc).map((path) => ({ doc, path })));
    fc.assert(
      fc.property(fc.constantFrom(...cases), hostile, fc.boolean(), ({ doc, path }, value, remove) => {
        const content = broken(doc, path, value, remove);
        const valid = parse(content).ok;
        onContentError.mockClear();
        const { container } = render(<Widget content={content} {...{ onContentError }} />);
        const root = container.querySelector('.sdm-root');
        expect(root).not.toBeNull();
        expect((root?.textContent ?? '').trim().length).toBeGreaterThan(0);
        if (valid) {
          expect(root?.getAttribute('data-state')).toBe('ready');
        } else {
          expect(root?.getAttribute('data-state')).toBe('invalid');
          expect(root?.querySelector('[role="alert"]')).not.toBeNull();
          expect(onContentError).toHaveBeenCalledTimes(1);
        }
        cleanup();
      }),
      { numRuns: 150 },
    );
  }, 180_000);
});
