import { visitQuestionsByLocale } from '@sdmkit/content';
import { createMemoryStorage, createPersistence, type QuestionListInput } from '@sdmkit/core';
import { QuestionList, type QuestionListMode, type QuestionListProps } from '@sdmkit/question-list';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { callbackArgType, hiddenArgType } from '../ui/StoryShell';
import {
  listArgType,
  listFor,
  picked,
  type QuestionListExample,
  type QuestionListStart,
  type QuestionListSuggested,
  SUGGESTIONS,
  startArgType,
  startFor,
  suggestedArgType,
} from './shared';

/** The widget's props; `content`, `defaultValue` and `suggestions` come from the story's keys. */
type QuestionListStoryArgs = Omit<QuestionListProps, 'suggestions'> & {
  readonly list: QuestionListExample;
  readonly start: QuestionListStart;
  readonly suggested: QuestionListSuggested;
};

const MODES: readonly QuestionListMode[] = ['prepare', 'visit', 'summary'];

/**
 * Controls: the example list (`list`), the patient's list at the start (`start`), the host's suggestions
 * (`suggested`), the step to start on (`defaultMode`, uncontrolled) and `hideModeSwitch`. Changing the list, the
 * start or the step starts the widget again.
 */
const meta = {
  title: 'Question list/QuestionList',
  component: QuestionList,
  render: ({ list, start, suggested, ...args }, { globals }) => (
    <QuestionList
      key={`${list}:${start}:${args.defaultMode}`}
      {...args}
      content={listFor(globals.locale, list)}
      defaultValue={startFor(start, listFor(globals.locale, list))}
      suggestions={SUGGESTIONS[suggested]}
      locale={globals.locale}
      theme={globals.theme}
    />
  ),
  args: {
    list: 'visit',
    start: 'none',
    suggested: 'none',
    defaultMode: 'prepare',
    hideModeSwitch: false,
    content: undefined,
    onComplete: fn(),
    onModeChange: fn(),
    onValueChange: fn(),
  },
  argTypes: {
    list: listArgType,
    start: startArgType,
    suggested: suggestedArgType,
    defaultMode: {
      control: {
        type: 'radio',
        labels: { prepare: 'prepare: pick and rank', visit: 'visit: during the visit', summary: 'summary' },
      },
      options: MODES,
      description:
        'Step to start on (uncontrolled: the step buttons still work). `prepare`: browse, pick, rank and word; `visit`: mark questions asked or answered and note the answers; `summary`: print, copy, finish.',
    },
    hideModeSwitch: {
      control: { type: 'boolean' },
      description: 'Hide the step buttons (for a host that drives the step itself).',
    },
    content: hiddenArgType,
    defaultValue: hiddenArgType,
    persist: hiddenArgType,
    onComplete: callbackArgType('Called with the result when the patient presses Finish in the summary.'),
    onModeChange: callbackArgType('Told when the patient asks for another step with the step buttons.'),
    onValueChange: callbackArgType('Told every time the patient’s list changes.'),
  },
} satisfies Meta<QuestionListStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FullFlow: Story = {
  args: { persist: createPersistence({ storage: createMemoryStorage() }) },
  play: inEnglish(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add the suggested starter questions' }));
    const nav = canvas.getByRole('navigation', { name: 'Steps' });
    await userEvent.click(within(nav).getByRole('button', { name: 'During the visit' }));
    const row = canvas.getByRole('listitem', { name: /What are my options\?/ });
    await userEvent.click(within(row).getByRole('button', { name: 'Answered' }));
    await userEvent.click(within(nav).getByRole('button', { name: 'Summary' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Finish' }));
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'question-list', counts: expect.objectContaining({ total: 5, answered: 1 }) }),
    );
  }),
};

/** The patient's own words on a question that a new edition of the list no longer has, in each language. */
const retiredWords = {
  en: ['Ask about the cost', 'My sister had this test last year'],
  es: ['Preguntar por el costo', 'Mi hermana se hizo esta prueba el año pasado'],
  ar: ['أسأل عن التكلفة', 'أجرت أختي هذا الفحص العام الماضي'],
} as const;

/**
 * A draft saved before the list changed: one of the picked questions is no longer in it. The other is restored; the
 * one that no longer fits is kept, and a notice offers it back (show the words, copy them, or dismiss).
 */
export const AnswersKeptAfterContentChange: Story = {
  args: {
    persist: createPersistence({
      storage: createMemoryStorage(
        Object.fromEntries(
          (['en', 'es', 'ar'] as const).map((locale) => {
            const list = visitQuestionsByLocale[locale];
            const draft = picked('ask3-options', 'retired-question');
            const state: QuestionListInput = {
              ...draft,
              items: draft.items.map((item) =>
                item.questionId === 'retired-question'
                  ? { ...item, note: retiredWords[locale][0], why: retiredWords[locale][1] }
                  : item,
              ),
            };
            return [
              `sdmkit:question-list:${list.id}:v1`,
              JSON.stringify({
                sdmkit: 1,
                widget: 'question-list',
                contentId: list.id,
                contentVersion: list.meta.version,
                version: 1,
                savedAt: '2026-11-20T10:00:00.000Z',
                state,
              }),
            ];
          }),
        ),
      ),
    }),
  },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const notice = await canvas.findByRole('group', {
      name: '1 answer refers to a question or item no longer in this content. It was kept.',
    });
    await userEvent.click(within(notice).getByRole('button', { name: 'Show the answers no longer in this content' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Answers no longer in this content' });
    await expect(within(dialog).getByText('Ask about the cost')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
  }),
};

export const InVisit: Story = {
  args: { defaultMode: 'visit', start: 'four' },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('0 of 4 questions answered')).toBeInTheDocument();
  }),
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  args: { start: 'two', suggested: 'supportArabic' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.sdm-root')).toHaveAttribute('dir', 'rtl');
    await userEvent.click(canvas.getByRole('button', { name: 'أضف إلى قائمتي' }));
    await expect(canvas.getByText('مقترح')).toBeInTheDocument();
  },
};

/** 500 generated questions (English only: the interface follows the toolbar). */
export const Library500: Story = {
  args: { list: 'library500' },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Sample question 7 about recovery?' }));
    await expect(canvas.getByRole('group', { name: 'Sample question 7 about recovery?' })).toBeInTheDocument();
  }),
};

export const InvalidContent: Story = {
  render: ({ list, start, suggested, ...args }, { globals }) => (
    <QuestionList
      key={`${list}:${start}:${args.defaultMode}`}
      {...args}
      content={{ ...listFor(globals.locale, list), questions: [{ id: 'a', categoryId: 'nope', text: '   ' }] }}
      defaultValue={startFor(start, listFor(globals.locale, list))}
      suggestions={SUGGESTIONS[suggested]}
      locale={globals.locale}
      theme={globals.theme}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toBeVisible();
    await expect(canvas.getByText('$.questions[0].text')).toBeInTheDocument();
  },
};
