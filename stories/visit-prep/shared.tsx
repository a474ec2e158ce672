import {
  getVisitPrepTemplate,
  longVisitPrepInput,
  sampleVisitPrepInput,
  type VisitPrepExampleKind,
} from '@sdmkit/content';
import {
  type AgendaAddition,
  emptyVisitPrepInput,
  VISIT_PREP_SECTIONS,
  type VisitPrepInput,
  type VisitPrepStep,
} from '@sdmkit/core';
import type { ThemeName } from '@sdmkit/ui';
import { type SuggestedQuestionInput, VisitPrepRoot } from '@sdmkit/visit-prep';
import '@sdmkit/visit-prep/styles.css';
import type { ComponentType, ReactNode } from 'react';
import type { ArgType } from '../ui/StoryShell';

/** Today's date used by the stories, so date checks do not depend on when Storybook runs. */
export const storyToday = new Date(2026, 10, 21);

/** The `today` arg: fixed, so date checks (future dates, the agenda's dates) look the same on every run. */
export const todayArgType: ArgType = {
  control: false,
  description: 'Today’s date for date checks; fixed at 21 November 2026 in the stories so they never change.',
};

export interface StoryGlobals {
  readonly locale?: string;
  readonly theme?: ThemeName;
}

/** The `template` control: which example template (`content`) the story shows. */
export const templateArgType: ArgType = {
  control: {
    type: 'radio',
    labels: {
      checkUp: 'General check-up',
      newSymptom: 'New symptom (with the symptom story)',
      chronicFollowUp: 'Follow-up of a long-term condition',
    },
  },
  options: ['checkUp', 'newSymptom', 'chronicFollowUp'] satisfies VisitPrepExampleKind[],
  description: 'Which example template to show, in the toolbar’s language.',
};

/** The patient's answers when a story opens, by a short key. */
export type VisitPrepAnswers = 'empty' | 'sample' | 'long' | 'sampleNoReason' | 'sampleFutureOnset' | 'rashFutureOnset';

const empty = emptyVisitPrepInput();

const ANSWERS: Readonly<Record<VisitPrepAnswers, VisitPrepInput | undefined>> = {
  empty: undefined,
  sample: sampleVisitPrepInput,
  long: longVisitPrepInput,
  sampleNoReason: { ...sampleVisitPrepInput, reason: '', concerns: [] },
  sampleFutureOnset: {
    ...sampleVisitPrepInput,
    symptoms: { ...sampleVisitPrepInput.symptoms, onset: '2027-01-01' },
  },
  rashFutureOnset: { ...empty, symptoms: { ...empty.symptoms, what: 'Rash', onset: '2027-02-01' } },
};

const ANSWER_LABELS: Readonly<Record<VisitPrepAnswers, string>> = {
  empty: 'Empty: nothing answered yet',
  sample: 'Sample answers (chest tightness; saved on the agenda step)',
  long: 'Over-long answers (kept in full, flagged)',
  sampleNoReason: 'Sample answers without a reason or concerns (finish checks)',
  sampleFutureOnset: 'Sample answers, symptom starting in the future (date problem)',
  rashFutureOnset: 'Only a rash starting in the future (date problem)',
};

/** The starting input (`defaultValue`) for an `answers` key; `empty` gives none (the widget starts empty). */
export function answersFor(answers: VisitPrepAnswers): VisitPrepInput | undefined {
  return ANSWERS[answers];
}

/** The `answers` control, offering these keys: the patient's answers when the story opens. */
export function answersArgType(
  options: readonly VisitPrepAnswers[] = ['empty', 'sample', 'long'],
  extra = '',
): ArgType {
  return {
    control: { type: 'select', labels: Object.fromEntries(options.map((o) => [o, ANSWER_LABELS[o]])) },
    options,
    description: `The patient’s answers when the story opens (\`defaultValue\`, uncontrolled: they can still be changed). Example answers in English.${extra} Changing it starts the story again.`,
  };
}

/** The step a full widget opens on: the one saved in the answers, or one picked here. */
export type VisitPrepStartStep = 'fromAnswers' | VisitPrepStep;

