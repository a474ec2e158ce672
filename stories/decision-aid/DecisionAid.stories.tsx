import { createMemoryStorage, createPersistence, type DecisionAidDocument, emptyDecisionAidInput } from '@sdmkit/core';
import { DecisionAid, type DecisionAidProps, type DecisionAidStep } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { callbackArgType, hiddenArgType } from '../ui/StoryShell';
import { type DecisionAidExample, docFor, EXAMPLE_IDS, exampleArgType, TREATMENT } from './Frame';

/** The widget's props, plus the story's own `example` (which example document `content` gets). */
type DecisionAidStoryArgs = DecisionAidProps & { readonly example: DecisionAidExample };

const STEPS: readonly DecisionAidStep[] = ['intro', 'options', 'outcomes', 'values', 'knowledge', 'sure', 'summary'];

/**
 * Controls: the example (`example`), `mode` and the step to start on (`defaultStep`, uncontrolled, so Back and Next
 * still work). Changing the example or the start step starts the widget again with no answers.
 */
const meta = {
  title: 'DecisionAid/DecisionAid',
  component: DecisionAid,
  args: {
    example: 'treatment',
    mode: 'self',
    defaultStep: 'intro',
    content: null,
    onComplete: fn(),
    onStepChange: fn(),
    onValueChange: fn(),
  },
  argTypes: {
    example: exampleArgType,
    mode: {
      control: {
        type: 'radio',
        labels: { self: 'self: step by step, at the patient’s pace', encounter: 'encounter: one shared screen' },
      },
      options: ['self', 'encounter'],
      description:
        '`self`: step by step at the patient’s pace. `encounter`: clinician and patient on one screen, large type, no quiz.',
    },
    defaultStep: {
      control: { type: 'select' },
      options: STEPS,
      description:
        'Step to start on (self mode only; uncontrolled, the patient can still move on). `knowledge` shows the first step when the content has no knowledge-check questions.',
    },
    content: {
      ...hiddenArgType,
      description: 'The document itself; only set by stories that need content of their own (e.g. invalid content).',
    },
    persist: hiddenArgType,
    onComplete: callbackArgType('Called when the patient presses Finish, with the result.'),
    onStepChange: callbackArgType('Told when the patient asks for another step (Back or Next).'),
    onValueChange: callbackArgType('Told every time the patient’s answers change.'),
  },
  render: ({ example, ...args }, { globals }) => (
    <DecisionAid
      key={`${example}:${args.defaultStep}`}
      {...args}
      content={args.content ?? docFor(EXAMPLE_IDS[example], globals.locale)}
      locale={globals.locale}
      theme={globals.theme}
    />
  ),
} satisfies Meta<DecisionAidStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole flow, patient at home: Next through every step, then Finish. */
export const FullFlow: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const next = () => userEvent.click(canvasElement.querySelector('.sdm-DecisionAid__nav [data-variant="primary"]')!);
    for (let i = 0; i < 6; i++) await next();
    await expect(canvasElement.querySelector('[data-step="summary"]')).not.toBeNull();
    await userEvent.click(canvasElement.querySelector('.sdm-DecisionAid__nav [data-variant="primary"]')!);
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(canvas.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
  },
};

/**
 * A draft saved before the decision aid changed: two of the things the patient rated are no longer in it. The other
 * answers are restored; those two are kept, and a notice offers them back (ratings have no words of the patient's).
 */
