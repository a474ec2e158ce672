import { useIsomorphicLayoutEffect } from '@sdmkit/hooks';
import { cloneElement, memo, type ReactElement, useCallback, useMemo, useState } from 'react';
import { CHUNK_SIZE, HEAD_CHUNK_SIZE, type RowChunk, rechunk } from './chunks.js';

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
  /**
   * Rows in the first chunk, likewise (default 8, at most `size`): about a screen of rows, so that showing the top
   * of the list (where it opens, and where a move into the top 3 takes the view) lays out that much, not `size` rows.
   */
  readonly headSize?: number | undefined;
  /** Class of each chunk's element (a `div`), beside `sdm-RowChunks__chunk`; set `--sdm-chunk-row-size` there. */
  readonly chunkClassName: string;
}

/** The list's chunks and their elements, shared by `RowChunks`, `Places` and each `Chunk`. */
interface Committed {
  /** The chunks of the last commit: the next keys are grouped from them. */
  chunks: readonly RowChunk[];
  /** Each chunk's element, by id, put there by the chunk's ref. */
  readonly els: Map<number, HTMLDivElement>;
}

/**
 * Writes each chunk's place (its first row's index, its row count) on its element, through the CSSOM (see
 * `RowChunks`). Writing a value an element already has changes nothing, so the browser has nothing to redo.
 */
function writePlaces({ chunks, els }: Committed): void {
  let start = 0;
  for (const { id, keys } of chunks) {
    const style = els.get(id)?.style;
    style?.setProperty('--sdm-chunk-start', `${start}`);
    style?.setProperty('--sdm-chunk-rows', `${keys.length}`);
    start += keys.length;
  }
}

/**
 * Renders nothing, ahead of the chunks: its layout effect runs before theirs and their rows' (React commits siblings
 * in order, each subtree first), so the places are on the elements before a row's effect moves focus, which makes
 * the browser lay out at once (issue 17: written after the rows, a move to the top 3 was laid out twice).
 */
function Places({ chunks, committed }: { readonly chunks: readonly RowChunk[]; readonly committed: Committed }) {
  useIsomorphicLayoutEffect(() => {
    committed.chunks = chunks;
    writePlaces(committed);
  }, [chunks]);
  return null;
}

interface ChunkProps {
  readonly id: number;
  readonly keys: readonly string[];
  readonly renderRow: (key: string) => ReactElement;
  readonly className: string;
  readonly committed: Committed;
}

/** A chunk and its rows: rendered again only when its keys, the renderer or the class change. */
const Chunk = memo(function Chunk({ id, keys, renderRow, className, committed }: ChunkProps) {
  // Kept for the chunk's life: a new callback would take the element out of `els` in each render of the chunk,
  // until after its rows' layout effects.
  const ref = useCallback(
    (el: HTMLDivElement | null) => void (el ? committed.els.set(id, el) : committed.els.delete(id)),
    [committed, id],
  );
  return (
    <div ref={ref} className={`sdm-RowChunks__chunk ${className}`}>
      {keys.map((key) => {
        const row = renderRow(key);
        return row.key === null ? cloneElement(row, { key }) : row;
      })}
    </div>
  );
});

/**
 * A long list's rows in chunks, each in an element of its own (a `div`, so the list is `role="list"` markup with
 * `role="listitem"` rows: an `ol` cannot hold it). Each chunk has the class `sdm-RowChunks__chunk`, which ui's
 * stylesheet gives `content-visibility: auto`: chunks out of view skip style, layout and paint, and the browser
 * watches √n chunks instead of n rows for when they come into view (issue 17; ADR 0011). A chunk renders only when
 * its own rows change. Until first laid out it is sized as its rows (`--sdm-chunk-rows`) times
 * `--sdm-chunk-row-size`, the rows' usual height, which the list sets on `chunkClassName`; its `--sdm-chunk-start`
 * restarts a CSS counter at its first row's place (`content-visibility` scopes counters to the chunk). A chunk that
 * comes into view is laid out whole, so the first chunk, where the list opens and where a move into the top 3 takes
 * the view, holds about a screen of rows (`headSize`), the others `size`.
 *
 * Rows keep their chunk while the list changes (see `rechunk`): rows that come or go before
 * a row, or move past it, leave it where it is, so a row the patient works in is not mounted anew. A row moved
 * across a chunk's edge may be: keep focus with `reorderKeys` (`moving`, `takeFocus`).
 */
export function RowChunks({
  keys,
  renderRow,
  size = CHUNK_SIZE,
  headSize = HEAD_CHUNK_SIZE,
  chunkClassName,
}: RowChunksProps) {
  const [committed] = useState<Committed>(() => ({ chunks: [], els: new Map() }));
  const chunks = useMemo(() => rechunk(committed.chunks, keys, size, headSize), [committed, keys, size, headSize]);
  // The chunks' places are written to their elements in each commit through the CSSOM (not a `style` attribute,
  // which a strict Content-Security-Policy blocks in server-rendered markup): a place that changes (a row moved
  // into an earlier chunk) is one property on the chunk's element, not a render of the chunk and its rows. First by
  // `Places`, ahead of the rows' effects; then here, once every chunk is in `els` (a chunk made in this commit
  // attaches its element after `Places` has run).
  useIsomorphicLayoutEffect(() => writePlaces(committed), [chunks]);
  return [
    <Places key="places" chunks={chunks} committed={committed} />,
    ...chunks.map((chunk) => (
      <Chunk
        key={chunk.id}
        id={chunk.id}
        keys={chunk.keys}
        renderRow={renderRow}
        className={chunkClassName}
        committed={committed}
      />
    )),
  ];
}
