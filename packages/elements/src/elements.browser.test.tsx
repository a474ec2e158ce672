// The same patient actions on a React widget and on its custom element, in Chromium: the element's `sdm-change`
// and `sdm-complete` details must equal what the widget gives to `onValueChange` and `onComplete`. The clock is
// fixed so that timestamps in the results match.
import { decisionAids, newSymptomTemplates, visitQuestionsEn } from '@sdmkit/content';
import { DecisionAid } from '@sdmkit/decision-aid';
import { QuestionList } from '@sdmkit/question-list';
import { VisitPrep } from '@sdmkit/visit-prep';
import { within } from '@testing-library/dom';
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineSdmElements } from './define.js';

type Actions = (root: HTMLElement) => Promise<void>;

const byName = (root: HTMLElement) => within(root);

const questionList: Actions = async (root) => {
  const q = byName(root);
  await userEvent.click(await q.findByRole('checkbox', { name: 'What else could it be?' }));
  await userEvent.click(q.getByRole('checkbox', { name: 'When and how will I get my results?' }));
  const moves = q.getAllByRole('button', { name: /Move up/ });
  expect(moves.length).toBeGreaterThan(0);
  await userEvent.click(moves[moves.length - 1] as HTMLElement);
  await userEvent.click(q.getByRole('button', { name: 'Summary' }));
  await userEvent.click(await q.findByRole('button', { name: 'Finish' }));
};

const decisionAid: Actions = async (root) => {
  const q = byName(root);
  await q.findByRole('button', { name: 'Next' });
  while (q.queryByRole('button', { name: 'Next' })) await userEvent.click(q.getByRole('button', { name: 'Next' }));
  await userEvent.click(q.getByRole('button', { name: 'Finish' }));
};

const visitPrep: Actions = async (root) => {
  const q = byName(root);
  await userEvent.type(await q.findByRole('textbox', { name: 'Main reason for the visit' }), 'Cough');
  await userEvent.click(q.getByRole('button', { name: 'Next' }));
};

interface Recorded {
  readonly changes: unknown[];
  readonly results: unknown[];
}

async function withReact(Widget: ComponentType<Record<string, unknown>>, content: unknown, actions: Actions) {
  const rec: Recorded = { changes: [], results: [] };
  const view = render(
    <Widget
      content={content}
      onValueChange={(v: unknown) => rec.changes.push(v)}
      onComplete={(r: unknown) => rec.results.push(r)}
    />,
  );
  await actions(view.container);
  view.unmount();
  return rec;
}

async function withElement(tag: string, content: unknown, actions: Actions) {
  const rec: Recorded = { changes: [], results: [] };
  const el = document.createElement(tag) as HTMLElement & { content: unknown };
  el.addEventListener('sdm-change', (e) => rec.changes.push((e as CustomEvent).detail));
  el.addEventListener('sdm-complete', (e) => rec.results.push((e as CustomEvent).detail));
  document.body.append(el);
  el.content = content;
  await actions(el.shadowRoot as unknown as HTMLElement);
  el.remove();
  return rec;
}

beforeAll(() => {
  defineSdmElements();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-21T10:00:00.000Z'));
});

afterAll(() => {
  vi.useRealTimers();
});

afterEach(() => {
  cleanup();
});

describe('elements give the payloads of their React widgets', () => {
  it.each([
    ['sdm-question-list', QuestionList, visitQuestionsEn, questionList, 1],
    ['sdm-decision-aid', DecisionAid, decisionAids['mammography-screening-50-69']?.en, decisionAid, 1],
    ['sdm-visit-prep', VisitPrep, newSymptomTemplates.en, visitPrep, 0],
  ] as const)('%s', async (tag, Widget, content, actions, completions) => {
    const react = await withReact(Widget as unknown as ComponentType<Record<string, unknown>>, content, actions);
    const element = await withElement(tag, content, actions);
    expect(react.changes.length).toBeGreaterThan(0);
    expect(react.results).toHaveLength(completions);
    expect(element.changes).toEqual(react.changes);
    expect(element.results).toEqual(react.results);
  });
});
