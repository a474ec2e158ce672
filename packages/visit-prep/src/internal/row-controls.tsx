import { Button, reorderPlace, useReorderControls } from '@sdmkit/ui';
import { useVisitPrepTranslation } from './i18n.js';

type Direction = 'up' | 'down';

interface RowControlsProps {
  /** The list the row is in: labels are `<ns>.moveUp`, `<ns>.moveDown`, `<ns>.remove` and `<ns>.moved`. */
  readonly ns: 'concerns' | 'questions';
  readonly index: number;
  readonly count: number;
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
export function RowControls({ ns, index, count, onMove, onRemove, announce }: RowControlsProps) {
  const { t } = useVisitPrepTranslation();
  const n = index + 1;
  const moves = useReorderControls({
    place: reorderPlace(index, count),
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
