import {
  buildQuestionListResult,
  type ParseResult,
  type PromptList,
  parsePromptList,
  type QuestionListActions,
  type QuestionListInput,
  type QuestionListResult,
  type QuestionSuggestion,
} from '@sdmkit/core';
import {
  pickProviderProps,
  QuestionListProvider,
  useControllableState,
  useParsedContent,
  useQuestionListSelector,
  useQuestionListStore,
  type WidgetInputProps,
} from '@sdmkit/hooks';
import {
  Button,
  type CommonWidgetProps,
  DemonstrationNotice,
  ErrorState,
  Heading,
  HeadingLevelProvider,
  pickCommonWidgetProps,
  SaveArea,
  WidgetShell,
} from '@sdmkit/ui';
import { useMemo, useState } from 'react';
import { questionListBundle } from '../i18n/resources.js';
import { useQuestionListContentLang, useQuestionListTranslation } from '../internal/shared.js';
import { MyQuestions } from '../MyQuestions/MyQuestions.js';
import { QuestionBrowser } from '../QuestionBrowser/QuestionBrowser.js';
import { QuestionSummary } from '../QuestionSummary/QuestionSummary.js';
import { VisitMode } from '../VisitMode/VisitMode.js';

/**
 * A step of the question list: `prepare` (the patient's list and the library), `visit` (during the visit) or
 * `summary` (answers and follow-ups to print or copy).
 */
export type QuestionListMode = 'prepare' | 'visit' | 'summary';
const MODES: readonly QuestionListMode[] = ['prepare', 'visit', 'summary'];

/** `value`, `defaultValue`, `onValueChange`, `onInputError`, `persist` and `store`: as every widget takes them. */
export interface QuestionListProps
  extends CommonWidgetProps,
    WidgetInputProps<PromptList, QuestionListInput, QuestionListActions> {
  /** A question prompt list (JSON). Validated here; invalid content shows an error state with paths. */
  readonly content: unknown;
  /** Which step to show (controlled): the step buttons then only ask, through `onModeChange`. */
  readonly mode?: QuestionListMode | undefined;
  /** Starting step (uncontrolled, default `prepare`). */
  readonly defaultMode?: QuestionListMode | undefined;
  /** Told when the patient asks for another step with the step buttons, controlled or not. */
  readonly onModeChange?: ((mode: QuestionListMode) => void) | undefined;
  /** Hide the step switcher when the host drives `mode` itself. */
  readonly hideModeSwitch?: boolean | undefined;
  /** Questions suggested by the host, e.g. from a decision aid's unsure SURE answers. */
  readonly suggestions?: readonly QuestionSuggestion[] | undefined;
  /** Called with the typed result when the patient presses Finish in the summary. */
  readonly onComplete?: ((result: QuestionListResult) => void) | undefined;
}

/**
 * The ready-made question list: prepare (browse, pick, rank, word), the visit (mark asked/answered, note
 * answers, flag follow-ups) and the summary (print, copy, finish).
 */
export function QuestionList(props: QuestionListProps) {
  const { content, store } = props;
  const parsedContent = useParsedContent(content, parsePromptList);
  const parsed: ParseResult<PromptList> = useMemo(
    () => (store ? { ok: true, value: store.content, issues: [] } : parsedContent),
    [store, parsedContent],
  );
  return (
    <WidgetShell
      widgetClass="sdm-QuestionList"
      bundles={[questionListBundle]}
      parsed={parsed}
      {...pickCommonWidgetProps(props)}
    >
      {(doc) => (
        <QuestionListProvider
          content={doc}
          {...pickProviderProps(props)}
          inputErrorFallback={(error) => <ErrorState issues={error.issues} />}
        >
          <QuestionListBody {...props} doc={doc} />
        </QuestionListProvider>
      )}
    </WidgetShell>
  );
}

function QuestionListBody(props: QuestionListProps & { doc: PromptList }) {
  const { doc, suggestions, onComplete, onModeChange, hideModeSwitch } = props;
  const { t } = useQuestionListTranslation();
  const cl = useQuestionListContentLang();
  const store = useQuestionListStore();
  const persistence = useQuestionListSelector((s) => s.persistence);
  const [mode, setMode] = useControllableState<QuestionListMode>({
    value: props.mode,
    defaultValue: props.defaultMode ?? 'prepare',
    onChange: onModeChange,
    name: 'QuestionList `mode`',
  });
  const [finished, setFinished] = useState(false);

  return (
    <div className="sdm-QuestionList__body" data-mode={mode}>
      <Heading className="sdm-QuestionList__title" {...cl}>
        {doc.title}
      </Heading>
      <DemonstrationNotice demonstration={doc.meta.demonstration} />
      {doc.intro && mode === 'prepare' ? (
        <p className="sdm-QuestionList__intro" {...cl}>
          {doc.intro}
        </p>
      ) : null}
      {hideModeSwitch ? null : (
        <nav className="sdm-QuestionList__modes" aria-label={t('modes.label')}>
          {MODES.map((m) => (
            <Button
              key={m}
              variant={m === mode ? 'primary' : 'secondary'}
              aria-current={m === mode ? 'step' : undefined}
              onClick={() => setMode(m)}
            >
              {t(`modes.${m}`)}
            </Button>
          ))}
        </nav>
      )}
      <SaveArea persistence={persistence} store={store} />
      {/* The steps' sections sit under the title. */}
      <HeadingLevelProvider>
        {mode === 'prepare' ? (
          <div className="sdm-QuestionList__prepare">
            <MyQuestions suggestions={suggestions} />
            <QuestionBrowser />
          </div>
        ) : null}
        {mode === 'visit' ? <VisitMode /> : null}
        {mode === 'summary' ? (
          <>
            <QuestionSummary />
            {onComplete ? (
              <div className="sdm-QuestionList__finish">
                <Button
                  variant="primary"
                  onClick={() => {
                    const completed = store.getState().actions.complete();
                    onComplete(buildQuestionListResult(store.content, completed, new Date(completed.completedAt)));
                    setFinished(true);
                  }}
                >
                  {t('summary.finish')}
                </Button>
                <p role="status">{finished ? t('summary.finished') : ''}</p>
              </div>
            ) : null}
          </>
        ) : null}
      </HeadingLevelProvider>
    </div>
  );
}