export const AnswersKeptAfterContentChange: Story = {
  args: {
    persist: createPersistence({
      storage: createMemoryStorage(
        Object.fromEntries(
          ['en', 'es', 'ar'].map((locale) => {
            const doc = docFor(TREATMENT, locale);
            const [first] = doc.values;
            return [
              `sdmkit:decision-aid:${doc.id}:v1`,
              JSON.stringify({
                sdmkit: 1,
                widget: 'decision-aid',
                contentId: doc.id,
                contentVersion: doc.meta.version,
                version: 1,
                savedAt: '2026-11-20T10:00:00.000Z',
                state: {
                  ...emptyDecisionAidInput(),
                  ratings: { ...(first ? { [first.id]: 3 } : {}), 'retired-travel': 4, 'retired-cost': 1 },
                },
              }),
            ];
          }),
        ),
      ),
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('group')).toBeVisible();
    if ((globals.locale ?? 'en') !== 'en') return;
    const notice = canvas.getByRole('group', {
      name: '2 answers refer to questions or items no longer in this content. They were kept.',
    });
    await userEvent.click(within(notice).getByRole('button', { name: 'Show the answers no longer in this content' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Answers no longer in this content' });
    await expect(within(dialog).getAllByText('(no text)')).toHaveLength(2);
    await userEvent.keyboard('{Escape}');
  },
};

/** Clinician and patient on one screen: large type, options side by side, values and SURE at a glance. */
export const EncounterMode: Story = {
  args: { mode: 'encounter' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-mode="encounter"]')).not.toBeNull();
    await expect(canvasElement.querySelector('.sdm-KnowledgeCheck')).toBeNull();
  },
};

/** Right-to-left: Arabic interface, mirrored icon arrays. */
export const ArabicRtl: Story = {
  globals: { locale: 'ar' },
  args: { defaultStep: 'outcomes' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[dir="rtl"]')).not.toBeNull();
    await expect(within(canvasElement).getAllByRole('img')).toHaveLength(3);
  },
};

/**
 * Screening decision: the chances as published (5.5 and 1.8 per 1,000, 2.9 per 100) are whole people only out of
 * 10,000, so every array in the comparison has 10,000 and says 55, 290 and 18: no figure is rounded.
 */
export const ScreeningExactFigures: Story = {
  args: { example: 'screening', defaultStep: 'outcomes' },
  play: async ({ canvasElement }) => {
    const arrays = [...canvasElement.querySelectorAll('.sdm-IconArray')];
    await expect(arrays).toHaveLength(3);
    for (const a of arrays) await expect(a).toHaveAttribute('data-total', '10000');
    // The first words beside each array: the published figure on 10,000, in the widget's language.
    const firsts = arrays.map((a) => a.querySelector('.sdm-IconArray__line strong')?.textContent ?? '');
    await expect(firsts.map((w) => w.split(' ')[0])).toEqual(['55', '290', '18']);
    for (const w of firsts) await expect(w).toContain('10000');
  },
};

/** Invalid content: a short message for the patient and the problems with paths for developers. */
export const InvalidContent: Story = {
  args: { content: { schemaVersion: 1, id: 'broken', options: [] } },
  // The broken document replaces the example.
  argTypes: { example: hiddenArgType },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toBeVisible();
    await userEvent.click(canvasElement.querySelector('details summary')!);
    await expect(canvas.getByText('$.meta')).toBeVisible();
  },
};

function longText(doc: DecisionAidDocument): DecisionAidDocument {
  const long = (s: string) =>
    `${s} ${'This sentence is here to test very long text that must wrap without breaking the layout. '.repeat(6)}`;
  return {
    ...doc,
    options: doc.options.map((o) => ({
      ...o,
      title: `${o.title} ${'Supercalifragilisticexpialidocious'.repeat(3)}`,
      summary: long(o.summary),
    })),
    faq: doc.faq.map((r) => ({ ...r, question: long(r.question).slice(0, 290) })),
  };
}

/** Very long text wraps; nothing overflows. */
export const VeryLongText: Story = {
  args: { defaultStep: 'options' },
  render: ({ example, ...args }, { globals }) => (
    <DecisionAid
      key={`${example}:${args.defaultStep}`}
      {...args}
      content={longText(docFor(EXAMPLE_IDS[example], globals.locale))}
      locale={globals.locale}
      theme={globals.theme}
    />
  ),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.sdm-root')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

/** 320 px wide: the option grid becomes one card per option, icon arrays shrink, no horizontal scroll. */
export const Narrow320: Story = {
  args: { mode: 'encounter' },
  render: ({ example, ...args }, { globals }) => (
    <div style={{ maxInlineSize: 320 }}>
      <DecisionAid
        key={`${example}:${args.defaultStep}`}
        {...args}
        content={docFor(EXAMPLE_IDS[example], globals.locale)}
        locale={globals.locale}
        theme={globals.theme}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.sdm-root')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(321);
  },
};
