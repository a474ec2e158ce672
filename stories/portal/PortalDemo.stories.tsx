import { getVisitPrepTemplate, type VisitPrepExampleKind } from '@sdmkit/content';
import {
  type DecisionAidInput,
  decisionAidHandoff,
  emptyVisitPrepInput,
  type QuestionListInput,
  questionListHandoff,
  VISIT_PREP_SECTIONS,
  type VisitPrepStep,
} from '@sdmkit/core';
import { DecisionAid, type DecisionAidStep } from '@sdmkit/decision-aid';
import { QuestionList, type QuestionListMode } from '@sdmkit/question-list';
import type { ThemeName } from '@sdmkit/ui';
import { VisitPrep } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import '@sdmkit/decision-aid/styles.css';
import '@sdmkit/question-list/styles.css';
import '@sdmkit/visit-prep/styles.css';
import { docFor, TREATMENT } from '../decision-aid/Frame';
import { listFor, picked } from '../question-list/shared';
import { storyToday, templateArgType } from '../visit-prep/shared';
import { portalTextFor } from './portal-links';
import './portal.css';

/** Where the demo patient left off: two SURE "no" answers, a leaning, three values rated, three top questions. */
const startDecision: DecisionAidInput = {
  ratings: { 'avoid-side-effects': 4, 'lower-spread': 3, 'no-operation': 2 },
  ownConcerns: [],
  knowledge: {},
  sure: { sure: false, understand: true, riskBenefit: true, encouragement: false },
  leaning: 'monitoring',
  riskProfileId: null,
  completedAt: null,
};
const startQuestions: QuestionListInput = picked(
  'ask3-options',
  'ask3-benefits-harms',
  'ask3-how-likely',
  'dx-results',
);

/**
 * A mock patient portal: the host page. It keeps each widget's value in its own state (the widgets stay
 * uncontrolled) and passes what one widget learned to the others, through public props only.
 */
function Portal({
  locale,
  theme,
  decisionStep,
  questionListMode,
  visitTemplate,
  visitStep,
}: {
  locale: string;
  theme: ThemeName;
  /** The step the decision aid opens on. */
  decisionStep: DecisionAidStep;
  /** The step the question list opens on. */
  questionListMode: QuestionListMode;
  /** The visit-prep example template. */
  visitTemplate: VisitPrepExampleKind;
  /** The step visit prep opens on. */
  visitStep: VisitPrepStep;
}) {
  const text = portalTextFor(locale);
  const headingId = useId();
  const decisionDoc = useMemo(() => docFor(TREATMENT, locale), [locale]);
  const list = useMemo(() => listFor(locale), [locale]);
  const template = useMemo(() => getVisitPrepTemplate(visitTemplate, locale), [visitTemplate, locale]);
  const [decision, setDecision] = useState(startDecision);
  const [questions, setQuestions] = useState(startQuestions);

  const fromDecision = useMemo(
    () => decisionAidHandoff(decisionDoc, decision, text.decisionAid),
    [decisionDoc, decision, text],
  );
  const fromList = useMemo(() => questionListHandoff(list, questions, text.questionList), [list, questions, text]);
  const agendaAdditions = [fromDecision.addition, fromList].filter((x) => x !== null);

  return (
    <main className="portal" aria-labelledby={headingId} lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <header className="portal__header">
        <h1 id={headingId}>{text.title}</h1>
        <p>{text.intro}</p>
      </header>
      <section className="portal__panel" aria-label={text.decisionHeading}>
        <DecisionAid
          content={decisionDoc}
          defaultValue={startDecision}
          onValueChange={setDecision}
          defaultStep={decisionStep}
          locale={locale}
          theme={theme}
        />
      </section>
      <section className="portal__panel" aria-label={text.questionsHeading}>
        <QuestionList
          content={list}
          defaultValue={startQuestions}
          defaultMode={questionListMode}
          onValueChange={setQuestions}
          suggestions={fromDecision.questions}
          locale={locale}
          theme={theme}
        />
      </section>
      <section className="portal__panel" aria-label={text.visitHeading}>
        <VisitPrep
          content={template}
          defaultValue={{ ...emptyVisitPrepInput(), step: visitStep }}
          suggestedQuestions={fromDecision.questions}
          agendaAdditions={agendaAdditions}
          today={storyToday}
          locale={locale}
          theme={theme}
        />
      </section>
    </main>
  );
}

