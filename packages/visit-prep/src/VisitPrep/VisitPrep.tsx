import {
  type AgendaAddition,
  buildVisitPrepResult,
  type ContentIssue,
  type VisitPrepResult,
  type VisitPrepSectionType,
  type VisitPrepStep,
} from '@sdmkit/core';
import {
  useEvent,
  useVisitPrepActions,
  useVisitPrepContent,
  useVisitPrepPersistence,
  useVisitPrepProgress,
  useVisitPrepSelector,
  useVisitPrepStore,
} from '@sdmkit/hooks';
import { Bar, Button, DemonstrationNotice, Heading, HeadingLevelProvider, SaveArea, StepPanels } from '@sdmkit/ui';
import { memo, useEffect, useMemo, useRef } from 'react';
import { AfterVisit } from '../AfterVisit/AfterVisit.js';
import { ClearDataDialog } from '../ClearDataDialog/ClearDataDialog.js';
import { ClinicianAgenda } from '../ClinicianAgenda/ClinicianAgenda.js';
import { useCheckedAdditions } from '../internal/additions.js';
import { useVisitPrepContentLang, useVisitPrepTranslation } from '../internal/i18n.js';
import { Medicines } from '../Medicines/Medicines.js';
import { PracticalNeeds } from '../PracticalNeeds/PracticalNeeds.js';
import { QuestionsToAsk, type SuggestedQuestionInput } from '../QuestionsToAsk/QuestionsToAsk.js';
import { ReasonAndConcerns } from '../ReasonAndConcerns/ReasonAndConcerns.js';
import { SymptomStory } from '../SymptomStory/SymptomStory.js';
import { type VisitPrepBaseProps, VisitPrepRoot } from '../VisitPrepRoot/VisitPrepRoot.js';
import { WhatMatters } from '../WhatMatters/WhatMatters.js';

export interface VisitPrepProps extends VisitPrepBaseProps {
  /** Called when the patient finishes, with the agenda and all input (serialisable). */
  readonly onComplete?: ((result: VisitPrepResult) => void) | undefined;
  /** Questions to offer in the questions step, e.g. from a question list the patient filled in. */
  readonly suggestedQuestions?: readonly SuggestedQuestionInput[] | undefined;
  /** Show the short agenda (the 30-second read) on the last step. */
  readonly compactAgenda?: boolean | undefined;
  /** Today's date for date checks (default: now). For tests and demos. */
  readonly today?: Date | undefined;
  /**
   * Lines the host adds to the clinician agenda from other tools, e.g. a decision aid's leaning and open SURE
   * answers, or a question list's top 3. Shown on the agenda and included in the `onComplete` result's agenda.
   */
  readonly agendaAdditions?: readonly AgendaAddition[] | undefined;
  /** Called with the issues when `agendaAdditions` has invalid entries (those are left out). */
  readonly onAgendaAdditionsError?: ((issues: readonly ContentIssue[]) => void) | undefined;
}

/**
 * The sections stay laid out while hidden (their rows read their own slices of the store); the agenda, which reads
 * every section, is hidden in an `<Activity>`, so that its updates wait while the patient edits a section.
 */
const isSection = (step: VisitPrepStep) => step !== 'agenda';

/** A section's step. Memoised: while hidden (a step visited before), it is passed over when the flow renders. */
const Section = memo(function Section({
  type,
  today,
  suggestedQuestions,
}: {
  type: VisitPrepSectionType;
  today: Date | undefined;
  suggestedQuestions: readonly SuggestedQuestionInput[] | undefined;
}) {
  switch (type) {
    case 'concerns':
      return <ReasonAndConcerns />;
    case 'symptoms':
      return <SymptomStory today={today} />;
    case 'medicines':
      return <Medicines />;
    case 'what-matters':
      return <WhatMatters />;
    case 'questions':
      return <QuestionsToAsk suggestedQuestions={suggestedQuestions} />;
    case 'practical':
      return <PracticalNeeds />;
    case 'after-visit':
      return <AfterVisit today={today} />;
  }
});

