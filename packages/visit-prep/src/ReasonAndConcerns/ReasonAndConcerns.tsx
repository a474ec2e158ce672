import { selectCanAddRow } from '@sdmkit/core';
import {
  useAgendaWords,
  useEvent,
  useVisitPrepActions,
  useVisitPrepContent,
  useVisitPrepRowIds,
  useVisitPrepSelector,
} from '@sdmkit/hooks';
import { Button, Heading, useAnnouncer } from '@sdmkit/ui';
import { useRef } from 'react';
import { TextField } from '../internal/fields.js';
import { useFocusAfterRender } from '../internal/focus.js';
import { useVisitPrepTranslation } from '../internal/i18n.js';
import { OrderedRow } from '../internal/row-controls.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `ReasonAndConcerns`, the section for the reason for the visit and the patient's concerns. */
export interface ReasonAndConcernsProps {
  readonly className?: string;
}

/** The words of the reason and all concerns against the agenda's limit: the one part that reads every concern. */
function AgendaWords() {
  const { t } = useVisitPrepTranslation();
  const words = useAgendaWords();
  const { agendaWords } = useVisitPrepContent().limits;
  return (
    <>
      <p className="sdm-ReasonAndConcerns__total" data-over={words.over || undefined}>
        {t('words.ofLimit', { count: words.words, limit: agendaWords })}
      </p>
      {words.over ? (
        <p className="sdm-ReasonAndConcerns__warning">{t('words.agendaOver', { limit: agendaWords })}</p>
      ) : null}
    </>
  );
}

/**
 * The reason for the visit and the patient's concerns, in their order. The first three are marked as the top
 * concerns; move buttons reorder them by keyboard; word limits flag long text without cutting it.
 */
export function ReasonAndConcerns({ className }: ReasonAndConcernsProps) {
  const { t } = useVisitPrepTranslation();
  const template = useVisitPrepContent();
  const reason = useVisitPrepSelector((s) => s.input.reason);
  const ids = useVisitPrepRowIds('concerns');
  const actions = useVisitPrepActions();
  const listRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(listRef);
  const [announce, announcer] = useAnnouncer();
  const full = useVisitPrepSelector((s) => !selectCanAddRow(template, s.input, 'concerns'));
  const { agendaWords, answerWords } = template.limits;
  // Stable, so that a row's props do not change when another row does.
  const onRemoved = useEvent(() => focusLater('[data-action="add-concern"]'));

  return (
    <SectionFrame type="concerns" ownClass="sdm-ReasonAndConcerns" className={className}>
      <TextField
        label={t('concerns.reason')}
        value={reason}
        multiline
        wordLimit={Math.min(answerWords, agendaWords)}
        onChange={actions.setReason}
        data-field="reason"
      />
      <div className="sdm-ReasonAndConcerns__list" ref={listRef}>
        <Heading className="sdm-ReasonAndConcerns__listTitle">{t('concerns.listLabel')}</Heading>
        {ids.length === 0 ? <p className="sdm-ReasonAndConcerns__empty">{t('concerns.empty')}</p> : null}
        <ol className="sdm-ReasonAndConcerns__items">
          {ids.map((id, index) => (
            <OrderedRow
              key={id}
              ns="concerns"
              id={id}
              index={index}
              last={index === ids.length - 1}
              announce={announce}
              onRemoved={onRemoved}
            />
          ))}
        </ol>
        {full ? (
          <p className="sdm-ReasonAndConcerns__max">{t('concerns.max')}</p>
        ) : (
          <Button
            data-action="add-concern"
            onClick={() => {
              const added = actions.addRow('concerns');
              if (added.ok) focusLater(`[data-row-id="${added.id}"]`, 'textarea');
            }}
          >
            {t('concerns.add')}
          </Button>
        )}
        <AgendaWords />
        {announcer}
      </div>
    </SectionFrame>
  );
}
