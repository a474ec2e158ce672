import { useIsomorphicLayoutEffect } from '@sdmkit/hooks';
import { cloneElement, memo, type ReactElement, useMemo, useState } from 'react';
import { CHUNK_SIZE, type RowChunk, rechunk } from './chunks.js';

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
  readonly id: number;
  readonly keys: readonly string[];
  readonly renderRow: (key: string) => ReactElement;
  readonly className: string;
  /** The list's chunk elements by id, where the chunk puts its own (see `RowChunks`). */
  readonly els: Map<number, HTMLDivElement>;
}

/** A chunk and its rows: rendered again only when its keys, the renderer or the class change. */
const Chunk = memo(function Chunk({ id, keys, renderRow, className, els }: ChunkProps) {
  return (
    <div ref={(el) => void (el ? els.set(id, el) : els.delete(id))} className={className}>
      {keys.map((key) => {
        const row = renderRow(key);
        return row.key === null ? cloneElement(row, { key }) : row;
      })}
    </div>
  );
});

/**
 * A long list's rows in chunks, each in an element of its own (a `div`, so the list is `role="list"` markup with
 * `role="listitem"` rows: an `ol` cannot hold it). Style the chunks with `content-visibility: auto` and the chunks
 * out of view skip style, layout and paint, and the browser watches √n chunks instead of n rows for when they come
 * into view (issue 17; ADR 0011). A chunk renders only when its own rows change. Its `--sdm-chunk-rows` sizes it
 * before it is first laid out (`contain-intrinsic-block-size`); its `--sdm-chunk-start` restarts a CSS counter at
 * its first row's place (`content-visibility` scopes counters to the chunk).
 *
 * Rows keep their chunk while the list changes (see `rechunk`): rows that come or go before
 * a row, or move past it, leave it where it is, so a row the patient works in is not mounted anew. A row moved
 * across a chunk's edge may be: keep focus with `reorderKeys` (`moving`, `takeFocus`).
 */
export function RowChunks({ keys, renderRow, size = CHUNK_SIZE, chunkClassName }: RowChunksProps) {
  // The chunks of the last commit (the next keys are grouped from them) and their elements.
  const [committed] = useState(() => ({ chunks: [] as readonly RowChunk[], els: new Map<number, HTMLDivElement>() }));
  const chunks = useMemo(() => rechunk(committed.chunks, keys, size), [committed, keys, size]);
  // The chunks' places, written to their elements after each commit through the CSSOM (not a `style` attribute,
  // which a strict Content-Security-Policy blocks in server-rendered markup): a place that changes (a row moved
  // into an earlier chunk) is one property on the chunk's element, not a render of the chunk and its rows.
  useIsomorphicLayoutEffect(() => {
    committed.chunks = chunks;
    let start = 0;
    for (const { id, keys } of chunks) {
      const style = committed.els.get(id)?.style;
      style?.setProperty('--sdm-chunk-start', `${start}`);
      style?.setProperty('--sdm-chunk-rows', `${keys.length}`);
      start += keys.length;
    }
  }, [chunks]);
  return chunks.map((chunk) => (
    <Chunk
      key={chunk.id}
      id={chunk.id}
      keys={chunk.keys}
      renderRow={renderRow}
      className={chunkClassName}
      els={committed.els}
    />
  ));
}
