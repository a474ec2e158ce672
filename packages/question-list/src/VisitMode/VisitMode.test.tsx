import { visitQuestionsAr, visitQuestionsEn } from '@sdmkit/content';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { VisitMode } from './VisitMode.js';

const three = () => pickedInput('ask3-options', 'dx-what-else', 'dx-results');

describe('VisitMode', () => {
  it('marks a question answered with one tap, notes the answer and flags a follow-up', async () => {
    const user = userEvent.setup();
    const { store } = renderInProvider(<VisitMode />, { content: visitQuestionsEn, input: three() });
    const row = screen.getByRole('listitem', { name: /What else could it be\?/ });
    const answered = within(row).getByRole('button', { name: 'Answered' });
    expect(answered).toHaveAttribute('aria-pressed', 'false');
    await user.click(answered);
    expect(answered).toHaveAttribute('aria-pressed', 'true');
    await user.type(within(row).getByRole('textbox', { name: 'Answer notes' }), 'Maybe a virus. Test in 2 weeks.');
    await user.click(within(row).getByRole('checkbox', { name: 'Follow up later' }));
    expect(store.getState().input.items[1]).toMatchObject({
      status: 'answered',
      note: 'Maybe a virus. Test in 2 weeks.',
      followUp: true,
    });
    expect(screen.getByText('1 of 3 questions answered')).toBeInTheDocument();
    await user.click(answered);
    expect(store.getState().input.items[1]?.status).toBe('open');
  });

  it('gathers unanswered questions at the end and jumps to one', async () => {
    const user = userEvent.setup();
    const { store } = renderInProvider(<VisitMode />, { content: visitQuestionsEn, input: three() });
    await user.click(
      within(screen.getByRole('listitem', { name: /What are my options\?/ })).getByRole('button', { name: 'Answered' }),
    );
    const end = screen.getByRole('region', { name: 'Not answered yet: 2 questions' });
    expect(within(end).getAllByRole('listitem')).toHaveLength(2);
    await user.click(
      within(end).getByRole('button', { name: 'Go to this question: When and how will I get my results?' }),
    );
    expect(screen.getByRole('listitem', { name: /When and how will I get my results\?/ })).toHaveFocus();
    // "Asked" alone still counts as not answered.
    await user.click(
      within(screen.getByRole('listitem', { name: /What else could it be\?/ })).getByRole('button', { name: 'Asked' }),
    );
    expect(store.getState().input.items[1]?.status).toBe('asked');
    expect(screen.getByRole('region', { name: 'Not answered yet: 2 questions' })).toBeInTheDocument();
  });

  it('speaks Arabic with Arabic plural forms', () => {
    renderInProvider(<VisitMode />, {
      content: visitQuestionsAr,
      input: pickedInput('ask3-options', 'dx-what-else'),
      lng: 'ar',
    });
    expect(screen.getByText('أُجيب عن 0 من سؤالين')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'لم يُجب عنهما بعد: سؤالان' })).toBeInTheDocument();
  });
});
