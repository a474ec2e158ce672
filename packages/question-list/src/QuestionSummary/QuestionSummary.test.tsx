import { visitQuestionsEn } from '@sdmkit/content';
import type { QuestionListInput } from '@sdmkit/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { QuestionSummary } from './QuestionSummary.js';

const input: QuestionListInput = {
  items: [
    {
      key: 'q:ask3-options',
      source: 'library',
      questionId: 'ask3-options',
      status: 'answered',
      note: 'Wait, or start a medicine.',
      followUp: false,
    },
    { key: 'own:1', source: 'own', text: 'Can I keep working?', status: 'asked', note: '', followUp: true },
  ],
  dismissed: [],
  seq: 1,
};

afterEach(() => vi.unstubAllGlobals());

describe('QuestionSummary', () => {
  it('lists questions with their answers and follow-ups', () => {
    renderInProvider(<QuestionSummary />, { content: visitQuestionsEn, input });
    expect(screen.getByText('Answer: Wait, or start a medicine.')).toBeInTheDocument();
    expect(screen.getByText('No answer noted.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'To follow up (1):' })).toBeInTheDocument();
  });

  it('copies the list as plain text', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    const onCopy = vi.fn();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderInProvider(<QuestionSummary onCopy={onCopy} />, { content: visitQuestionsEn, input });
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText(/Copied\./)).toBeInTheDocument();
    expect(writeText.mock.calls[0]?.[0]).toBe(
      [
        'My questions: Questions for my visit',
        '',
        '1. What are my options? [top 3, Answered]',
        '   Answer: Wait, or start a medicine.',
        '2. Can I keep working? [top 3, Asked, follow up]',
        '',
        'To follow up (1):',
        '- Can I keep working?',
        '',
        'Not answered (1):',
        '- Can I keep working?',
      ].join('\n'),
    );
    expect(onCopy).toHaveBeenCalledOnce();
  });

  it.each([
    ['fails', { writeText: () => Promise.reject(new Error('denied')) }],
    ['is missing', undefined],
    ['cannot write', {}],
  ])('shows the text to copy by hand when the clipboard %s', async (_, clipboard) => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    const onCopy = vi.fn();
    renderInProvider(<QuestionSummary onCopy={onCopy} />, { content: visitQuestionsEn, input });
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    const box = (await screen.findByRole('textbox', { name: 'Your list as text' })) as HTMLTextAreaElement;
    expect(box.value).toContain('1. What are my options? [top 3, Answered]');
    expect(screen.getByText(/Could not copy/)).toBeInTheDocument();
    expect(onCopy).not.toHaveBeenCalled();
  });
});
