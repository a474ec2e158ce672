import {
  getVisitPrepTemplate,
  longVisitPrepInput,
  type VisitPrepExampleKind,
  visitPrepTemplates,
} from '@sdmkit/content';
import { createMemoryStorage, createPersistence } from '@sdmkit/core';
import { VisitPrep, type VisitPrepProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { callbackArgType, hiddenArgType } from '../ui/StoryShell';
import {
  AGENDA_ADDITIONS,
  additionsArgType,
  answersArgType,
  SUGGESTED_QUESTIONS,
  startingInput,
  startStepArgType,
  storyToday,
  suggestedArgType,
  templateArgType,
  todayArgType,
  type VisitPrepAdditions,
  type VisitPrepAnswers,
  type VisitPrepStartStep,
  type VisitPrepSuggested,
} from './shared';

/** The widget's props; `content`, `defaultValue`, `suggestedQuestions` and `agendaAdditions` come from short keys. */
type VisitPrepStoryArgs = Omit<VisitPrepProps, 'suggestedQuestions' | 'agendaAdditions'> & {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
  readonly startStep: VisitPrepStartStep;
  readonly suggested: VisitPrepSuggested;
  readonly hostAdditions: VisitPrepAdditions;
};

/**
 * Controls: the example template (`template`, new symptom by default, in the toolbar's language), the answers and
 * the step it opens on (`answers`, `startStep`: the uncontrolled `defaultValue`), the short agenda
 * (`compactAgenda`), and what a host passes in (`suggested`, `hostAdditions`). Changing the template, the answers or the
 * step starts the widget again.
 */
const meta = {
  title: 'Visit prep/VisitPrep',
  component: VisitPrep,
  args: {
    template: 'newSymptom',
    answers: 'empty',
    startStep: 'fromAnswers',
    compactAgenda: false,
    suggested: 'none',
    hostAdditions: 'none',
    content: undefined,
    today: storyToday,
    onComplete: fn(),
    onValueChange: fn(),
  },
  argTypes: {
    template: templateArgType,
    answers: answersArgType(['empty', 'sample', 'long', 'sampleNoReason', 'sampleFutureOnset']),
    startStep: startStepArgType,
    compactAgenda: {
      control: { type: 'boolean' },
      description: 'Show the short agenda (the 30-second read) on the last step.',
    },
    suggested: suggestedArgType,
    hostAdditions: additionsArgType,
    today: todayArgType,
    content: {
      ...hiddenArgType,
      description: 'The template itself; only set by stories that need one of their own.',
    },
    defaultValue: hiddenArgType,
    persist: hiddenArgType,
    onComplete: callbackArgType('Called when the patient finishes, with the agenda and all answers.'),
    onValueChange: callbackArgType('Told every time the patient’s answers change.'),
  },
  render: ({ template, answers, startStep, suggested, hostAdditions, ...args }, { globals }) => {
    const locale = globals.locale ?? 'en';
    return (
      <VisitPrep
        key={`${template}:${answers}:${startStep}`}
        {...args}
        content={args.content ?? getVisitPrepTemplate(template, locale)}
        defaultValue={startingInput(answers, startStep)}
        suggestedQuestions={SUGGESTED_QUESTIONS[suggested]}
        agendaAdditions={AGENDA_ADDITIONS[hostAdditions]}
        locale={locale}
        theme={globals.theme}
      />
    );
  },
} satisfies Meta<VisitPrepStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole flow, from the reason for the visit to the finished agenda. */
export const FullFlow: Story = {
  play: inEnglish(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Main reason for the visit' }), 'Cough for a month');
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(canvas.getByRole('heading', { level: 3, name: 'Your symptom story' })).toHaveFocus();
    await userEvent.type(canvas.getByRole('combobox', { name: 'What do you feel?' }), 'Dry cough');
    await userEvent.click(canvas.getByRole('button', { name: /Your agenda/ }));
    await expect(canvas.getByRole('navigation', { name: 'Steps' })).toHaveTextContent('2 of 7 sections answered');
    await userEvent.click(canvas.getByRole('button', { name: 'Finish' }));
    await expect(args.onComplete).toHaveBeenCalledOnce();
    await expect(canvas.getByText('Finished. Your agenda is ready to share with your care team.')).toBeVisible();
  }),
};

export const GeneralCheckUp: Story = {
  args: { template: 'checkUp' },
};