function Flow({
  onComplete,
  suggestedQuestions,
  compactAgenda,
  today,
  agendaAdditions,
  onAgendaAdditionsError,
}: VisitPrepProps) {
  const { t } = useVisitPrepTranslation();
  const additions = useCheckedAdditions(agendaAdditions, onAgendaAdditionsError);
  const template = useVisitPrepContent();
  const cl = useVisitPrepContentLang();
  const store = useVisitPrepStore();
  const actions = useVisitPrepActions();
  const persistence = useVisitPrepPersistence();
  const savedStep = useVisitPrepSelector((s) => s.input.step);
  const completedAt = useVisitPrepSelector((s) => s.input.completedAt);
  const { sections, completion } = useVisitPrepProgress(today);
  const stepRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const complete = useEvent(onComplete);
  // The same element while its props are: the agenda is passed over when the flow renders, also while hidden.
  const agenda = useMemo(
    () => <ClinicianAgenda compact={compactAgenda} additions={additions} />,
    [compactAgenda, additions],
  );

  const steps: VisitPrepStep[] = [...template.sections.map((s) => s.type), 'agenda'];
  const step: VisitPrepStep = savedStep && steps.includes(savedStep) ? savedStep : (steps[0] ?? 'agenda');
  const index = steps.indexOf(step);
  const templateTitle = (s: VisitPrepStep) => template.sections.find((x) => x.type === s)?.title;
  const title = (s: VisitPrepStep) => templateTitle(s) ?? t(`sections.${s}`);
  // The template's language for a step title that comes from the template.
  const titleLang = (s: VisitPrepStep) => (templateTitle(s) ? cl : undefined);

  const go = (next: VisitPrepStep) => {
    moved.current = true;
    actions.setStep(next);
  };

  // After the patient moves to another step, put focus on its heading (not on first render or resume).
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    // The heading of the step shown: the steps visited before are there too, hidden.
    stepRef.current?.querySelector<HTMLElement>(`[data-step-panel="${step}"] [data-step-heading]`)?.focus();
  }, [step]);

  const finish = () => {
    if (!completion.canFinish) return;
    // Stamped by the store's clock; the completed input also in controlled mode.
    const completed = actions.complete();
    complete(buildVisitPrepResult(template, completed, completed.completedAt, additions));
  };

  // What still stops finishing, each with a way to the section.
  const problem = (key: 'nav.missing' | 'nav.checkDates', type: VisitPrepSectionType) => (
    <li key={`${key}-${type}`}>
      {t(key, { section: title(type) })}{' '}
      <Button variant="quiet" onClick={() => go(type)}>
        {t('nav.goTo', { section: title(type) })}
      </Button>
    </li>
  );
  const dateSections = new Set(
    completion.dateProblems.map((d) => (d.field === 'followUpDate' ? 'after-visit' : 'symptoms')),
  );
  const problems = [
    ...completion.missing.map((type) => problem('nav.missing', type)),
    ...[...dateSections].map((type) => problem('nav.checkDates', type)),
  ];

  return (
    <div className="sdm-VisitPrep__layout">
      <header className="sdm-VisitPrep__header">
        {/* An h2 under the page's h1, unless the host says where the widget sits (HeadingLevelProvider). */}
        <Heading className="sdm-VisitPrep__title" {...cl}>
          {template.title}
        </Heading>
        {template.intro ? (
          <p className="sdm-VisitPrep__intro" {...cl}>
            {template.intro}
          </p>
        ) : null}
        <DemonstrationNotice demonstration={template.meta.demonstration} />
        <SaveArea persistence={persistence} store={store} sayWhenOff />
      </header>

      <nav className="sdm-VisitPrep__progress" aria-label={t('progress.nav')}>
        <p className="sdm-VisitPrep__summary" role="status">
          {t('progress.summary', { answered: completion.answered, count: completion.total })}
        </p>
        <Bar
          className="sdm-VisitPrep__bar"
          fillClassName="sdm-VisitPrep__barFill"
          percent={completion.total ? (completion.answered / completion.total) * 100 : 0}
        />
        <ol className="sdm-VisitPrep__steps">
          {steps.map((s, i) => {
            const info = sections.find((x) => x.type === s);
            const status = info ? (info.answered ? t('progress.answered') : t('progress.notAnswered')) : '';
            return (
              <li key={s} className="sdm-VisitPrep__stepItem">
                <button
                  type="button"
                  className="sdm-VisitPrep__stepButton"
                  aria-current={s === step ? 'step' : undefined}
                  data-answered={info?.answered || undefined}
                  data-attention={info?.needsAttention || undefined}
                  onClick={() => go(s)}
                >
                  <span className="sdm-VisitPrep__stepNumber" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="sdm-VisitPrep__stepTitle" {...titleLang(s)}>
                    {title(s)}
                  </span>
                  {info ? (
                    <span className="sdm-VisitPrep__stepStatus">
                      {status}
                      {info.required ? ` · ${t('progress.required')}` : ''}
                      {info.needsAttention ? ` · ${t('progress.needsAttention')}` : ''}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      {/* The step's headings (its section, or the agenda) sit one level below the title. */}
      <div className="sdm-VisitPrep__step" ref={stepRef} data-step={step}>
        <HeadingLevelProvider>
          <StepPanels steps={steps} current={step} keepLaidOut={isSection}>
            {(s) =>
              s === 'agenda' ? (
                <>
                  {agenda}
                  {problems.length > 0 ? (
                    <div className="sdm-VisitPrep__problems">
                      <p>{t('nav.beforeFinish')}</p>
                      <ul>{problems}</ul>
                    </div>
                  ) : null}
                  <p className="sdm-VisitPrep__finished" role="status">
                    {completedAt ? t('nav.finished') : ''}
                  </p>
                </>
              ) : (
                <Section type={s} today={today} suggestedQuestions={suggestedQuestions} />
              )
            }
          </StepPanels>
        </HeadingLevelProvider>
      </div>

      <div className="sdm-VisitPrep__nav">
        {index > 0 ? <Button onClick={() => go(steps[index - 1] as VisitPrepStep)}>{t('nav.back')}</Button> : null}
        {step === 'agenda' ? (
          <Button variant="primary" aria-disabled={!completion.canFinish || undefined} onClick={finish}>
            {t('nav.finish')}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => go(steps[index + 1] as VisitPrepStep)}>
            {steps[index + 1] === 'agenda' ? t('nav.toAgenda') : t('nav.next')}
          </Button>
        )}
      </div>

      <footer className="sdm-VisitPrep__footer">
        <ClearDataDialog />
      </footer>
    </div>
  );
}

/**
 * The ready visit-prep widget: the template's sections as steps with progress and free navigation, autosave
 * status, resume at the last step, and the clinician agenda at the end.
 */
export function VisitPrep(props: VisitPrepProps) {
  // The root takes the props it knows (content, value, language…); the flow takes the rest.
  return (
    <VisitPrepRoot {...props}>
      <Flow {...props} />
    </VisitPrepRoot>
  );
}
