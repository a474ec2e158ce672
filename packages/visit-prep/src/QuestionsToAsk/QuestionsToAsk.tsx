import { MAX_VISIT_PREP_ROWS, selectCanAddRow } from '@sdmkit/core';
import {
  useEvent,
  useVisitPrepActions,
  useVisitPrepContent,
  useVisitPrepPickedSuggestions,
  useVisitPrepRowIds,
  useVisitPrepSelector,
} from '@sdmkit/hooks';
import { Button, Heading, useAnnouncer } from '@sdmkit/ui';
import { useMemo, useRef } from 'react';
import { Checkbox } from '../internal/fields.js';
import { useFocusAfterRender } from '../internal/focus.js';
import { useVisitPrepContentLang, useVisitPrepTranslation } from '../internal/i18n.js';
import { OrderedRow } from '../internal/row-controls.js';
import { SectionFrame } from '../internal/section.js';

/**
 * A question the patient can pick. Any list of `{ id, text }` fits, e.g. the questions a patient kept in
 * `@sdmkit/question-list`, mapped by the host.
 */
export interface SuggestedQuestionInput {
  readonly id: string;
  readonly text: string;
  /** Why it can help to ask. */
  readonly why?: string | undefined;
}

/** Props of `QuestionsToAsk`, the section where the patient picks, writes and orders questions to ask. */
export interface QuestionsToAskProps {
  readonly className?: string;
  /** Extra questions to pick from, handed in by the host (shown after the template's own suggestions). */
  readonly suggestedQuestions?: readonly SuggestedQuestionInput[] | undefined;
}

/** Questions to ask: pick suggested ones, write your own, and order them so the top three come first. */
export function QuestionsToAsk({ className, suggestedQuestions }: QuestionsToAskProps) {
  const { t } = useVisitPrepTranslation();
  const template = useVisitPrepContent();
  const cl = useVisitPrepContentLang();
  const ids = useVisitPrepRowIds('questions');
  const pickedIds = useVisitPrepPickedSuggestions();
  const canAdd = useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'questions'));
  const actions = useVisitPrepActions();
  const ref = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(ref);
  const [announce, announcer] = useAnnouncer();

  const { suggestions, fromTemplateIds } = useMemo(() => {
    const fromTemplate = template.sections.find((s) => s.type === 'questions')?.suggestedQuestions ?? [];
    const seen = new Set<string>();
    const all = [...fromTemplate, ...(suggestedQuestions ?? [])].filter((q) => {
      if (seen.has(q.id) || q.text.trim() === '') return false;
      seen.add(q.id);
      return true;
    });
    return { suggestions: all, fromTemplateIds: new Set(fromTemplate.map((q) => q.id)) };
  }, [template, suggestedQuestions]);
  // Template suggestions are in the template's language; the host's own suggestions are left unmarked.
  const langOf = useMemo(
    () => (suggestionId: string | undefined) => (suggestionId && fromTemplateIds.has(suggestionId) ? cl : undefined),
    [fromTemplateIds, cl],
  );
  const picked = new Set(pickedIds);
  const onRemoved = useEvent(() => focusLater('[data-action="add-question"]'));

  return (
    <SectionFrame type="questions" ownClass="sdm-QuestionsToAsk" className={className}>
      <div ref={ref}>
        {suggestions.length > 0 ? (
          <fieldset className="sdm-QuestionsToAsk__suggested">
            <legend>{t('questions.suggested')}</legend>
            {suggestions.map((q) => (
              <Checkbox
                key={q.id}
                label={q.text}
                hint={q.why}
                labelLang={langOf(q.id)}
                checked={picked.has(q.id)}
                onChange={() => actions.togglePickedQuestion(q)}
              />
            ))}
          </fieldset>
        ) : null}
        <Heading className="sdm-QuestionsToAsk__subtitle">{t('questions.mine')}</Heading>
        {ids.length === 0 ? <p className="sdm-QuestionsToAsk__empty">{t('questions.empty')}</p> : null}
        <ol className="sdm-QuestionsToAsk__list">
          {ids.map((id, index) => (
            <OrderedRow
              key={id}
              ns="questions"
              id={id}
              index={index}
              last={index === ids.length - 1}
              lang={langOf}
              announce={announce}
              onRemoved={onRemoved}
            />
          ))}
        </ol>
        {canAdd ? (
          <Button
            data-action="add-question"
            onClick={() => {
              const added = actions.addRow('questions');
              if (added.ok) focusLater(`[data-row-id="${added.id}"]`, 'textarea');
            }}
          >
            {t('questions.add')}
          </Button>
        ) : (
          <p className="sdm-QuestionsToAsk__full">{t('questions.full', { max: MAX_VISIT_PREP_ROWS })}</p>
        )}
        {announcer}
      </div>
    </SectionFrame>
  );
}
