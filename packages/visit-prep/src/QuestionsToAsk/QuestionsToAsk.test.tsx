import { newSymptomTemplates } from '@sdmkit/content';
import { createVisitPrepStore } from '@sdmkit/core';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rowWork, workMeter } from '../../../ui/src/test-utils/profile.js';
import { renderInRoot } from '../test-utils/render.js';
import { QuestionsToAsk } from './QuestionsToAsk.js';

describe('QuestionsToAsk', () => {
  it('picks template and host suggestions, adds own questions and orders them', async () => {
    const user = userEvent.setup();
    const fromQuestionList = [
      { id: 'ql-1', text: 'What are my options?' },
      { id: 'what-else', text: 'Duplicate id: shown once' },
    ];
    const { last } = renderInRoot(<QuestionsToAsk suggestedQuestions={fromQuestionList} />);
    const what = screen.getByRole('checkbox', { name: 'What else could it be?' });
    expect(what).toHaveAccessibleDescription(/working diagnosis/);
    expect(screen.queryByRole('checkbox', { name: 'Duplicate id: shown once' })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'What are my options?' }));
    await user.click(what);
    await user.click(screen.getByRole('button', { name: 'Add my own question' }));
    expect(screen.getByRole('textbox', { name: /Question 3/ })).toHaveFocus();
    await user.keyboard('Can I keep driving?');
    expect(last().questions).toEqual([
      { id: 'question-1', text: 'What are my options?', suggestionId: 'ql-1' },
      { id: 'question-2', text: 'What else could it be?', suggestionId: 'what-else' },
      { id: 'question-3', text: 'Can I keep driving?' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Move question 3 up' }));
    await user.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    expect(last().questions.map((q) => q.text)).toEqual([
      'Can I keep driving?',
      'What are my options?',
      'What else could it be?',
    ]);

    // Unticking a suggestion removes it from the list.
    await user.click(screen.getByRole('checkbox', { name: 'What are my options?' }));
    expect(last().questions.map((q) => q.id)).toEqual(['question-3', 'question-2']);
  });

  // Protects the cost of typing and adding in a long list (issue 17): a question reads its own row from the store.
  // Measured with the Profiler meter the question list's tests use: 5 questions against 50, and one row's cost.
  it('a keystroke in one question renders that row only; adding one renders the new row and the one before', () => {
    const steps = (n: number) => {
      const meter = workMeter();
      const store = createVisitPrepStore(newSymptomTemplates.en);
      const ids = Array.from({ length: n }, (_, i) => store.getState().actions.addQuestion(`Question text ${i}`));
      renderInRoot(meter.wrap(<QuestionsToAsk />), { store });
      const mount = meter.take();
      const others = screen.getAllByRole('listitem').filter((_, i) => i !== 2);
      act(() => store.getState().actions.updateQuestion(ids[2] ?? '', 'Is it serious?'));
      const typed = meter.take();
      const third = screen.getAllByRole('listitem')[2] as HTMLElement;
      expect(within(third).getByRole('textbox', { name: /^Question 3\b/ })).toHaveValue('Is it serious?');
      const after = screen.getAllByRole('listitem').filter((_, i) => i !== 2);
      expect(after.every((li, i) => li === others[i])).toBe(true); // the same elements: not mounted again
      act(() => {
        store.getState().actions.addQuestion('One more');
      });
      const added = meter.take();
      cleanup();
      return { mount, typed, added };
    };
    const small = steps(5);
    const large = steps(50);
    const row = rowWork(small.mount, large.mount, 45);
    for (const size of [small, large]) expect(size.typed.commits).toEqual(['update']);
    expect(small.typed.work).toBeLessThan(2 * row);
    expect(large.typed.work - small.typed.work).toBeLessThan((45 * row) / 10);
    expect(large.added.work - small.added.work).toBeLessThan((45 * row) / 10);
  });
});
