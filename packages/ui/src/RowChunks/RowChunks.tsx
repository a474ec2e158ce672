import { useIsomorphicLayoutEffect } from '@sdmkit/hooks';
import { cloneElement, memo, type ReactElement, useMemo, useState } from 'react';
import { KEYED_CHUNK_SIZE } from '../KeyedChunks/KeyedChunks.js';
import { type RowChunk, rechunk } from './chunks.js';

/** Props of `RowChunks`. */
export interface RowChunksProps {
  /** The rows' keys, in order. */
  readonly keys: readonly string[];
  /**
   * Renders one row, an element (keyed by its key unless it has a React key of its own). Keep it stable
   * (`useCallback`): the chunks are memoised on it, so a new function renders every row again.
   */
  readonly renderRow: (key: string) => ReactElement;
  /** Rows per chunk when the list is first laid out in chunks, and half the most one holds (default 32). */
  readonly size?: number | undefined;
  /** Class of each chunk's element (a `div`). */
  readonly chunkClassName: string;
}

interface ChunkProps {
  readonly keys: readonly string[];
  readonly renderRow: (key: string) => ReactElement;
  readonly className: string;
}

/** A chunk and its rows: rendered again only when its keys, the renderer or the class change. */
const Chunk = memo(function Chunk({ keys, renderRow, className }: ChunkProps) {
  return (
    <div className={className}>
      {keys.map((key) => {
        const row = renderRow(key);
        return row.key === null ? cloneElement(row, { key }) : row;
      })}
    </div>
  );
});

/**
 * A long list's rows in chunks, each in an element of its own (a `div`, so the list is `role="list"` markup with
 * `role="listitem"` rows: an `ol` cannot hold it). Style the chunks with `contain: layout` and a change to one
 * row lays out its chunk, and the list lays out √n chunks instead of n rows (issue 17). A chunk
 * renders only when its own rows change. (`content-visibility: auto` on the chunks costs less still, but Chromium
 * then leaves the rows of a chunk out of view out of its accessibility tree: skip rows, not chunks.)
 *
 * Unlike `KeyedChunks`, rows keep their chunk while the list changes (see `rechunk`): rows that come or go before
 * a row, or move past it, leave it where it is, so a row the patient works in is not mounted anew. A row moved
 * across a chunk's edge may be: keep focus with `reorderKeys` (`moving`, `takeFocus`).
 */
export function RowChunks({ keys, renderRow, size = KEYED_CHUNK_SIZE, chunkClassName }: RowChunksProps) {
  // The chunks of the last commit: the next keys are grouped from them.
  const [committed] = useState<{ chunks: readonly RowChunk[] }>(() => ({ chunks: [] }));
  const chunks = useMemo(() => rechunk(committed.chunks, keys, size), [committed, keys, size]);
  useIsomorphicLayoutEffect(() => {
    committed.chunks = chunks;
  });
  return chunks.map((chunk) => (
    <Chunk key={chunk.id} keys={chunk.keys} renderRow={renderRow} className={chunkClassName} />
  ));
}
