import { AGENDA_TOP_COUNT, selectCanAddRow } from '@sdmkit/core';
import { useAgendaWords, useVisitPrepActions, useVisitPrepContent, useVisitPrepSelector } from '@sdmkit/hooks';
import { Button, Heading, useAnnouncer } from '@sdmkit/ui';
import { useRef } from 'react';
import { TextField } from '../internal/fields.js';
import { useFocusAfterRender } from '../internal/focus.js';
import { useVisitPrepTranslation } from '../internal/i18n.js';
import { RowControls } from '../internal/row-controls.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `ReasonAndConcerns`, the section for the reason for the visit and the patient's concerns. */
export interface ReasonAndConcernsProps {
  readonly className?: string;
}

/**
 * The reason for the visit and the patient's concerns, in their order. The first three are marked as the top
 * concerns; move buttons reorder them by keyboard; word limits flag long text without cutting it.
 */
export function ReasonAndConcerns({ className }: ReasonAndConcernsProps) {
  const { t } = useVisitPrepTranslation();
  const template = useVisitPrepContent();
  const reason = useVisitPrepSelector((s) => s.input.reason);
  const concerns = useVisitPrepSelector((s) => s.input.concerns);
  const actions = useVisitPrepActions();
  const words = useAgendaWords();
  const listRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(listRef);
  const [announce, announcer] = useAnnouncer();
  const full = useVisitPrepSelector((s) => !selectCanAddRow(template, s.input, 'concerns'));
  const { agendaWords, concernWords, answerWords } = template.limits;

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
        {concerns.length === 0 ? <p className="sdm-ReasonAndConcerns__empty">{t('concerns.empty')}</p> : null}
        <ol className="sdm-ReasonAndConcerns__items">
          {concerns.map((c, index) => {
            const n = index + 1;
            const top = index < AGENDA_TOP_COUNT;
            return (
              <li key={c.id} className="sdm-ReasonAndConcerns__item" data-row-id={c.id} data-top={top || undefined}>
                <TextField
                  label={
                    <>
                      {t('concerns.concern', { n })}
                      {top ? <span className="sdm-ReasonAndConcerns__top"> · {t('concerns.top')}</span> : null}
                    </>
                  }
                  value={c.text}
                  multiline
                  wordLimit={concernWords}
                  onChange={(text) => actions.updateConcern(c.id, text)}
                />
                <RowControls
                  ns="concerns"
                  index={index}
                  count={concerns.length}
                  announce={announce}
                  onMove={(direction) => actions.moveConcern(c.id, direction)}
                  onRemove={() => {
                    actions.removeConcern(c.id);
                    focusLater('[data-action="add-concern"]');
                  }}
                />
              </li>
            );
          })}
        </ol>
        {full ? (
          <p className="sdm-ReasonAndConcerns__max">{t('concerns.max')}</p>
        ) : (
          <Button
            data-action="add-concern"
            onClick={() => {
              const added = actions.addRow('concerns');
              if (added.ok) focusLater(`[data-row-id="${added.id}"] textarea`);
            }}
          >
            {t('concerns.add')}
          </Button>
        )}
        <p className="sdm-ReasonAndConcerns__total" data-over={words.over || undefined}>
          {t('words.ofLimit', { count: words.words, limit: agendaWords })}
        </p>
        {words.over ? (
          <p className="sdm-ReasonAndConcerns__warning">{t('words.agendaOver', { limit: agendaWords })}</p>
        ) : null}
        {announcer}
      </div>
    </SectionFrame>
  );
}
