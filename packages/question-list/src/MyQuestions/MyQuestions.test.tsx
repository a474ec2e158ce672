import { generatePromptList, visitQuestionsEn } from '@sdmkit/content';
import { createQuestionListStore } from '@sdmkit/core';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rowWork, type Work, workMeter } from '../../../ui/src/test-utils/profile.js';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { MyQuestions } from './MyQuestions.js';

const five = () => pickedInput('ask3-options', 'ask3-benefits-harms', 'ask3-how-likely', 'dx-what-else', 'dx-results');
/** The patient's list (the numbered one; host suggestions are a list of their own). */
const myList = () =>
  screen.getAllByRole('list').find((list) => list.classList.contains('sdm-MyQuestions__list')) as HTMLElement;
/** The actions of the question at `position` (1-based) in the list's order. */
const group = (position: number) =>
  within(within(myList()).getAllByRole('listitem')[position - 1] as HTMLElement).getByRole('group');

/** The widget with every question of a generated list of `n` picked (rows alike but for their words), measured. */
function renderAll(n: number, meter: ReturnType<typeof workMeter>) {
  const list = generatePromptList(n);
  return renderInProvider(meter.wrap(<MyQuestions />), {
    content: list,
    input: pickedInput(...list.questions.map((q) => q.id)),
  });
}

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
    expect(within(group(2)).getByRole('button', { name: 'Move down' })).toHaveFocus();
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

  // Protects the cost of an edit in a long list: a row subscribes to its own item, so changing one question renders
  // that row alone, in one commit. Measured with a Profiler around the widget (see workMeter): the same change in a
  // list of 50 is compared with a list of 5, and both with what rendering one row costs.
  it('changing one question renders that row only, in one commit, however long the list', () => {
    const change = (n: number) => {
      const meter = workMeter();
      const { store } = renderAll(n, meter);
      const mount = meter.take();
      const key = store.getState().input.items[3]?.key ?? '';
      const others = screen.getAllByRole('listitem').filter((_, i) => i !== 3);
      const othersText = others.map((li) => li.textContent);
      act(() => store.getState().actions.edit(key, 'Could it be anything else?'));
      const edit = meter.take();
      act(() => store.getState().actions.setNote(key, 'noted'));
      const note = meter.take();
      expect(group(4)).toHaveAccessibleName('Could it be anything else?');
      // What the patient sees of the other rows did not move or change: the same elements, the same words.
      const after = screen.getAllByRole('listitem').filter((_, i) => i !== 3);
      after.forEach((li, i) => {
        expect(li).toBe(others[i]);
        expect(li.textContent).toBe(othersText[i]);
      });
      cleanup();
      return { mount, edit, note };
    };
    const small = change(5);
    const large = change(50);
    const row = rowWork(small.mount, large.mount, 45);
    for (const size of [small, large]) {
      expect(size.mount.commits).toEqual(['mount']);
      expect(size.edit.commits).toEqual(['update']);
      expect(size.note.commits).toEqual(['update']);
    }
    for (const step of ['edit', 'note'] as const) {
      // One row renders (less than two rows' work, the way down from the root included)...
      expect(small[step].work).toBeLessThan(2 * row);
      // ... and the 45 rows more are passed over, not rendered: less than a tenth of a row each.
      expect(large[step].work - small[step].work).toBeLessThan((45 * row) / 10);
    }
  });

  // Protects the cost of reordering a long list: a row renders only when its top/first/last state changes (its
  // buttons do); focus is kept on the button used without rendering the row. A row that only changes place is not
  // rendered at all: its number is the list's CSS counter (checked in the browser test) and its group is named by
  // its text. Checked with a Profiler around the widget (see workMeter).
  it('moving a question into the top 3 renders the moved row and the one pushed out, however far it moves', async () => {
    const user = userEvent.setup();
    const meter = workMeter();
    // Reference: a note (not shown in this view) renders its row and nothing else, as the test above checks; checked
    // here again, so that a change that renders every row on every change cannot hide in the comparisons below.
    const small = renderAll(5, meter);
    const smallMount = meter.take();
    act(() => small.store.getState().actions.setNote(small.keys()[3] ?? '', 'noted'));
    const smallNote = meter.take();
    cleanup();
    const { store, keys } = renderAll(50, meter);
    const row = rowWork(smallMount, meter.take(), 45);
    act(() => store.getState().actions.setNote(keys()[29] ?? '', 'noted'));
    const oneRow = meter.take();
    expect(smallNote.work).toBeLessThan(2 * row);
    expect(oneRow.work - smallNote.work).toBeLessThan((45 * row) / 10);
    const questions = generatePromptList(50).questions;
    const text = (key: string) => questions.find((q) => `q:${q.id}` === key)?.text ?? '';

    const before = keys();
    const moving = before[40] ?? '';
    const pushedOut = before[2] ?? '';
    const buttonsOf = (position: number) => within(group(position)).getAllByRole('button');
    const unmoved = buttonsOf(45);
    // What changes in the page's list: one row out of place 41 and one into place 3, not the 38 rows between moved.
    const records: MutationRecord[] = [];
    const changes = new MutationObserver((list) => records.push(...list));
    // The rows sit in chunks of the list (ui's RowChunks): rows that come and go in the list or in a chunk.
    changes.observe(myList(), { childList: true, subtree: true });
    await user.click(within(group(41)).getByRole('button', { name: 'Move to top 3' }));
    records.push(...changes.takeRecords());
    changes.disconnect();
    const rowChanges = records.filter((r) => r.target === myList() || r.target.parentNode === myList());
    expect(rowChanges.reduce((n, r) => n + r.addedNodes.length, 0)).toBe(1);
    expect(rowChanges.reduce((n, r) => n + r.removedNodes.length, 0)).toBe(1);
    const far = meter.take();
    expect(keys()).toEqual([...before.slice(0, 2), moving, ...before.slice(2, 40), ...before.slice(41)]);
    expect(keys()[3]).toBe(pushedOut);
    // What changed for the two rows that rendered: the moved one has no "Move to top 3" now, the one pushed out has.
    expect(within(group(3)).queryByRole('button', { name: 'Move to top 3' })).toBeNull();
    expect(within(group(4)).getByRole('button', { name: 'Move to top 3' })).toBeInTheDocument();
    // The page's order is the list's, and every group is named by its own question.
    keys().forEach((key, i) => {
      expect(group(i + 1)).toHaveAccessibleName(text(key));
    });
    expect(screen.getAllByText('Top 3')).toHaveLength(3);
    expect(within(group(3)).getByRole('button', { name: 'Move up' })).toHaveFocus();
    expect(screen.getByText(/Moved to position 3 of 50/)).toBeInTheDocument();
    // A row after the move keeps its buttons: the same elements.
    expect(buttonsOf(45)).toEqual(unmoved);
    buttonsOf(45).forEach((b, i) => {
      expect(b).toBe(unmoved[i]);
    });

    // The same move from place 11 shifts 30 rows fewer (7 instead of 37) and renders the same two rows.
    await user.click(within(group(11)).getByRole('button', { name: 'Move to top 3' }));
    const near = meter.take();
    expect(far.commits).toEqual(['update']);
    expect(near.commits).toEqual(['update']);
    // The 30 rows more that shift are not rendered. Each move takes its row out of a later chunk of rows (ui's
    // RowChunks: 8 rows, then 32 each), which passes over the rows it keeps without rendering them: less than one
    // row costs.
    expect(Math.abs(far.work - near.work)).toBeLessThan(row);
    // What is rendered is one row more than the note's (the one pushed out), not two.
    expect(near.work - oneRow.work).toBeLessThan(2 * row);

    // A move in the middle (no top/first/last change) renders no row, so it costs less than half a row more than
    // the note. Focus stays on the button used, up or down (moving down, the row's own element is moved in the
    // page).
    await user.click(within(group(20)).getByRole('button', { name: 'Move up' }));
    const middle = meter.take();
    expect(middle.commits).toEqual(['update']);
    expect(middle.work - oneRow.work).toBeLessThan(row / 2);
    expect(within(group(19)).getByRole('button', { name: 'Move up' })).toHaveFocus();
    await user.click(within(group(19)).getByRole('button', { name: 'Move down' }));
    const down = meter.take();
    expect(down.commits).toEqual(['update']);
    expect(down.work - oneRow.work).toBeLessThan(row / 2);
    expect(within(group(20)).getByRole('button', { name: 'Move down' })).toHaveFocus();
    expect(screen.getByText(/Moved to position 20 of 50/)).toBeInTheDocument();
    expect(store.getState().input.items.length).toBe(50);
  });

  it('keeps focus on the button used when a question moves across the edge of a chunk of rows', async () => {
    // 40 questions: rows in chunks (ui's RowChunks), the first of 8 rows. Moving the 9th up mounts its row anew in
    // the first chunk.
    const user = userEvent.setup();
    const list = generatePromptList(40);
    renderInProvider(<MyQuestions />, { content: list, input: pickedInput(...list.questions.map((q) => q.id)) });
    const first = group(9);
    await user.click(within(first).getByRole('button', { name: 'Move up' }));
    expect(group(8)).toHaveAccessibleName(list.questions[8]?.text ?? '');
    expect(group(8)).not.toBe(first);
    expect(within(group(8)).getByRole('button', { name: 'Move up' })).toHaveFocus();
    expect(screen.getByText(/Moved to position 8 of 40/)).toBeInTheDocument();
    // Back down: the row stays in its chunk now, and focus stays on Move down.
    await user.click(within(group(8)).getByRole('button', { name: 'Move down' }));
    expect(within(group(9)).getByRole('button', { name: 'Move down' })).toHaveFocus();
  });

  it('keeps a wording being changed, and its draft, when its row moves to another chunk of rows', async () => {
    const user = userEvent.setup();
    const list = generatePromptList(40);
    const { store } = renderInProvider(<MyQuestions />, {
      content: list,
      input: pickedInput(...list.questions.map((q) => q.id)),
    });
    const row9 = within(myList()).getAllByRole('listitem')[8] as HTMLElement;
    await user.click(within(row9).getByRole('button', { name: 'Change wording' }));
    await user.type(within(row9).getByRole('textbox'), ' Still mine.');
    // The 8th moves down past it: the row being edited goes to the first chunk (8 rows), and is mounted anew there.
    await user.click(within(group(8)).getByRole('button', { name: 'Move down' }));
    const moved = within(myList()).getAllByRole('listitem')[7] as HTMLElement;
    expect(moved).not.toBe(row9);
    const box = within(moved).getByRole('textbox', { name: 'Your wording' });
    expect(box).toHaveValue(`${list.questions[8]?.text} Still mine.`);
    // Focus stays with the move the patient made, not in the editor that came back.
    expect(within(group(9)).getByRole('button', { name: 'Move down' })).toHaveFocus();
    await user.click(within(moved).getByRole('button', { name: 'Save' }));
    expect(store.getState().input.items[7]?.text).toBe(`${list.questions[8]?.text} Still mine.`);
  });

  it('drops a wording being changed when its question leaves the list: picked again, it shows its words', async () => {
    const user = userEvent.setup();
    const { store } = renderInProvider(<MyQuestions />, { content: visitQuestionsEn, input: five() });
    await user.click(within(group(4)).getByRole('button', { name: 'Change wording' }));
    await user.type(screen.getByRole('textbox', { name: 'Your wording' }), ' Not kept.');
    // Unpicked while its wording is open (from the question browser, say), then picked again.
    act(() => store.getState().actions.unpick('dx-what-else'));
    act(() => store.getState().actions.pick('dx-what-else'));
    expect(screen.queryByRole('textbox', { name: 'Your wording' })).toBeNull();
    expect(screen.queryByText(/Not kept\./)).toBeNull();
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
