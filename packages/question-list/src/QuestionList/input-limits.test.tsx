// One set of limits (issue 22), on screen: input past the limits is an error the host sees, and the text boxes
// stop at the schema's limits with a count near them.
import { visitQuestionsEn } from '@sdmkit/content';
import { MAX_ANSWER_NOTE_LENGTH, MAX_QUESTION_ITEMS, MAX_QUESTION_LENGTH, type SdmInputError } from '@sdmkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MyQuestions } from '../MyQuestions/MyQuestions.js';
import { QuestionBrowser } from '../QuestionBrowser/QuestionBrowser.js';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { VisitMode } from '../VisitMode/VisitMode.js';
import { QuestionList } from './QuestionList.js';

const withNote = (note: string) => {
  const input = pickedInput('ask3-options');
  return { ...input, items: input.items.map((item) => ({ ...item, note })) };
};

describe('question list input limits', () => {
  it('shows the error state for a defaultValue with a note past the limit, and tells the host', () => {
    const onInputError = vi.fn<(error: SdmInputError) => void>();
    const defaultValue = withNote('a'.repeat(MAX_ANSWER_NOTE_LENGTH + 1));
    render(<QuestionList content={visitQuestionsEn} defaultValue={defaultValue} onInputError={onInputError} />);
    expect(screen.getByRole('alert')).toHaveTextContent('$.items[0].note');
    expect(screen.queryByRole('heading', { name: 'My questions' })).toBeNull();
    const error = onInputError.mock.calls[0]?.[0];
    expect(error).toMatchObject({ widget: 'question-list', prop: 'defaultValue' });
    expect(error?.input).toBe(defaultValue);
    expect(error?.issues.map((i) => i.path)).toEqual(['$.items[0].note']);
  });

  it('shows the widget again once a controlled value is valid', () => {
    const { rerender } = render(
      <QuestionList content={visitQuestionsEn} value={withNote('a'.repeat(MAX_ANSWER_NOTE_LENGTH + 1))} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This tool cannot be shown right now');
    rerender(<QuestionList content={visitQuestionsEn} value={withNote('Fine')} />);
    expect(screen.queryByText('This tool cannot be shown right now')).toBeNull();
    expect(screen.getByRole('heading', { name: 'My questions' })).toBeInTheDocument();
  });

  it('says why picking does nothing once the list is full', () => {
    const items = Array.from({ length: MAX_QUESTION_ITEMS }, (_, i) => ({
      key: `own:${i + 1}`,
      source: 'own' as const,
      text: `Own question ${i + 1}`,
      status: 'open' as const,
      note: '',
      followUp: false,
    }));
    renderInProvider(<QuestionBrowser />, {
      content: visitQuestionsEn,
      input: { items, dismissed: [], seq: MAX_QUESTION_ITEMS },
    });
    expect(screen.getByText('Your list is full. Remove a question first.')).toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: 'What else could it be?' });
    fireEvent.click(box);
    expect(box).not.toBeChecked();
  });

  it('stops a question at the schema limit and shows a count only near it', () => {
    renderInProvider(<MyQuestions />, { content: visitQuestionsEn });
    const box = screen.getByRole('textbox', { name: 'Write your own question' });
    expect(box).toHaveAttribute('maxlength', String(MAX_QUESTION_LENGTH));
    fireEvent.change(box, { target: { value: 'a'.repeat(269) } });
    expect(screen.queryByText(/of 300 characters/)).toBeNull();
    fireEvent.change(box, { target: { value: 'a'.repeat(270) } });
    expect(box).toHaveAccessibleDescription('270 of 300 characters');
  });

  it('stops an answer note at the schema limit and shows a count near it', () => {
    renderInProvider(<VisitMode />, { content: visitQuestionsEn, input: withNote('a'.repeat(1900)) });
    const note = screen.getByRole('textbox', { name: 'Answer notes' });
    expect(note).toHaveAttribute('maxlength', String(MAX_ANSWER_NOTE_LENGTH));
    expect(note).toHaveAccessibleDescription('1,900 of 2,000 characters');
  });
});