/**
 * Controls: the step each widget opens on and the visit-prep template. The patient's answers always start where the
 * demo patient left off; locale and theme stay in the toolbar.
 */
const meta = {
  title: 'Portal/Portal demo',
  component: Portal,
  parameters: { layout: 'fullscreen' },
  args: {
    locale: 'en',
    theme: 'default',
    decisionStep: 'sure',
    questionListMode: 'prepare',
    visitTemplate: 'chronicFollowUp',
    visitStep: 'questions',
  },
  argTypes: {
    decisionStep: {
      control: { type: 'select' },
      options: ['intro', 'options', 'outcomes', 'values', 'knowledge', 'sure', 'summary'] satisfies DecisionAidStep[],
      description: 'The step the decision aid opens on (`defaultStep`).',
    },
    questionListMode: {
      control: { type: 'radio' },
      options: ['prepare', 'visit', 'summary'] satisfies QuestionListMode[],
      description: 'The step the question list opens on (`defaultMode`).',
    },
    visitTemplate: { ...templateArgType, description: 'Which example template visit prep shows.' },
    visitStep: {
      control: { type: 'select' },
      options: [...VISIT_PREP_SECTIONS, 'agenda'] satisfies VisitPrepStep[],
      description: 'The step visit prep opens on (a step the template does not have shows the first one).',
    },
    // Locale and theme come from the toolbar.
    locale: { table: { disable: true } },
    theme: { table: { disable: true } },
  },
  // A new start (every widget's answers as the demo patient left them) whenever a control changes.
  render: ({ decisionStep, questionListMode, visitTemplate, visitStep }, { globals }) => (
    <Portal
      key={[decisionStep, questionListMode, visitTemplate, visitStep].join(':')}
      locale={globals.locale}
      theme={globals.theme}
      decisionStep={decisionStep}
      questionListMode={questionListMode}
      visitTemplate={visitTemplate}
      visitStep={visitStep}
    />
  ),
} satisfies Meta<typeof Portal>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * All three widgets in one portal. The decision aid's SURE "no" answers become suggested questions in the question
 * list and in visit prep, and the clinician agenda shows the leaning, the top values, the SURE result and the
 * question list's top 3.
 */
export const WorkingTogether: Story = {
  play: async ({ canvasElement, globals }) => {
    if (globals.locale !== 'en') return; // the script below reads the English labels
    const canvas = within(canvasElement);
    const text = portalTextFor('en');
    const [decision, questionList, visit] = canvas.getAllByRole('region').filter((r) => r.matches('.portal__panel'));
    if (!decision || !questionList || !visit) throw new Error('portal panels missing');

    // Two SURE "no" answers: two suggestions in each of the other widgets.
    await expect(
      within(visit).getByRole('checkbox', { name: text.decisionAid.sureQuestions.certainty }),
    ).toBeInTheDocument();
    await expect(
      within(visit).getByRole('checkbox', { name: text.decisionAid.sureQuestions.support }),
    ).toBeInTheDocument();
    await expect(within(questionList).getByText(text.decisionAid.sureQuestions.support)).toBeInTheDocument();
    await expect(
      within(visit).queryByRole('checkbox', { name: text.decisionAid.sureQuestions.information }),
    ).toBeNull();

    // A third "no" in the decision aid shows up in visit prep at once.
    const understand = within(decision).getByRole('group', {
      name: 'Do you know the benefits and risks of each option?',
    });
    await userEvent.click(within(understand).getByRole('radio', { name: 'No' }));
    await expect(
      within(visit).getByRole('checkbox', { name: text.decisionAid.sureQuestions.information }),
    ).toBeInTheDocument();

    // The clinician agenda: the decision aid's addition and the question list's top 3.
    await userEvent.click(within(visit).getByRole('button', { name: /Your agenda/ }));
    const agenda = within(visit).getByRole('article', { name: 'Agenda for your care team' });
    const fromDecision = agenda.querySelector('[data-addition="decision-aid"]') as HTMLElement;
    await expect(within(fromDecision).getByText('Leaning towards: Active monitoring')).toBeInTheDocument();
    await expect(
      within(fromDecision).getByText(/^Not yet sure about: feeling sure, benefits and risks/),
    ).toBeInTheDocument();
    const fromList = agenda.querySelector('[data-addition="question-list"]') as HTMLElement;
    await expect(within(fromList).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(fromList).getByText('What are my options?')).toBeInTheDocument();
  },
};
