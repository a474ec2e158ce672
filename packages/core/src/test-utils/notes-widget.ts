// A tiny widget definition used by core's own tests of the store and persistence machinery.
import * as v from 'valibot';
import { parseWith } from '../content/validate.js';
import type { WidgetDefinition } from '../store/create-widget-store.js';

export interface NotesDoc {
  readonly id: string;
  readonly meta: { readonly version: string };
}
export interface NotesInput {
  readonly notes: readonly string[];
  /** One answer both copies can change: a scalar, unlike the notes. */
  readonly title?: string | undefined;
}
const NotesInputSchema = v.object({
  notes: v.array(v.pipe(v.string(), v.maxLength(1000))),
  title: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

export interface NotesActions {
  add(note: string): void;
  setTitle(title: string): void;
  clear(): void;
}

export const notesWidget: WidgetDefinition<NotesDoc, NotesInput, NotesActions> = {
  widget: 'notes',
  emptyInput: () => ({ notes: [] }),
  parseInput: (raw) => parseWith({ kind: 'saved notes', schema: NotesInputSchema }, raw),
  actions: (commit) => ({
    add: (note) => commit((input) => ({ notes: [...input.notes, note] })),
    setTitle: (title) => commit((input) => ({ ...input, title })),
    clear: () => commit(() => ({ notes: [] })),
  }),
};

export const notesDoc: NotesDoc = { id: 'notes-1', meta: { version: '1.0.0' } };