export const startStepArgType: ArgType = {
  control: { type: 'select' },
  options: ['fromAnswers', ...VISIT_PREP_SECTIONS, 'agenda'] satisfies VisitPrepStartStep[],
  description:
    'Step to open on (the `step` of `defaultValue`): `fromAnswers` keeps the one saved in the answers (else the first). A step the template does not have shows the first one.',
};

/** The answers with the step to open on. */
export function startingInput(answers: VisitPrepAnswers, step: VisitPrepStartStep): VisitPrepInput | undefined {
  const input = answersFor(answers);
  return step === 'fromAnswers' ? input : { ...(input ?? emptyVisitPrepInput()), step };
}

/** Questions a host hands to visit prep (`suggestedQuestions`), by a short key. */
export type VisitPrepSuggested = 'none' | 'fromQuestionList';

export const SUGGESTED_QUESTIONS: Readonly<Record<VisitPrepSuggested, readonly SuggestedQuestionInput[] | undefined>> =
  {
    none: undefined,
    fromQuestionList: [
      { id: 'ql-options', text: 'What are my options?' },
      { id: 'ql-benefits', text: 'What are the possible benefits and harms of those options?' },
    ],
  };

export const suggestedArgType: ArgType = {
  control: {
    type: 'radio',
    labels: { none: 'None', fromQuestionList: 'Two kept in a question list (English)' },
  },
  options: ['none', 'fromQuestionList'] satisfies VisitPrepSuggested[],
  description: 'Questions the host offers in the questions step (`suggestedQuestions`), e.g. from a question list.',
};

/** Lines a host adds to the clinician agenda from other tools, by a short key. */
export type VisitPrepAdditions = 'none' | 'fromOtherTools';

export const AGENDA_ADDITIONS: Readonly<Record<VisitPrepAdditions, readonly AgendaAddition[] | undefined>> = {
  none: undefined,
  fromOtherTools: [
    {
      id: 'decision-aid',
      heading: 'From the decision aid',
      items: ['Leaning towards: Active monitoring', 'Not yet sure about: feeling sure, support'],
    },
    {
      id: 'question-list',
      heading: 'Top questions from the question list',
      items: ['What are my options?', 'What are the possible benefits and harms of those options?'],
    },
  ],
};

export const additionsArgType: ArgType = {
  control: {
    type: 'radio',
    labels: { none: 'None', fromOtherTools: 'A decision aid’s leaning and a question list’s top questions (English)' },
  },
  options: ['none', 'fromOtherTools'] satisfies VisitPrepAdditions[],
  description: 'Lines the host adds to the clinician agenda from other tools, each under its own heading.',
};

/** One section (or a few) inside a visit-prep root, the way a host uses them on their own. */
export function SectionStory({
  globals,
  kind = 'newSymptom',
  defaultValue,
  children,
}: {
  globals: StoryGlobals;
  kind?: VisitPrepExampleKind;
  defaultValue?: VisitPrepInput | undefined;
  children: ReactNode;
}) {
  const locale = globals.locale ?? 'en';
  return (
    <VisitPrepRoot
      content={getVisitPrepTemplate(kind, locale)}
      locale={locale}
      theme={globals.theme}
      defaultValue={defaultValue}
    >
      {children}
    </VisitPrepRoot>
  );
}

/** The args of a section story: the example template and the patient's answers when it opens. */
export interface SectionPartArgs {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
}

/**
 * `args`, `argTypes` and `render` for the story file of one section (Medicines, WhatMatters…): the section inside
 * `SectionStory` on the chosen template and answers, its own props passed on. A change of template or answers starts
 * afresh. Each story file keeps its own `title` and `component`, which Storybook reads from the file itself.
 */
export function sectionPart<P extends object>(Section: ComponentType<P>) {
  return {
    args: { template: 'newSymptom', answers: 'empty' } as SectionPartArgs,
    argTypes: { template: templateArgType, answers: answersArgType() },
    render: ({ template, answers, ...props }: SectionPartArgs & P, { globals }: { globals: StoryGlobals }) => (
      <SectionStory key={`${template}:${answers}`} globals={globals} kind={template} defaultValue={answersFor(answers)}>
        <Section {...(props as unknown as P)} />
      </SectionStory>
    ),
  };
}
