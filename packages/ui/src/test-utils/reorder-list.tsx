// A list the patient orders, built on useReorderControls the way a widget builds one, for the Reorder tests.
import { useLayoutEffect, useState } from 'react';
import { useAnnouncer } from '../Announcer/Announcer.js';
import { Button } from '../Button/Button.js';
import { type ReorderMove, reorderKeys, reorderPlace, useReorderControls } from '../Reorder/Reorder.js';

export interface ReorderListProps {
  readonly rows: readonly string[];
  /** The first `topCount` rows are the top group: rows below it get "Move to top". */
  readonly topCount?: number;
  /**
   * A row moved to the top gets a new key, so it mounts anew where it goes (as the question list does, so that
   * React does not move every row between); the new row puts focus back with `focusAfter`.
   */
  readonly rekeyOnTop?: boolean;
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

export function ReorderList({ rows: initial, topCount, rekeyOnTop = false }: ReorderListProps) {
  const [rows, setRows] = useState(initial);
  const [keys] = useState(reorderKeys);
  const [announce, region] = useAnnouncer();
  return (
    <>
      <ol>
        {rows.map((row, index) => (
          <li key={keys.key(row)}>
            <Row
              row={row}
              index={index}
              count={rows.length}
              topCount={topCount}
              announce={announce}
              onMove={(move) => {
                if (rekeyOnTop && move === 'top') keys.moving(row);
                setRows((current) => moved(current, row, move, topCount));
              }}
              takeFocus={() => keys.takeFocus(row)}
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
  takeFocus,
}: {
  row: string;
  index: number;
  count: number;
  topCount: number | undefined;
  announce: (message: string) => void;
  onMove: (move: ReorderMove) => void;
  takeFocus: () => ReorderMove | null;
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only.
  useLayoutEffect(() => {
    const move = takeFocus();
    if (move) moves.focusAfter(move);
  }, []);
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
