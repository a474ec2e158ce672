import { Button } from '@sdmkit/ui';
import { useVpT } from './i18n.js';

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

/**
 * Move up / move down / remove for one row of a list the patient orders. Buttons at the ends stay focusable with
 * `aria-disabled`, so focus never drops to the page when a row reaches the top or bottom.
 */
export function RowControls({ ns, index, count, onMove, onRemove, announce }: RowControlsProps) {
  const { t } = useVpT();
  const n = index + 1;
  const moves = [
    { direction: 'up', arrow: '↑', label: 'moveUp', atEnd: index === 0, to: n - 1 },
    { direction: 'down', arrow: '↓', label: 'moveDown', atEnd: index === count - 1, to: n + 1 },
  ] as const;
  return (
    <div className="sdm-VisitPrepRow__controls">
      {moves.map((m) => (
        <Button
          key={m.direction}
          variant="secondary"
          aria-disabled={m.atEnd || undefined}
          data-action={m.direction}
          onClick={() => {
            if (m.atEnd) return;
            onMove(m.direction);
            announce(t(`${ns}.moved`, { n: m.to }));
          }}
        >
          <span aria-hidden="true">{m.arrow}</span> {t(`${ns}.${m.label}`, { n })}
        </Button>
      ))}
      <Button variant="danger" data-action="remove" onClick={onRemove}>
        {t(`${ns}.remove`, { n })}
      </Button>
    </div>
  );
}
