import { cloneElement, Fragment, isValidElement, memo, type ReactNode } from 'react';

import { KEYED_CHUNK_SIZE } from '../RowChunks/chunks.js';

export { KEYED_CHUNK_SIZE };

/** Props of `KeyedChunks`. */
export interface KeyedChunksProps {
  /** The rows' keys, in order. */
  readonly keys: readonly string[];
  /**
   * Renders one row. Keep it stable (`useCallback`): the chunks are memoised on it, so a new function renders every
   * row again.
   */
  readonly renderRow: (key: string, index: number) => ReactNode;
  /** Rows per chunk (default `KEYED_CHUNK_SIZE`). */
  readonly size?: number | undefined;
}

interface ChunkProps {
  readonly keys: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly renderRow: (key: string, index: number) => ReactNode;
}

/** Same rows in the same places: the keys from `start` to `end` are the same, and so is the renderer. */
function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  if (a.start !== b.start || a.end !== b.end || a.renderRow !== b.renderRow) return false;
  if (a.keys === b.keys) return true;
  for (let i = a.start; i < a.end; i += 1) if (a.keys[i] !== b.keys[i]) return false;
  return true;
}

// Pure: a bundle that does not use KeyedChunks drops it (a call at the top of a module is kept otherwise).
const Chunk = /* @__PURE__ */ memo(function Chunk({ keys, start, end, renderRow }: ChunkProps) {
  const rows: ReactNode[] = [];
  for (let i = start; i < end; i += 1) {
    const key = keys[i] as string;
    const row = renderRow(key, i);
    // Keyed by the row's key without a wrapper of its own (a Fragment per row adds a fiber per row to a mount).
    rows.push(
      isValidElement(row) ? row.key === key ? row : cloneElement(row, { key }) : <Fragment key={key}>{row}</Fragment>,
    );
  }
  return rows;
}, sameChunk);

/**
 * A long list's rows rendered in memoised chunks, with no element of their own (the rows sit directly in the
 * list's `ol` or `ul`). When one row renders (a keystroke in its field, a status it shows), React passes over the
 * chunks and the rows of its own chunk, not every row of the list: about 2·√n fibers instead of n (issue 17).
 * When the keys change, only the chunks whose keys changed render. A row that moves into another chunk (rows
 * added or removed before it) is mounted anew, so use it where rows do not move while a patient works in them.
 */
export function KeyedChunks({ keys, renderRow, size = KEYED_CHUNK_SIZE }: KeyedChunksProps) {
  const step = Math.max(1, Math.floor(size));
  const chunks: ReactNode[] = [];
  for (let start = 0; start < keys.length; start += step) {
    const end = Math.min(keys.length, start + step);
    chunks.push(<Chunk key={start} keys={keys} start={start} end={end} renderRow={renderRow} />);
  }
  return chunks;
}
