import {
  buildDecisionAidResult,
  type DecisionAidActions,
  type DecisionAidDocument,
  type DecisionAidInput,
  type DecisionAidResult,
  parseDecisionAid,
} from '@sdmkit/core';
import {
  DecisionAidProvider,
  pickProviderProps,
  useControllableState,
  useDecisionAidContent,
  useDecisionAidSelector,
  useDecisionAidStore,
  useParsedContent,
  type WidgetInputProps,
} from '@sdmkit/hooks';
import {
  Button,
  type CommonWidgetProps,
  ErrorState,
  Heading,
  HeadingLevelProvider,
  pickCommonWidgetProps,
  SaveArea,
  StepPanels,
  WidgetShell,
} from '@sdmkit/ui';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { EvidenceDialog } from '../EvidenceDialog/EvidenceDialog.js';
import { Intro } from '../Intro/Intro.js';
import { decisionAidBundle } from '../i18n/resources.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';
import { KnowledgeCheck } from '../KnowledgeCheck/KnowledgeCheck.js';
import { Leaning } from '../Leaning/Leaning.js';
import { OptionGrid } from '../OptionGrid/OptionGrid.js';
import { OptionsOverview } from '../OptionsOverview/OptionsOverview.js';
import { OutcomeComparison } from '../OutcomeComparison/OutcomeComparison.js';
import { Summary } from '../Summary/Summary.js';
import { SureTest } from '../SureTest/SureTest.js';
import { ValuesClarification } from '../ValuesClarification/ValuesClarification.js';

/**
 * A step of the decision aid in self mode, in order; `knowledge` is shown only when the content has
 * knowledge-check questions.
 */
export type DecisionAidStep = 'intro' | 'options' | 'outcomes' | 'values' | 'knowledge' | 'sure' | 'summary';

/** `value`, `defaultValue`, `onValueChange`, `onInputError`, `persist` and `store`: as every widget takes them. */
export interface DecisionAidProps
  extends CommonWidgetProps,
    WidgetInputProps<DecisionAidDocument, DecisionAidInput, DecisionAidActions> {
  /** The decision aid document (any JSON); validated inside. Invalid content shows an error state. */
  readonly content: unknown;
  /** Called when the patient presses Finish, with a typed, serialisable result. */
  readonly onComplete?: ((result: DecisionAidResult) => void) | undefined;
  /** `self` (default): step by step at the patient's pace. `encounter`: one shared screen, large type, no quiz. */
  readonly mode?: 'self' | 'encounter' | undefined;
  /**
   * Controlled step (self mode): the host owns it. Back and Next then only ask, through `onStepChange`; the step
   * changes when the host passes the new one. `knowledge` without knowledge-check questions shows the first step.
   */
  readonly step?: DecisionAidStep | undefined;
  /** Step to start on (self mode, uncontrolled). */
  readonly defaultStep?: DecisionAidStep | undefined;
  /** Told when the patient asks for another step (Back or Next), controlled or not. */
  readonly onStepChange?: ((step: DecisionAidStep) => void) | undefined;
}

function stepsFor(content: DecisionAidDocument): DecisionAidStep[] {
  const knowledge: DecisionAidStep[] = content.knowledgeCheck?.length ? ['knowledge'] : [];
  return ['intro', 'options', 'outcomes', 'values', ...knowledge, 'sure', 'summary'];
}

/** What each step shows in self mode: the same elements on every render, so the hidden steps are passed over. */
const STEP_BODY: Readonly<Record<DecisionAidStep, ReactNode>> = {
  intro: <Intro />,
  options: (
    <>
      <OptionsOverview />
      <OptionGrid />
    </>
  ),
  outcomes: <OutcomeComparison />,
  values: <ValuesClarification />,
  knowledge: <KnowledgeCheck />,
  sure: (
    <>
      <SureTest />
      <Leaning />
    </>
  ),
  summary: <Summary />,
};

/**
 * Every step but the summary stays laid out while hidden (each part reads its own slice of the store); the
 * summary, which reads every step, is hidden in an `<Activity>`, so that its updates wait while the patient edits.
 */
const isNotSummary = (step: DecisionAidStep) => step !== 'summary';

