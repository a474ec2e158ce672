// A list the patient orders, built on useReorderControls the way a widget builds one, for the Reorder tests.
import { useState } from 'react';
import { useAnnouncer } from '../Announcer/Announcer.js';
import { Button } from '../Button/Button.js';
import { type ReorderMove, reorderPlace, useReorderControls } from '../Reorder/Reorder.js';

export interface ReorderListProps {
  readonly rows: readonly string[];
  /** The first `topCount` rows are the top group: rows below it get "Move to top". */
  readonly topCount?: number;
}

const MOVES = [
  { move: 'up', label: 'Move up' },
  { move: 'down', label: 'Move down' },
  { move: 'top', label: 'Move to top' },
] as const;

function moved(rows: readonly string[], row: string, move: ReorderMove, topCount = 0): string[] {
  const from = rows.indexOf(row);
  const to = move === 'up' ? from - 1 : move === 'down' ? from + 1 : topCount - 1;
  const next = rows.filter((r) => r !== row);
  next.splice(to, 0, row);
  return next;
}

export function ReorderList({ rows: initial, topCount }: ReorderListProps) {
  const [rows, setRows] = useState(initial);
  const [announce, region] = useAnnouncer();
  return (
    <>
      <ol>
        {rows.map((row, index) => (
          <li key={row}>
            <Row
              row={row}
              index={index}
              count={rows.length}
              topCount={topCount}
              announce={announce}
              onMove={(move) => setRows((current) => moved(current, row, move, topCount))}
            />
          </li>
        ))}
      </ol>
      {region}
    </>
  );
}

function Row({
  row,
  index,
  count,
  topCount,
  announce,
  onMove,
}: {
  row: string;
  index: number;
  count: number;
  topCount: number | undefined;
  announce: (message: string) => void;
  onMove: (move: ReorderMove) => void;
}) {
  const moves = useReorderControls({
    place: reorderPlace(index, count, topCount),
    onMove,
    announce,
    movedMessage: (move) => {
      const to = move === 'up' ? index : move === 'down' ? index + 2 : topCount;
      return `${row} moved to place ${to} of ${count}.`;
    },
  });
  return (
    <fieldset aria-label={row}>
      <span>{row}</span>
      {MOVES.map(({ move, label }) => {
        const props = moves[move];
        return props ? (
          <Button key={move} {...props}>
            {label}
          </Button>
        ) : null;
      })}
    </fieldset>
  );
}
