import { generatePromptList, visitQuestionsAr, visitQuestionsEn } from '@sdmkit/content';
import type { QuestionListStore } from '@sdmkit/core';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rowWork, type Work, workMeter } from '../../../ui/src/test-utils/profile.js';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { VisitMode } from './VisitMode.js';

/** The question of a row, as its heading reads it (without the place number). */
const questionText = (row: HTMLElement) =>
  within(row)
    .getByRole('heading')
    .textContent?.replace(/^\d+\.\s*/, '') ?? '';

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

  // The rows' labels are looked up once for the list and passed down: a change of language still reaches every row.
  it('labels every row in the new language when the language changes', () => {
    const { setLanguage } = renderInProvider(<VisitMode />, { content: visitQuestionsEn, input: three() });
    expect(screen.getAllByRole('button', { name: 'Answered' })).toHaveLength(3);
    setLanguage('es');
    expect(screen.getAllByRole('button', { name: 'Respondida' })).toHaveLength(3);
    expect(screen.getAllByRole('button', { name: 'Hecha' })).toHaveLength(3);
    expect(screen.getAllByRole('textbox', { name: 'Notas de la respuesta' })).toHaveLength(3);
    expect(screen.getAllByRole('checkbox', { name: 'Dar seguimiento después' })).toHaveLength(3);
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

  // Protects the cost of the visit screen in a long list: a row and its entry under "Not answered yet" subscribe to
  // their own item, so a change to one question renders that row (and its entry) alone, in one commit per change.
  // Measured with a Profiler around the widget (see workMeter): the same step in a list of 60 is compared with a
  // list of 5, and both with what rendering one row and its entry costs.
  describe('renders only the row that changed, however long the list', () => {
    /** The widget with every question of a generated list of `n` picked (rows alike but for their words). */
    const renderAll = (n: number, meter: ReturnType<typeof workMeter>) => {
      const list = generatePromptList(n);
      return renderInProvider(meter.wrap(<VisitMode />), {
        content: list,
        input: pickedInput(...list.questions.map((q) => q.id)),
      });
    };
    const rows = () => screen.getAllByRole('listitem', { name: /.+/ }) as HTMLElement[];

    /** Mounts lists of 5 and 60, runs `step` on the 4th row of each, and gives the work measured in each. */
    async function inBothSizes(step: (row: HTMLElement, key: string, store: QuestionListStore) => Promise<void>) {
      const run = async (n: number) => {
        const meter = workMeter();
        const { store } = renderAll(n, meter);
        const mount = meter.take();
        const key = store.getState().input.items[3]?.key ?? '';
        const others = rows().filter((_, i) => i !== 3);
        const othersText = others.map((li) => li.textContent);
        await step(rows()[3] as HTMLElement, key, store);
        const work = meter.take();
        // What the patient sees of the other rows did not move or change: the same elements, the same words.
        const after = rows().filter((_, i) => i !== 3);
        after.forEach((li, i) => {
          expect(li).toBe(others[i]);
          expect(li.textContent).toBe(othersText[i]);
        });
        cleanup();
        return { mount, work };
      };
      const small = await run(5);
      const large = await run(60);
      // Mounted in one commit; one row and its entry cost `row`.
      expect(small.mount.commits).toEqual(['mount']);
      expect(large.mount.commits).toEqual(['mount']);
      return { small: small.work, large: large.work, row: rowWork(small.mount, large.mount, 55) };
    }

    it('typing into one answer note renders that row and its own entry once per keystroke, nothing else', async () => {
      const user = userEvent.setup();
      const { small, large, row } = await inBothSizes(async (row, _key, store) => {
        await user.type(within(row).getByRole('textbox', { name: 'Answer notes' }), 'abc');
        expect(store.getState().input.items[3]?.note).toBe('abc');
      });
      // 3 keystrokes, 3 commits.
      expect(small.commits).toEqual(['update', 'update', 'update']);
      expect(large.commits).toEqual(['update', 'update', 'update']);
      // Each keystroke renders one row and its entry (less than two rows' work, the way down from the root
      // included), and the 55 rows more are passed over, not rendered: less than a tenth of a row each.
      expect(small.work / 3).toBeLessThan(2 * row);
      expect((large.work - small.work) / 3).toBeLessThan((55 * row) / 10);
    });

    it('marking one question answered renders that row only and removes its entry', async () => {
      const user = userEvent.setup();
      const { small, large, row } = await inBothSizes(async (row, _key, store) => {
        const count = store.getState().input.items.length;
        const goTo = `Go to this question: ${questionText(row)}`;
        // (`hidden: true` only skips the slow visibility check of every button in jsdom.)
        const region = () => screen.getByRole('region', { name: /^Not answered yet/ });
        expect(within(region()).getByRole('button', { name: goTo, hidden: true })).toBeInTheDocument();
        await user.click(within(row).getByRole('button', { name: 'Answered' }));
        expect(store.getState().input.items[3]?.status).toBe('answered');
        expect(region()).toHaveAccessibleName(`Not answered yet: ${count - 1} questions`);
        expect(within(region()).queryByRole('button', { name: goTo, hidden: true })).toBeNull();
      });
      expect(small.commits).toEqual(['update']);
      expect(large.commits).toEqual(['update']);
      expect(small.work).toBeLessThan(2 * row);
      expect(large.work - small.work).toBeLessThan((55 * row) / 10);
    });

    it('a change made outside the list (another tab, the host) reaches the row the same way', async () => {
      const { small, large, row } = await inBothSizes(async (row, key, store) => {
        act(() => store.getState().actions.setFollowUp(key, true));
        expect(within(row).getByRole('checkbox', { name: 'Follow up later' })).toBeChecked();
      });
      expect(small.commits).toEqual(['update']);
      expect(large.commits).toEqual(['update']);
      expect(small.work).toBeLessThan(2 * row);
      expect(large.work - small.work).toBeLessThan((55 * row) / 10);
    });
  });
});
