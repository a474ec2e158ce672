import { AGENDA_TOP_COUNT } from '@sdmkit/core';
import { useVisitPrepActions, useVisitPrepContent, useVisitPrepRow } from '@sdmkit/hooks';
import { Button, reorderPlace, useReorderControls } from '@sdmkit/ui';
import { memo } from 'react';
import { TextField } from './fields.js';
import { useVisitPrepTranslation } from './i18n.js';

type Direction = 'up' | 'down';

interface RowControlsProps {
  /** The list the row is in: labels are `<ns>.moveUp`, `<ns>.moveDown`, `<ns>.remove` and `<ns>.moved`. */
  readonly ns: 'concerns' | 'questions';
  readonly index: number;
  /** The row is the list's last (its "move down" is at the end). */
  readonly last: boolean;
  readonly onMove: (direction: Direction) => void;
  readonly onRemove: () => void;
  /** Says where the row went, for screen readers. */
  readonly announce: (text: string) => void;
}

const MOVES = [
  { direction: 'up', arrow: '↑', label: 'moveUp' },
  { direction: 'down', arrow: '↓', label: 'moveDown' },
] as const;

/**
 * Move up / move down / remove for one row of a list the patient orders (`useReorderControls`): buttons at the ends
 * stay focusable with `aria-disabled`, and focus stays on the button used while the row moves.
 */
function RowControls({ ns, index, last, onMove, onRemove, announce }: RowControlsProps) {
  const { t } = useVisitPrepTranslation();
  const n = index + 1;
  const moves = useReorderControls({
    // Only the ends matter: a list that ends here, or one that goes on past this row.
    place: reorderPlace(index, last ? index + 1 : index + 2),
    onMove: (move) => {
      if (move !== 'top') onMove(move);
    },
    announce,
    movedMessage: (move) => t(`${ns}.moved`, { n: move === 'up' ? n - 1 : n + 1 }),
  });
  return (
    <div className="sdm-VisitPrepRow__controls">
      {MOVES.map((m) => (
        <Button key={m.direction} variant="secondary" data-action={m.direction} {...moves[m.direction]}>
          <span aria-hidden="true">{m.arrow}</span> {t(`${ns}.${m.label}`, { n })}
        </Button>
      ))}
      <Button variant="danger" data-action="remove" onClick={onRemove}>
        {t(`${ns}.remove`, { n })}
      </Button>
    </div>
  );
}

/** What differs between the two lists the patient orders: store actions, word limit, class and label. */
const LISTS = {
  concerns: {
    update: 'updateConcern',
    move: 'moveConcern',
    remove: 'removeConcern',
    words: 'concernWords',
    own: 'sdm-ReasonAndConcerns',
    label: 'concerns.concern',
  },
  questions: {
    update: 'updateQuestion',
    move: 'moveQuestion',
    remove: 'removeQuestion',
    words: 'answerWords',
    own: 'sdm-QuestionsToAsk',
    label: 'questions.question',
  },
} as const;

/**
 * One row of a list the patient orders (a concern or a question): its text and its move and remove buttons. It
 * reads its own row from the store, so typing in one row of a long list renders that row alone (issue 17). It is
 * told only whether it is the `last` row (what its "move down" needs), not the list's length, so adding a row renders
 * the new row and the one before it, not all. `onRemoved` must be stable.
 */
export const OrderedRow = memo(function OrderedRow({
  ns,
  id,
  index,
  last,
  lang,
  announce,
  onRemoved,
}: {
  ns: 'concerns' | 'questions';
  id: string;
  index: number;
  last: boolean;
  /** The language of a picked suggestion's text, when it differs from the page's (template suggestions). */
  lang?: ((suggestionId: string | undefined) => { lang: string } | undefined) | undefined;
  announce: (message: string) => void;
  onRemoved: () => void;
}) {
  const { t } = useVisitPrepTranslation();
  const template = useVisitPrepContent();
  const actions = useVisitPrepActions();
  const row: { id: string; text: string; suggestionId?: string | undefined } | undefined = useVisitPrepRow(ns, id);
  if (!row) return null;
  const list = LISTS[ns];
  const n = index + 1;
  const top = index < AGENDA_TOP_COUNT;
  const label = (
    <>
      {t(list.label, { n })}
      {top ? <span className={`${list.own}__top`}> · {t(`${ns}.top`)}</span> : null}
      {row.suggestionId ? <span className="sdm-QuestionsToAsk__source"> · {t('questions.fromList')}</span> : null}
    </>
  );
  return (
    <li className={`${list.own}__item`} data-row-id={row.id} data-top={top || undefined}>
      {row.suggestionId ? (
        <p className="sdm-QuestionsToAsk__picked">
          <span className="sdm-QuestionsToAsk__label">{label}</span>
          <span className="sdm-QuestionsToAsk__text" {...lang?.(row.suggestionId)}>
            {row.text}
          </span>
        </p>
      ) : (
        <TextField
          label={label}
          value={row.text}
          multiline
          wordLimit={template.limits[list.words]}
          onChange={(text) => actions[list.update](row.id, text)}
        />
      )}
      <RowControls
        ns={ns}
        index={index}
        last={last}
        announce={announce}
        onMove={(direction) => actions[list.move](row.id, direction)}
        onRemove={() => {
          actions[list.remove](row.id);
          onRemoved();
        }}
      />
    </li>
  );
});
