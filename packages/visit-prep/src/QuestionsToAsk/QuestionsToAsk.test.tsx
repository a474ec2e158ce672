import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
