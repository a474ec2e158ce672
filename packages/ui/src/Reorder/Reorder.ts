import { type MouseEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** A move a row of a list the patient orders can make: one place up, one place down, or into the list's top group. */
export type ReorderMove = 'up' | 'down' | 'top';

/**
 * Where a row stands, as far as its move buttons care. Made by `reorderPlace` or `findReorderPlace`, which give the
 * same object for the same place, so that it can be what a store selector returns (no re-render when it holds).
 */
export interface ReorderPlace {
  /** The first row: Move up is unavailable. */
  readonly first: boolean;
  /** The last row: Move down is unavailable. */
  readonly last: boolean;
  /** Whether the row is in the list's top group ("top 3"); `undefined` when the list has none. */
  readonly inTop: boolean | undefined;
  /**
   * The last row of the top group, with rows after it: where a gap or rule after the top group goes, set on the row
   * itself (a sibling selector such as `[data-top] + :not([data-top])` makes the browser style every row again on a
   * move). `false` when the list has no top group.
   */
  readonly topEnd: boolean;
}

/** The places there are, made once each (immutable values, not shared state), by first, last, inTop and topEnd. */
const places: ReorderPlace[] = [];

function place(first: boolean, last: boolean, inTop: boolean | undefined, topEnd: boolean): ReorderPlace {
  const id = (first ? 1 : 0) + (last ? 2 : 0) + (inTop === undefined ? 0 : inTop ? 4 : 8) + (topEnd ? 12 : 0);
  let known = places[id];
  if (!known) {
    known = Object.freeze({ first, last, inTop, topEnd });
    places[id] = known;
  }
  return known;
}

/** The place of the row at `index` in a list of `count` rows whose first `topCount` rows (if given) are its top group. */
export function reorderPlace(index: number, count: number, topCount?: number): ReorderPlace {
  if (topCount === undefined) return place(index <= 0, index >= count - 1, undefined, false);
  return place(index <= 0, index >= count - 1, index < topCount, index === topCount - 1 && count > topCount);
}

/**
 * The place of the row that `isRow` picks in `rows`, looking at the ends only (the first `topCount` rows and the
 * last one): as cheap in a list of 500 as in a list of 5, so each row of a long list can select its own place.
 */
export function findReorderPlace<T>(rows: readonly T[], isRow: (row: T) => boolean, topCount?: number): ReorderPlace {
  const count = rows.length;
  let inTop: boolean | undefined;
  let topEnd = false;
  if (topCount !== undefined) {
    inTop = false;
    for (let i = 0; i < topCount && i < count && !inTop; i++) {
      inTop = isRow(rows[i] as T);
      topEnd = inTop && i === topCount - 1 && count > topCount;
    }
  }
  return place(count > 0 && isRow(rows[0] as T), count > 0 && isRow(rows[count - 1] as T), inTop, topEnd);
}

/** Options of `useReorderControls`: the row's place, how to move it and how to announce the move. */
export interface ReorderControlsProps {
  /** Where the row stands (see `reorderPlace`). */
  readonly place: ReorderPlace;
  /**
   * Moves the row. Called for an available move only, and it must change the list at once (React state or a
   * store), so that the row is at its new place when focus is put back.
   */
  readonly onMove: (move: ReorderMove) => void;
  /** Says where the row went, e.g. `useAnnouncer`'s `announce`; in the same render as the move. */
  readonly announce: (message: string) => void;
  /** The words for `announce`, asked for after `onMove`, so they can say the new place. */
  readonly movedMessage: (move: ReorderMove) => string;
}

/** Spread on a move button (a `<button>` or `Button`), after the caller's own props. */
export interface ReorderButtonProps {
  /** Lets the hook put focus back on the button after a move. */
  readonly ref: (element: HTMLButtonElement | null) => void;
  /** `true` at the end the button would move past: the button stays focusable and pressing it does nothing. */
  readonly 'aria-disabled': true | undefined;
  /** Moves the row and announces where it went; does nothing while `aria-disabled`. */
  readonly onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** What `useReorderControls` returns: the props of a row's Move up, Move down and Move to top buttons. */
export interface ReorderControls {
  readonly up: ReorderButtonProps;
  readonly down: ReorderButtonProps;
  /** Move to top: `null` (leave the button out) when the list has no top group or the row is in it. */
  readonly top: ReorderButtonProps | null;
  /**
   * Puts focus where `move` leaves it (that button, or Move up when it went away). For a row that mounts anew
   * after its move, because the list keyed it anew: call it from the new row's layout effect.
   */
  readonly focusAfter: (move: ReorderMove) => void;
}

type Buttons = Partial<Record<ReorderMove, HTMLButtonElement | null>>;

/** Focus on the button for `move`, or on Move up when that button went away (Move to top, once in the top group). */
function focusAfterMove(buttons: Buttons, move: ReorderMove): void {
  // Focusing the element that has focus does nothing (no blur, no focus event).
  (buttons[move] ?? buttons.up ?? buttons.down)?.focus();
}

/**
 * A row's move buttons, in the manner of React Aria: from the row's place (`reorderPlace`) to the props of Move up,
 * Move down and Move to top. The caller renders the buttons and their words; this gives them:
 *
 * - `aria-disabled` at the ends: the button stays focusable (focus never drops to the page) and does nothing;
 * - an `onClick` that moves the row and announces where it went, in one render;
 * - focus kept on the button the patient pressed once the row is at its new place, whether the row's element was
 *   moved (which takes focus away; React gives it back in a page, but not inside a shadow root) or re-rendered;
 *   rows must keep their component across a move (key them by their own id). When Move to top goes away with the
 *   move, focus goes to Move up.
 */
export function useReorderControls({ place, onMove, announce, movedMessage }: ReorderControlsProps): ReorderControls {
  const buttons = useRef<Buttons>({});
  // One ref callback per button for the row's life, so React does not detach and attach them on every render.
  const [refs] = useState(() => {
    const ref = (move: ReorderMove) => (element: HTMLButtonElement | null) => {
      buttons.current[move] = element;
    };
    return { up: ref('up'), down: ref('down'), top: ref('top') };
  });

  const button = (move: ReorderMove, available: boolean): ReorderButtonProps => ({
    ref: refs[move],
    'aria-disabled': available ? undefined : true,
    onClick: () => {
      if (!available) return;
      // The row is at its new place, and its place announced, when this returns: one render, one commit.
      flushSync(() => {
        onMove(move);
        announce(movedMessage(move));
      });
      focusAfterMove(buttons.current, move);
    },
  });

  return {
    up: button('up', !place.first),
    down: button('down', !place.last),
    top: place.inTop === false ? button('top', true) : null,
    focusAfter: (move) => focusAfterMove(buttons.current, move),
  };
}
/**
 * React keys for the rows of a list the patient orders, where a row moved into the top group is keyed anew: React's
 * list diff moves every row after a row that jumps from the end to the front (997 DOM moves for the last of 1,000),
 * while a new key makes it insert the one row where it goes. The moved row mounts again; call `moving` before the
 * move, and in the new row `takeFocus` on mount, then `focusAfter` of `useReorderControls` with the move it gives.
 * A row moved up or down can mount again too, when it crosses a chunk's edge (`RowChunks`): call `moving` before
 * every move. Make one per list (e.g. `useState(reorderKeys)`): it holds that list's moves.
 */
export function reorderKeys() {
  const moves = new Map<string, number>();
  let focus: { readonly id: string; readonly move: ReorderMove } | null = null;
  return {
    /** The React key of the row with this id. */
    key: (id: string) => (moves.has(id) ? `${id}\u0000${moves.get(id)}` : id),
    /**
     * Before the row moves (`top` by default): into the top group, the next render keys it anew. If the row mounts
     * anew with the move, its mount takes focus (`takeFocus`); the chance ends with the task the move is made in.
     */
    moving(id: string, move: ReorderMove = 'top') {
      if (move === 'top') moves.set(id, (moves.get(id) ?? 0) + 1);
      const mark = { id, move };
      focus = mark;
      queueMicrotask(() => {
        if (focus === mark) focus = null;
      });
    },
    /** On mount: the move this row was mounted anew by, or `null` (a move once). */
    takeFocus(id: string): ReorderMove | null {
      if (focus?.id !== id) return null;
      const { move } = focus;
      focus = null;
      return move;
    },
  };
}

/** What `reorderKeys` makes: one list's row keys and the moved row's focus. */
export type ReorderKeys = ReturnType<typeof reorderKeys>;