function SelfPaced({
  step: stepProp,
  defaultStep,
  onStepChange,
  onComplete,
}: Pick<DecisionAidProps, 'step' | 'defaultStep' | 'onStepChange' | 'onComplete'>) {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  const store = useDecisionAidStore();
  const steps = useMemo(() => stepsFor(content), [content]);
  const [current, setStep] = useControllableState<DecisionAidStep>({
    value: stepProp,
    defaultValue: defaultStep ?? 'intro',
    onChange: onStepChange,
    name: 'DecisionAid `step`',
  });
  // A step this content does not have (`knowledge` without questions) shows the first one.
  const index = Math.max(0, steps.indexOf(current));
  const step = steps[index] ?? 'intro';
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The step asked for with Back/Next, until the step next changes.
  const requested = useRef<DecisionAidStep | null>(null);

  // Move focus to the new step's heading after Back/Next (not on first render, nor when the host changes the step
  // on its own).
  useEffect(() => {
    const wanted = requested.current;
    requested.current = null;
    if (wanted === step) headingRef.current?.focus();
  }, [step]);

  const go = (next: number) => {
    const s = steps[next];
    if (!s) return;
    requested.current = s;
    setStep(s);
  };

  const finish = () => {
    // Stamped by the store's clock; the completed input also in controlled mode.
    const completed = store.getState().actions.complete();
    onComplete?.(buildDecisionAidResult(content, completed));
  };

  const last = index === steps.length - 1;
  return (
    <div className="sdm-DecisionAid__steps" data-step={step}>
      <p className="sdm-DecisionAid__progress" role="status">
        {t('steps.progress', { current: index + 1, total: steps.length })}
      </p>
      <Heading className="sdm-DecisionAid__stepTitle" ref={headingRef}>
        {t(`steps.${step}`)}
      </Heading>
      {/* The step's parts sit under its title. */}
      <div className="sdm-DecisionAid__body">
        <HeadingLevelProvider>
          <StepPanels steps={steps} current={step} keepLaidOut={isNotSummary}>
            {(s) => STEP_BODY[s]}
          </StepPanels>
        </HeadingLevelProvider>
      </div>
      <nav className="sdm-DecisionAid__nav" aria-label={t('steps.nav')}>
        {index > 0 ? <Button onClick={() => go(index - 1)}>{t('steps.back')}</Button> : null}
        <Button variant="primary" onClick={last ? finish : () => go(index + 1)}>
          {t(last ? 'steps.finish' : 'steps.next')}
        </Button>
      </nav>
    </div>
  );
}

/**
 * Says whether answers are saved on this device, when the host asked for saving (`persist`), and offers back the
 * copies of the answers that saving kept aside.
 */
function Saving() {
  const store = useDecisionAidStore();
  const persistence = useDecisionAidSelector((s) => s.persistence);
  return <SaveArea persistence={persistence} store={store} />;
}

function Encounter() {
  return (
    <div className="sdm-DecisionAid__encounter">
      <Intro />
      {/* The parts sit under the intro's title. */}
      <HeadingLevelProvider>
        <OptionGrid />
        <OutcomeComparison />
        <div className="sdm-DecisionAid__glance">
          <ValuesClarification />
          <div>
            <SureTest />
            <Leaning />
          </div>
        </div>
        <Summary />
        <EvidenceDialog />
      </HeadingLevelProvider>
    </div>
  );
}

/**
 * The ready decision aid: intro, options and option grid, outcomes with icon arrays, values clarification,
 * knowledge check, SURE test and leaning, and a summary. `mode="encounter"` shows one large shared screen.
 */
export function DecisionAid(props: DecisionAidProps) {
  const { content, mode = 'self' } = props;
  const parsed = useParsedContent(content, parseDecisionAid);
  return (
    <WidgetShell
      widgetClass="sdm-DecisionAid"
      bundles={[decisionAidBundle]}
      parsed={parsed}
      {...pickCommonWidgetProps(props)}
    >
      {(doc) => (
        <DecisionAidProvider
          content={doc}
          {...pickProviderProps(props)}
          inputErrorFallback={(error) => <ErrorState issues={error.issues} />}
        >
          <div className="sdm-DecisionAid__frame" data-mode={mode}>
            <Saving />
            {mode === 'encounter' ? (
              <Encounter />
            ) : (
              <SelfPaced
                step={props.step}
                defaultStep={props.defaultStep}
                onStepChange={props.onStepChange}
                onComplete={props.onComplete}
              />
            )}
          </div>
        </DecisionAidProvider>
      )}
    </WidgetShell>
  );
}