export const ChronicFollowUpCompactAgenda: Story = {
  args: { template: 'chronicFollowUp', compactAgenda: true, answers: 'long', startStep: 'agenda' },
};

/** Arabic, right to left. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.sdm-root');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
    const canvas = within(canvasElement);
    const reason = canvas.getByRole('textbox', { name: 'السبب الرئيسي للزيارة' });
    await userEvent.type(reason, 'سعال منذ شهر');
    await expect(reason).toHaveAccessibleDescription('3 كلمات من 100');
  },
};

/** Over-long answers are kept in full and flagged, never cut. */
export const LongInput: Story = {
  args: { answers: 'long' },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const reason = canvas.getByRole('textbox', { name: 'Main reason for the visit' });
    await expect(reason).toHaveValue(longVisitPrepInput.reason);
    await expect(reason).toHaveAccessibleDescription(/60 of 100 words/);
    await expect(canvas.getByText(/Your reason and concerns together are longer than 100 words/)).toBeVisible();
  }),
};

/** A half-finished draft on this device: the widget resumes at the step where the patient stopped. */
export const ResumesSavedDraft: Story = {
  args: {
    persist: createPersistence({
      // The same draft saved for the template in every language, so it resumes whichever the toolbar shows.
      storage: createMemoryStorage(
        Object.fromEntries(
          Object.values(visitPrepTemplates.newSymptom).map((template) => [
            `sdmkit:visit-prep:${template.id}:v1`,
            JSON.stringify({
              sdmkit: 1,
              widget: 'visit-prep',
              contentId: template.id,
              contentVersion: template.meta.version,
              version: 1,
              savedAt: '2026-11-20T10:00:00.000Z',
              state: { ...longVisitPrepInput, step: 'medicines', reason: 'Cough', concerns: [] },
            }),
          ]),
        ),
      ),
    }),
  },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 3, name: 'Medicines and allergies' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Medicines and allergies/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
  }),
};

/**
 * Answers saved on this device that cannot be opened (cut short): the widget starts clean, keeps them, and a notice
 * offers to copy them as they were (to send to the clinic) or to dismiss the notice.
 */
export const SavedAnswersCouldNotBeOpened: Story = {
  args: {
    persist: createPersistence({
      storage: createMemoryStorage(
        Object.fromEntries(
          Object.values(visitPrepTemplates.newSymptom).map((template) => [
            `sdmkit:visit-prep:${template.id}:v1`,
            `{"sdmkit":1,"widget":"visit-prep","contentId":"${template.id}","version":1,"state":{"reason":"Cough for a mon`,
          ]),
        ),
      ),
    }),
  },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const notice = await canvas.findByRole('group', {
      name: 'Answers saved earlier could not be opened. They were kept.',
    });
    await expect(
      within(notice).getByRole('button', { name: 'Copy the answers that could not be opened' }),
    ).toBeVisible();
  }),
};

/** A template with mistakes: the error state lists the problems with their paths. */
export const InvalidTemplate: Story = {
  render: ({ template: kind, answers, startStep, suggested, hostAdditions, ...args }, { globals }) => {
    const locale = globals.locale ?? 'en';
    const template = getVisitPrepTemplate(kind, locale);
    const content = { ...template, visitType: 'party', sections: [], limits: { agendaWords: -1 } };
    return (
      <VisitPrep
        {...args}
        content={content}
        defaultValue={startingInput(answers, startStep)}
        suggestedQuestions={SUGGESTED_QUESTIONS[suggested]}
        agendaAdditions={AGENDA_ADDITIONS[hostAdditions]}
        locale={locale}
        theme={globals.theme}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toBeVisible();
    await expect(canvas.getByText('$.visitType')).toBeInTheDocument();
    await expect(canvas.getByText('$.sections')).toBeInTheDocument();
  },
};

/** The agenda step in the dark theme (colour contrast is checked by axe). */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { answers: 'sample' },
};

/** The symptom step with date problems in the high-contrast theme. */
export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  args: { answers: 'sampleFutureOnset', startStep: 'symptoms' },
};

/** The agenda in Arabic with the finish checks listed. */
export const ArabicAgenda: Story = {
  globals: { locale: 'ar' },
  args: { answers: 'sampleNoReason' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('قبل أن تنهي:')).toBeVisible();
  },
};
