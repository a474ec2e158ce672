import {
  buildDecisionAidResult,
  type DecisionAidDocument,
  type DecisionAidInput,
  type DecisionAidResult,
  type DecisionAidStore,
  type Persistence,
  parseDecisionAid,
  type SdmInputError,
} from '@sdmkit/core';
import {
  DecisionAidProvider,
  pickProviderProps,
  useDecisionAidContent,
  useDecisionAidSelector,
  useDecisionAidStore,
  useParsedContent,
} from '@sdmkit/hooks';
import { Button, type CommonWidgetProps, ErrorState, pickCommonWidgetProps, SaveArea, WidgetShell } from '@sdmkit/ui';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { EvidenceDialog } from '../EvidenceDialog/EvidenceDialog.js';
import { Intro } from '../Intro/Intro.js';
import { decisionAidBundle } from '../i18n/resources.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';
import { KnowledgeCheck } from '../KnowledgeCheck/KnowledgeCheck.js';
import { Leaning } from '../Leaning/Leaning.js';
import { OptionGrid } from '../OptionGrid/OptionGrid.js';
import { OptionsOverview } from '../OptionsOverview/OptionsOverview.js';
import { OutcomeComparison } from '../OutcomeComparison/OutcomeComparison.js';
import { Summary } from '../Summary/Summary.js';
import { SureTest } from '../SureTest/SureTest.js';
import { ValuesClarification } from '../ValuesClarification/ValuesClarification.js';

export type DecisionAidStep = 'intro' | 'options' | 'outcomes' | 'values' | 'knowledge' | 'sure' | 'summary';

export interface DecisionAidProps extends CommonWidgetProps {
  /** The decision aid document (any JSON); validated inside. Invalid content shows an error state. */
  readonly content: unknown;
  /** Controlled input. */
  readonly value?: DecisionAidInput | undefined;
  /** Uncontrolled starting input. */
  readonly defaultValue?: DecisionAidInput | undefined;
  /** Every change, as plain JSON. */
  readonly onValueChange?: ((input: DecisionAidInput) => void) | undefined;
  /**
   * Told when `value` or `defaultValue` fails the input schema (e.g. more rows or longer text than it allows): the
   * widget shows its error state, with each problem's path and message, instead of that input.
   */
  readonly onInputError?: ((error: SdmInputError) => void) | undefined;
  /** Called when the patient presses Finish, with a typed, serialisable result. */
  readonly onComplete?: ((result: DecisionAidResult) => void) | undefined;
  /** Opt-in saving of drafts: `createPersistence({ storage: () => window.localStorage })` from `@sdmkit/core`. */
  readonly persist?: Persistence | undefined;
  /** A store made with `createDecisionAidStore` (the widget then makes none). */
  readonly store?: DecisionAidStore | undefined;
  /** `self` (default): step by step at the patient's pace. `encounter`: one shared screen, large type, no quiz. */
  readonly mode?: 'self' | 'encounter' | undefined;
  /** Step to start on (self mode). */
  readonly defaultStep?: DecisionAidStep | undefined;
  /** Told when the step changes. */
  readonly onStepChange?: ((step: DecisionAidStep) => void) | undefined;
}

function stepsFor(content: DecisionAidDocument): DecisionAidStep[] {
  const knowledge: DecisionAidStep[] = content.knowledgeCheck?.length ? ['knowledge'] : [];
  return ['intro', 'options', 'outcomes', 'values', ...knowledge, 'sure', 'summary'];
}

/** What each step shows in self mode. */
const STEP_BODY: Readonly<Record<DecisionAidStep, ReactNode>> = {
  intro: <Intro headingLevel={3} />,
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

function SelfPaced({
  defaultStep,
  onStepChange,
  onComplete,
}: Pick<DecisionAidProps, 'defaultStep' | 'onStepChange' | 'onComplete'>) {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const store = useDecisionAidStore();
  const steps = useMemo(() => stepsFor(content), [content]);
  const [index, setIndex] = useState(() => Math.max(0, steps.indexOf(defaultStep ?? 'intro')));
  const step = steps[Math.min(index, steps.length - 1)] ?? 'intro';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Move focus to the new step's heading after Next/Back (not on first render).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step index changes.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const go = (next: number) => {
    moved.current = true;
    setIndex(next);
    const s = steps[next];
    if (s) onStepChange?.(s);
  };

  const finish = () => {
    store.getState().actions.complete();
    const input = store.getState().input;
    const completed = input.completedAt ? input : { ...input, completedAt: new Date().toISOString() };
    onComplete?.(buildDecisionAidResult(content, completed));
  };

  const last = index === steps.length - 1;
  return (
    <div className="sdm-DecisionAid__steps" data-step={step}>
      <p className="sdm-DecisionAid__progress" role="status">
        {t('steps.progress', { current: index + 1, total: steps.length })}
      </p>
      <h2 className="sdm-DecisionAid__stepTitle" ref={headingRef} tabIndex={-1}>
        {t(`steps.${step}`)}
      </h2>
      <div className="sdm-DecisionAid__body">{STEP_BODY[step]}</div>
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
      <Intro headingLevel={2} />
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
