import { Button } from '@sdmkit/ui';

interface RowControlsProps {
  readonly index: number;
  readonly count: number;
  readonly moveUpLabel?: string;
  readonly moveDownLabel?: string;
  readonly removeLabel: string;
  readonly onMove?: (direction: 'up' | 'down') => void;
  readonly onRemove: () => void;
}

/**
 * Move up / move down / remove for one row. Buttons at the ends stay focusable with `aria-disabled`, so
 * focus never drops to the page when a row reaches the top or bottom.
 */
export function RowControls({
  index,
  count,
  moveUpLabel,
  moveDownLabel,
  removeLabel,
  onMove,
  onRemove,
}: RowControlsProps) {
  const first = index === 0;
  const last = index === count - 1;
  return (
    <div className="sdm-VisitPrepRow__controls">
      {onMove && moveUpLabel ? (
        <Button
          variant="secondary"
          aria-disabled={first || undefined}
          data-action="up"
          onClick={() => {
            if (!first) onMove('up');
          }}
        >
          <span aria-hidden="true">↑</span> {moveUpLabel}
        </Button>
      ) : null}
      {onMove && moveDownLabel ? (
        <Button
          variant="secondary"
          aria-disabled={last || undefined}
          data-action="down"
          onClick={() => {
            if (!last) onMove('down');
          }}
        >
          <span aria-hidden="true">↓</span> {moveDownLabel}
        </Button>
      ) : null}
      <Button variant="danger" data-action="remove" onClick={onRemove}>
        {removeLabel}
      </Button>
    </div>
  );
}
