import { generatePromptList, visitQuestionsEn } from '@sdmkit/content';
import { createQuestionListStore } from '@sdmkit/core';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { MyQuestions } from './MyQuestions.js';

// Counts renders of each row: every row reads its own item through this hook once per render.
const renders = vi.hoisted(() => new Map<string, number>());
// Counts rendered buttons, the bulk of a row.
const buttons = vi.hoisted(() => ({ count: 0 }));
vi.mock('@sdmkit/ui', async (importOriginal) => {
  const original = await importOriginal<typeof import('@sdmkit/ui')>();
  const { forwardRef, createElement } = await import('react');
  return {
    ...original,
    Button: forwardRef<HTMLButtonElement, import('@sdmkit/ui').ButtonProps>(function CountedButton(props, ref) {
      buttons.count += 1;
      return createElement(original.Button, { ...props, ref });
    }),
  };
});
vi.mock('@sdmkit/hooks', async (importOriginal) => {
  const original = await importOriginal<typeof import('@sdmkit/hooks')>();
  return {
    ...original,
    useQuestionListItem: (key: string) => {
      renders.set(key, (renders.get(key) ?? 0) + 1);
      return original.useQuestionListItem(key);
    },
  };
});

const five = () => pickedInput('ask3-options', 'ask3-benefits-harms', 'ask3-how-likely', 'dx-what-else', 'dx-results');
const group = (position: number) =>
  screen.getByRole('group', { name: new RegExp(`^Question ${position}:`) }) as HTMLElement;

beforeEach(() => {
  renders.clear();
  buttons.count = 0;
});

