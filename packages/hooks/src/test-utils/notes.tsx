// A tiny widget family used by the hooks' own tests.
import { parseWith, type WidgetDefinition } from '@sdmkit/core';
import * as v from 'valibot';
import { createWidgetHooks } from '../widget/create-widget-hooks.js';

export interface NotesDoc {
  readonly id: string;
  readonly meta: { readonly version: string };
}
export interface NotesInput {
  readonly notes: readonly string[];
}
interface NotesActions {
  add(note: string): void;
}

export const notesDefinition: WidgetDefinition<NotesDoc, NotesInput, NotesActions> = {
  widget: 'notes',
  emptyInput: () => ({ notes: [] }),
  parseInput: (raw) => parseWith({ kind: 'saved notes', schema: v.object({ notes: v.array(v.string()) }) }, raw),
  actions: (commit) => ({ add: (note) => commit((i) => ({ notes: [...i.notes, note] })) }),
};

export const notes = createWidgetHooks(notesDefinition, 'Notes');
export const notesDoc: NotesDoc = { id: 'notes-1', meta: { version: '1.0.0' } };

export function NotesView({ label }: { label: string }) {
  const list = notes.useWidgetSelector((s) => s.input.notes);
  const { add } = notes.useWidgetActions();
  return (
    <section aria-label={label}>
      <button type="button" onClick={() => add(`note ${list.length + 1}`)}>
        add to {label}
      </button>
      <ul>
        {list.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
