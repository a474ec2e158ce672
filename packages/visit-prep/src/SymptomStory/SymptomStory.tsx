import { MAX_VISIT_PREP_ROWS, SEVERITY_LEVELS, selectCanAddRow, selectTimeline } from '@sdmkit/core';
import { useVisitPrepActions, useVisitPrepContent, useVisitPrepInput, useVisitPrepSelector } from '@sdmkit/hooks';
import { Button, ChoiceGroup, Heading, HeadingLevelProvider } from '@sdmkit/ui';
import { useId, useMemo, useRef } from 'react';
import { AnswerFields, Checkbox, TextField, useDateError } from '../internal/fields.js';
import { useFocusAfterRender } from '../internal/focus.js';
import { useVisitPrepContentLang, useVisitPrepTranslation } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `SymptomStory`, the symptom story section, with its dated timeline. */
export interface SymptomStoryProps {
  readonly className?: string;
  /** Today's date for checking dates (default: now). */
  readonly today?: Date | undefined;
}

/**
 * The symptom story: what, where, when it started, how it changed (a dated timeline shown in date order),
 * what helps or worsens it, severity on a worded scale, and what was tried.
 */
export function SymptomStory({ className, today }: SymptomStoryProps) {
  const { t } = useVisitPrepTranslation();
  const template = useVisitPrepContent();
  const symptoms = useVisitPrepSelector((s) => s.input.symptoms);
  const canAddEntry = useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'timeline'));
  const actions = useVisitPrepActions();
  const dateError = useDateError(today);
  const listId = useId();
  const timelineRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(timelineRef);
  const limit = template.limits.answerWords;
  const input = useVisitPrepInput();
  const sorted = useMemo(() => selectTimeline(input), [input]);
  const common = template.lists?.commonSymptoms ?? [];
  const cl = useVisitPrepContentLang();
  const areas = template.lists?.bodyAreas ?? [];

  return (
    <SectionFrame type="symptoms" ownClass="sdm-SymptomStory" className={className}>
      <TextField
        label={t('symptoms.what')}
        value={symptoms.what}
        wordLimit={limit}
        list={common.length > 0 ? listId : undefined}
        onChange={(what) => actions.updateSymptoms({ what })}
      />
      {common.length > 0 ? (
        <datalist id={listId}>
          {common.map((s) => (
            <option key={s} value={s} {...cl} />
          ))}
        </datalist>
      ) : null}
      <TextField
        label={t('symptoms.where')}
        value={symptoms.where}
        wordLimit={limit}
        onChange={(where) => actions.updateSymptoms({ where })}
      />
      {areas.length > 0 ? (
        <fieldset className="sdm-SymptomStory__areas">
          <legend>{t('symptoms.bodyAreas')}</legend>
          {areas.map((area) => (
            <Checkbox
              key={area}
              label={area}
              labelLang={cl}
              checked={symptoms.bodyAreas.includes(area)}
              onChange={() => actions.toggleBodyArea(area)}
            />
          ))}
        </fieldset>
      ) : null}
      <TextField
        label={t('symptoms.onset')}
        type="date"
        hint={t('symptoms.dateHint')}
        value={symptoms.onset}
        error={dateError('onset')}
        onChange={(onset) => actions.updateSymptoms({ onset })}
      />
      <div className="sdm-SymptomStory__timeline" ref={timelineRef}>
        <Heading className="sdm-SymptomStory__subtitle">{t('symptoms.timeline')}</Heading>
        <ol className="sdm-SymptomStory__entries">
          {symptoms.timeline.map((e, index) => {
            const n = index + 1;
            return (
              <li key={e.id} className="sdm-SymptomStory__entry" data-row-id={e.id}>
                <fieldset className="sdm-VisitPrepRow">
                  <legend>{t('symptoms.entry', { n })}</legend>
                  <TextField
                    label={t('symptoms.entryDate')}
                    type="date"
                    value={e.date}
                    error={dateError('timeline', e.id)}
                    onChange={(date) => actions.updateTimelineEntry(e.id, { date })}
                  />
                  <TextField
                    label={t('symptoms.entryNote')}
                    value={e.note}
                    multiline
                    wordLimit={limit}
                    onChange={(note) => actions.updateTimelineEntry(e.id, { note })}
                  />
                  <Button
                    variant="danger"
                    onClick={() => {
                      actions.removeTimelineEntry(e.id);
                      focusLater('[data-action="add-entry"]');
                    }}
                  >
                    {t('symptoms.removeEntry', { n })}
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {canAddEntry ? (
          <Button
            data-action="add-entry"
            onClick={() => {
              const added = actions.addRow('timeline');
              if (added.ok) focusLater(`[data-row-id="${added.id}"] input`);
            }}
          >
            {t('symptoms.addEntry')}
          </Button>
        ) : (
          <p className="sdm-SymptomStory__full">{t('symptoms.entriesFull', { max: MAX_VISIT_PREP_ROWS })}</p>
        )}
        {sorted.length > 1 ? (
          <div className="sdm-SymptomStory__sorted">
            {/* Under the timeline's heading. */}
            <HeadingLevelProvider>
              <Heading className="sdm-SymptomStory__sortedTitle">{t('symptoms.sorted')}</Heading>
            </HeadingLevelProvider>
            <ol className="sdm-SymptomStory__sortedList">
              {sorted.map((e) => (
                <li key={e.id}>
                  <span className="sdm-SymptomStory__date">{e.date || t('symptoms.noDate')}</span>
                  {e.note ? `: ${e.note}` : ''}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
      <AnswerFields ns="symptoms" keys={['better', 'worse']} values={symptoms} onChange={actions.updateSymptoms} />
      <ChoiceGroup
        className="sdm-SymptomStory__severity"
        legend={t('symptoms.severity')}
        choices={SEVERITY_LEVELS.map((level, index) => ({
          key: level,
          label: t(`severity.${level}`),
          note: (
            <>
              {' '}
              <span className="sdm-SymptomStory__number">({t('severity.level', { n: index + 1 })})</span>
            </>
          ),
          value: level,
          checked: symptoms.severity === level,
          onChange: () => actions.updateSymptoms({ severity: level }),
        }))}
      />
      <AnswerFields ns="symptoms" keys={['tried']} values={symptoms} onChange={actions.updateSymptoms} />
    </SectionFrame>
  );
}