describe('MyQuestions', () => {
  it('changes the wording of a question, and refuses empty wording with a message', async () => {
    const user = userEvent.setup();
    const { store } = renderInProvider(<MyQuestions />, { content: visitQuestionsEn, input: five() });
    await user.click(within(group(4)).getByRole('button', { name: 'Change wording' }));
    const box = screen.getByRole('textbox', { name: 'Your wording' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Please type a question first.')).toHaveAttribute('role', 'alert');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.clear(box);
    // Typing clears the message, as in the add-own form.
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Please type a question first.')).toBeNull();
    await user.type(box, 'Could it be something else?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Could it be something else?')).toBeInTheDocument();
    expect(store.getState().input.items[3]?.text).toBe('Could it be something else?');
    expect(within(group(4)).getByRole('button', { name: 'Change wording' })).toHaveFocus();
  });

  it('adds the patient\u2019s own question and refuses whitespace', async () => {
    const user = userEvent.setup();
    const { keys } = renderInProvider(<MyQuestions />, { content: visitQuestionsEn });
    expect(screen.getByText(/Your list is empty/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Write your own question' });
    await user.type(field, '  ');
    await user.click(screen.getByRole('button', { name: 'Add my question' }));
    expect(screen.getByText('Please type a question first.')).toHaveAttribute('role', 'alert');
    expect(keys()).toEqual([]);
    await user.clear(field);
    await user.type(field, 'Can I still travel next month?');
    await user.click(screen.getByRole('button', { name: 'Add my question' }));
    expect(keys()).toEqual(['own:1']);
    expect(screen.getByText('My own question')).toBeInTheDocument();
    expect(field).toHaveValue('');
  });

  it('removes a question and moves focus to the list heading', async () => {
    const user = userEvent.setup();
    const { keys } = renderInProvider(<MyQuestions />, { content: visitQuestionsEn, input: five() });
    await user.click(within(group(2)).getByRole('button', { name: 'Remove' }));
    expect(keys()).not.toContain('q:ask3-benefits-harms');
    expect(screen.getByRole('heading', { name: 'My questions' })).toHaveFocus();
  });

  it('puts the top 3 first by keyboard, keeps focus on the button and announces the position', async () => {
    const user = userEvent.setup();
    const { keys } = renderInProvider(<MyQuestions />, { content: visitQuestionsEn, input: five() });
    expect(screen.getAllByText('Top 3')).toHaveLength(3);
    within(group(5)).getByRole('button', { name: 'Move to top 3' }).focus();
    await user.keyboard('{Enter}');
    expect(keys()).toEqual([
      'q:ask3-options',
      'q:ask3-benefits-harms',
      'q:dx-results',
      'q:ask3-how-likely',
      'q:dx-what-else',
    ]);
    expect(screen.getByText(/Moved to position 3 of 5/)).toBeInTheDocument();
    const up = within(group(3)).getByRole('button', { name: 'Move up' });
    expect(up).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(keys()[0]).toBe('q:dx-results');
    expect(screen.getByText(/Moved to position 1 of 5/)).toBeInTheDocument();
    // At the top, "Move up" is unavailable but keeps focus; Enter does nothing.
    expect(within(group(1)).getByRole('button', { name: 'Move up' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(keys()[0]).toBe('q:dx-results');
    await user.tab();
    expect(within(group(1)).getByRole('button', { name: 'Move down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(keys()[1]).toBe('q:dx-results');
  });

  it('announces the same position again when a second move lands on it (the region text still changes)', async () => {
    const user = userEvent.setup();
    renderInProvider(<MyQuestions />, { content: visitQuestionsEn, input: five() });
    // Question 4 down to place 5, then question 4 (the one that was 5th) down to place 5 again.
    await user.click(within(group(4)).getByRole('button', { name: 'Move down' }));
    const region = screen.getAllByRole('status').find((r) => r.textContent?.includes('Moved to')) as HTMLElement;
    const first = region.textContent;
    await user.click(within(group(4)).getByRole('button', { name: 'Move down' }));
    const second = region.textContent;
    expect(first?.trim()).toBe('Moved to position 5 of 5.');
    expect(second?.trim()).toBe('Moved to position 5 of 5.');
    // A screen reader reads a live region when its text changes: the same words must not leave it unchanged.
    expect(second).not.toBe(first);
    expect(screen.getAllByRole('status')).toContain(region);
  });

  it('nudges toward a short list above the soft limit', () => {
    const ids = visitQuestionsEn.questions.slice(0, 9).map((q) => q.id);
    renderInProvider(<MyQuestions />, { content: visitQuestionsEn, input: pickedInput(...ids) });
    expect(screen.getByText(/You have 9 questions\. A short list is easier/)).toHaveTextContent('about 8');
  });

  it('offers host suggestions, adds one and hides a dismissed one', async () => {
    const user = userEvent.setup();
    const suggestions = [
      { id: 'sure-u', text: 'What are the benefits and risks of each option for me?', why: 'You were not sure.' },
      { id: 'sure-e', text: 'Who can help me make this choice?' },
    ];
    const { keys, store } = renderInProvider(<MyQuestions suggestions={suggestions} />, { content: visitQuestionsEn });
    const region = screen.getByRole('region', { name: 'Suggested for you' });
    await user.click(
      within(within(region).getByRole('group', { name: /benefits and risks/ })).getByRole('button', {
        name: 'Add to my list',
      }),
    );
    await user.click(within(region).getByRole('button', { name: 'No thanks' }));
    expect(keys()).toEqual(['s:sure-u']);
    expect(store.getState().input.dismissed).toEqual(['sure-e']);
    expect(screen.queryByRole('region', { name: 'Suggested for you' })).toBeNull();
    expect(screen.getByText('Suggested')).toBeInTheDocument();
  });

  it('editing one question re-renders only that row', async () => {
    const { store } = renderInProvider(<MyQuestions />, { content: visitQuestionsEn, input: five() });
    expect(renders.get('q:dx-what-else')).toBe(1);
    renders.clear();
    act(() => {
      store.getState().actions.edit('q:dx-what-else', 'Could it be anything else?');
    });
    act(() => {
      store.getState().actions.setNote('q:dx-what-else', 'noted');
    });
    expect(screen.getByText('Could it be anything else?')).toBeInTheDocument();
    expect([...renders.keys()]).toEqual(['q:dx-what-else']);
    expect(renders.get('q:dx-what-else')).toBe(2);
  });

  it('moving a question into the top 3 re-renders only the rows whose top/first/last state changed', async () => {
    const user = userEvent.setup();
    const list = generatePromptList(50);
    const { store, keys } = renderInProvider(<MyQuestions />, {
      content: list,
      input: pickedInput(...list.questions.map((q) => q.id)),
    });
    const before = keys();
    const moving = before[40] ?? '';
    const pushedOut = before[2] ?? '';
    const text = (key: string) => list.questions.find((q) => `q:${q.id}` === key)?.text ?? '';
    renders.clear();
    buttons.count = 0;
    await user.click(within(group(41)).getByRole('button', { name: 'Move to top 3' }));
    expect(keys()).toEqual([...before.slice(0, 2), moving, ...before.slice(2, 40), ...before.slice(41)]);
    // 39 questions changed place (3..41), but only two rows render: the moved one (now top 3: no "Move to top 3")
    // and the one pushed out of the top 3 (gains "Move to top 3"). The others update only their number and label.
    expect([...renders.keys()].sort()).toEqual([moving, pushedOut].sort());
    expect(renders.get(moving)).toBe(1);
    expect(renders.get(pushedOut)).toBe(1);
    expect(buttons.count).toBe(4 + 5);
    // Every place number and every group name is still right.
    const ranks = [...document.querySelectorAll('.sdm-MyQuestions__rank')].map((el) => el.textContent);
    expect(ranks).toEqual(keys().map((_, i) => String(i + 1)));
    keys().forEach((key, i) => {
      expect(group(i + 1)).toHaveAccessibleName(`Question ${i + 1}: ${text(key)}`);
    });
    expect(screen.getAllByText('Top 3')).toHaveLength(3);
    expect(within(group(3)).getByRole('button', { name: 'Move up' })).toHaveFocus();
    expect(screen.getByText(/Moved to position 3 of 50/)).toBeInTheDocument();
    // A move in the middle (no top/first/last change) renders only the moved row, to keep its focus.
    renders.clear();
    buttons.count = 0;
    await user.click(within(group(20)).getByRole('button', { name: 'Move up' }));
    expect([...renders.keys()]).toEqual([keys()[18]]);
    expect(within(group(19)).getByRole('button', { name: 'Move up' })).toHaveFocus();
    expect(store.getState().input.items.length).toBe(50);
  });

  it('listens to the store as often for 50 questions as for 5: rows share per-key listeners', () => {
    const listenersFor = (count: number) => {
      const list = generatePromptList(count);
      const store = createQuestionListStore(list, {
        initialInput: pickedInput(...list.questions.map((q) => q.id)),
      });
      let live = 0;
      const subscribe = store.subscribe;
      store.subscribe = (listener) => {
        live += 1;
        const stop = subscribe(listener);
        return () => {
          live -= 1;
          stop();
        };
      };
      renderInProvider(<MyQuestions />, { content: list, store });
      expect(document.querySelectorAll('.sdm-MyQuestions__item')).toHaveLength(count);
      const found = live;
      cleanup();
      expect(live).toBe(0);
      return found;
    };
    expect(listenersFor(50)).toBe(listenersFor(5));
  });
});
