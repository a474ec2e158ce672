import { generatePromptList, visitQuestionsAr, visitQuestionsEn } from '@sdmkit/content';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { VisitMode } from './VisitMode.js';

// Render counters: every row and every unanswered entry reads its own item through this hook once per render, and
// every button (the costly part of a row) is a `Button`.
const counts = vi.hoisted(() => ({ items: new Map<string, number>(), buttons: 0 }));
vi.mock('@sdmkit/hooks', async (importOriginal) => {
  const original = await importOriginal<typeof import('@sdmkit/hooks')>();
  return {
    ...original,
    useQuestionListItem: (key: string) => {
      counts.items.set(key, (counts.items.get(key) ?? 0) + 1);
      return original.useQuestionListItem(key);
    },
  };
});
vi.mock('@sdmkit/ui', async (importOriginal) => {
  const original = await importOriginal<typeof import('@sdmkit/ui')>();
  const { forwardRef, createElement } = await import('react');
  return {
    ...original,
    Button: forwardRef<HTMLButtonElement, import('@sdmkit/ui').ButtonProps>(function CountedButton(props, ref) {
      counts.buttons += 1;
      return createElement(original.Button, { ...props, ref });
    }),
  };
});

const resetCounts = () => {
  counts.items.clear();
  counts.buttons = 0;
};
beforeEach(resetCounts);

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

  describe('re-renders only what changed, in a list of 60', () => {
    const list = generatePromptList(60);
    const all = () => pickedInput(...list.questions.map((q) => q.id));

    it('typing into one answer note re-renders that row and its own unanswered entry, nothing else', async () => {
      const user = userEvent.setup();
      const { store } = renderInProvider(<VisitMode />, { content: list, input: all() });
      const key = store.getState().input.items[29]?.key ?? '';
      // Mounted: each row (2 buttons) and each unanswered entry (1 button) once.
      expect(counts.items.get(key)).toBe(2);
      expect(counts.buttons).toBe(60 * 3);
      const note = within(screen.getAllByRole('listitem', { name: /.+/ })[29] as HTMLElement).getByRole('textbox', {
        name: 'Answer notes',
      });
      resetCounts();
      await user.type(note, 'abc');
      expect(store.getState().input.items[29]?.note).toBe('abc');
      // 3 keystrokes: the row (2 buttons) and its entry (1 button), 3 times each; no other key, no other button.
      expect([...counts.items.keys()]).toEqual([key]);
      expect(counts.items.get(key)).toBe(3 * 2);
      expect(counts.buttons).toBe(3 * 3);
    });

    it('marking one question answered re-renders that row only and removes its entry', async () => {
      const user = userEvent.setup();
      const { store } = renderInProvider(<VisitMode />, { content: list, input: all() });
      const key = store.getState().input.items[9]?.key ?? '';
      const row = screen.getAllByRole('listitem', { name: /.+/ })[9] as HTMLElement;
      resetCounts();
      await user.click(within(row).getByRole('button', { name: 'Answered' }));
      expect(store.getState().input.items[9]?.status).toBe('answered');
      expect([...counts.items.keys()]).toEqual([key]);
      expect(counts.items.get(key)).toBe(1);
      expect(counts.buttons).toBe(2);
      expect(screen.getByRole('region', { name: 'Not answered yet: 59 questions' })).toBeInTheDocument();
      // A change made outside the list (another tab, the host) reaches the row the same way.
      resetCounts();
      act(() => store.getState().actions.setFollowUp(key, true));
      expect([...counts.items.keys()]).toEqual([key]);
    });
  });
});
