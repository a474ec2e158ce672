import { checkDate, localIsoDate, MAX_VISIT_PREP_ROWS, SEVERITY_LEVELS, selectCanAddRow } from '@sdmkit/core';
import {
  useEvent,
  useVisitPrepActions,
  useVisitPrepContent,
  useVisitPrepRow,
  useVisitPrepRowIds,
  useVisitPrepSelector,
  useVisitPrepTimelineOrder,
} from '@sdmkit/hooks';
import { Button, ChoiceGroup, Heading, HeadingLevelProvider } from '@sdmkit/ui';
import { memo, useId, useRef } from 'react';
import { AnswerFields, Checkbox, TextField } from '../internal/fields.js';
import { useFocusAfterRender } from '../internal/focus.js';
import { useVisitPrepContentLang, useVisitPrepTranslation } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `SymptomStory`, the symptom story section, with its dated timeline. */
export interface SymptomStoryProps {
  readonly className?: string;
  /** Today's date for checking dates (default: now). */
  readonly today?: Date | undefined;
}

/** A date's problem (`checkDate`, no future dates) as the patient reads it, or null. */
function useDateProblem(value: string, today: Date | undefined): string | null {
  const { t } = useVisitPrepTranslation();
  const code = checkDate(value, { today: localIsoDate(today ?? new Date()), allowFuture: false });
  return code ? t(`dates.${code}`) : null;
}

/**
 * One entry of the timeline. It reads its own entry from the store, so typing in one entry of a long timeline
 * renders that entry alone (issue 17); `onRemoved` must be stable.
 */
const TimelineRow = memo(function TimelineRow({
  id,
  index,
  today,
  onRemoved,
}: {
  id: string;
  index: number;
  today: Date | undefined;
  onRemoved: () => void;
}) {
  const { t } = useVisitPrepTranslation();
  const actions = useVisitPrepActions();
  const limit = useVisitPrepContent().limits.answerWords;
  const e = useVisitPrepRow('timeline', id);
  const dateError = useDateProblem(e?.date ?? '', today);
  if (!e) return null;
  const n = index + 1;
  return (
    <li className="sdm-SymptomStory__entry" data-row-id={e.id}>
      <fieldset className="sdm-VisitPrepRow">
        <legend>{t('symptoms.entry', { n })}</legend>
        <TextField
          label={t('symptoms.entryDate')}
          type="date"
          value={e.date}
          error={dateError}
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
            onRemoved();
          }}
        >
          {t('symptoms.removeEntry', { n })}
        </Button>
      </fieldset>
    </li>
  );
});

/** One entry of the timeline in date order: reads its own entry, so a keystroke in a note renders this one alone. */
const SortedEntry = memo(function SortedEntry({ id }: { id: string }) {
  const { t } = useVisitPrepTranslation();
  const entry = useVisitPrepRow('timeline', id);
  if (!entry) return null;
  return (
    <li>
      <span className="sdm-SymptomStory__date">{entry.date || t('symptoms.noDate')}</span>
      {entry.note ? `: ${entry.note}` : ''}
    </li>
  );
});

/**
 * The timeline in date order, under the entries, once there are two or more. It renders when the order changes (a
 * date typed, an entry added or removed), not on a note's keystroke or an edit elsewhere in the visit prep.
 */
function SortedTimeline() {
  const { t } = useVisitPrepTranslation();
  const sorted = useVisitPrepTimelineOrder();
  if (sorted.length < 2) return null;
  return (
    <div className="sdm-SymptomStory__sorted">
      {/* Under the timeline's heading. */}
      <HeadingLevelProvider>
        <Heading className="sdm-SymptomStory__sortedTitle">{t('symptoms.sorted')}</Heading>
      </HeadingLevelProvider>
      <ol className="sdm-SymptomStory__sortedList">
        {sorted.map((id) => (
          <SortedEntry key={id} id={id} />
        ))}
      </ol>
    </div>
  );
}

/**
 * The symptom story: what, where, when it started, how it changed (a dated timeline shown in date order),
 * what helps or worsens it, severity on a worded scale, and what was tried.
 */
export function SymptomStory({ className, today }: SymptomStoryProps) {
  const { t } = useVisitPrepTranslation();
  const template = useVisitPrepContent();
  // Each answer on its own: the timeline's entries are read by their rows, not here.
  const what = useVisitPrepSelector((s) => s.input.symptoms.what);
  const where = useVisitPrepSelector((s) => s.input.symptoms.where);
  const bodyAreas = useVisitPrepSelector((s) => s.input.symptoms.bodyAreas);
  const onset = useVisitPrepSelector((s) => s.input.symptoms.onset);
  const better = useVisitPrepSelector((s) => s.input.symptoms.better);
  const worse = useVisitPrepSelector((s) => s.input.symptoms.worse);
  const severity = useVisitPrepSelector((s) => s.input.symptoms.severity);
  const tried = useVisitPrepSelector((s) => s.input.symptoms.tried);
  const ids = useVisitPrepRowIds('timeline');
  const canAddEntry = useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'timeline'));
  const actions = useVisitPrepActions();
  const onsetError = useDateProblem(onset, today);
  const listId = useId();
  const timelineRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(timelineRef);
  const limit = template.limits.answerWords;
  // Stable, so that a row's props do not change when another row does.
  const onRemoved = useEvent(() => focusLater('[data-action="add-entry"]'));
  const common = template.lists?.commonSymptoms ?? [];
  const cl = useVisitPrepContentLang();
  const areas = template.lists?.bodyAreas ?? [];

  return (
    <SectionFrame type="symptoms" ownClass="sdm-SymptomStory" className={className}>
      <TextField
        label={t('symptoms.what')}
        value={what}
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
        value={where}
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
              checked={bodyAreas.includes(area)}
              onChange={() => actions.toggleBodyArea(area)}
            />
          ))}
        </fieldset>
      ) : null}
      <TextField
        label={t('symptoms.onset')}
        type="date"
        hint={t('symptoms.dateHint')}
        value={onset}
        error={onsetError}
        onChange={(onset) => actions.updateSymptoms({ onset })}
      />
      <div className="sdm-SymptomStory__timeline" ref={timelineRef}>
        <Heading className="sdm-SymptomStory__subtitle">{t('symptoms.timeline')}</Heading>
        <ol className="sdm-SymptomStory__entries">
          {ids.map((id, index) => (
            <TimelineRow key={id} id={id} index={index} today={today} onRemoved={onRemoved} />
          ))}
        </ol>
        {canAddEntry ? (
          <Button
            data-action="add-entry"
            onClick={() => {
              const added = actions.addRow('timeline');
              if (added.ok) focusLater(`[data-row-id="${added.id}"]`, 'input');
            }}
          >
            {t('symptoms.addEntry')}
          </Button>
        ) : (
          <p className="sdm-SymptomStory__full">{t('symptoms.entriesFull', { max: MAX_VISIT_PREP_ROWS })}</p>
        )}
        <SortedTimeline />
      </div>
      <AnswerFields
        ns="symptoms"
        keys={['better', 'worse']}
        values={{ better, worse }}
        onChange={actions.updateSymptoms}
      />
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
          checked: severity === level,
          onChange: () => actions.updateSymptoms({ severity: level }),
        }))}
      />
      <AnswerFields ns="symptoms" keys={['tried']} values={{ tried }} onChange={actions.updateSymptoms} />
    </SectionFrame>
  );
}
