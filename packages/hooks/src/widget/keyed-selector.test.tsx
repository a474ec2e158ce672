import { createWidgetStore, type WidgetState } from '@sdmkit/core';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countListeners } from '../test-utils/count-listeners.js';
import { type NotesInput, notes, notesDefinition, notesDoc } from '../test-utils/notes.js';

type NotesState = WidgetState<NotesInput, unknown>;
type NotesStore = ReturnType<typeof makeStore>;

// Keyed selectors, declared at module level as the doc comment asks. The key is a note's index.
const selectNote = (s: NotesState, key: string) => s.input.notes[Number(key)] ?? 'none';
const selectShout = (s: NotesState, key: string) => (s.input.notes[Number(key)] ?? 'none').toUpperCase();

function makeStore(list: readonly string[]) {
  return createWidgetStore(notesDefinition, notesDoc, { initialInput: { notes: list } });
}

function Note({
  noteKey,
  renders,
  id = noteKey,
  select = selectNote,
}: {
  noteKey: string;
  renders: string[];
  id?: string;
  select?: (s: NotesState, key: string) => string;
}) {
  const text = notes.useWidgetKeyedSelector(noteKey, select);
  renders.push(id);
  return <p data-testid={id}>{text}</p>;
}

function Rows({ store, keys, renders }: { store: NotesStore; keys: readonly string[]; renders: string[] }) {
  return (
    <notes.Provider content={notesDoc} store={store}>
      {keys.map((k) => (
        <Note key={k} noteKey={k} renders={renders} />
      ))}
    </notes.Provider>
  );
}

const set = (store: NotesStore, list: readonly string[]) => act(() => store.replaceInput({ notes: list }));

describe('useWidgetKeyedSelector', () => {
  it('reads each key and re-renders only the component whose key changed', () => {
    const store = makeStore(['a', 'b', 'c']);
    const renders: string[] = [];
    render(<Rows store={store} keys={['0', '1', '2', '3']} renders={renders} />);
    expect(['0', '1', '2', '3'].map((k) => screen.getByTestId(k).textContent)).toEqual(['a', 'b', 'c', 'none']);

    renders.length = 0;
    set(store, ['a', 'B', 'c']);
    expect(screen.getByTestId('1')).toHaveTextContent('B');
    expect(renders).toEqual(['1']);

    // A new input whose watched slices are all the same (Object.is) wakes nobody.
    renders.length = 0;
    set(store, ['a', 'B', 'c']);
    expect(renders).toEqual([]);
  });

  it('on a change, only compares the other keys: it does not wake their components to read again', () => {
    const reads: string[] = [];
    const selectCounted = (s: NotesState, key: string) => {
      reads.push(key);
      return selectNote(s, key);
    };
    const store = makeStore(['a', 'b', 'c']);
    render(
      <notes.Provider content={notesDoc} store={store}>
        {['0', '1', '2'].map((k) => (
          <Note key={k} noteKey={k} renders={[]} select={selectCounted} />
        ))}
      </notes.Provider>,
    );
    reads.length = 0;
    set(store, ['a', 'B', 'c']);
    // Each unchanged key is read once (against the value it last had) and no more; the changed key is also read by
    // its component.
    expect(reads.filter((k) => k === '0')).toHaveLength(1);
    expect(reads.filter((k) => k === '2')).toHaveLength(1);
    expect(reads.filter((k) => k === '1').length).toBeGreaterThan(1);
    // A second change compares with the value the first one left, not with the state before it.
    reads.length = 0;
    set(store, ['a', 'B', 'C']);
    expect(reads.filter((k) => k === '0')).toHaveLength(1);
    expect(reads.filter((k) => k === '1')).toHaveLength(1);
    expect(reads.filter((k) => k === '2').length).toBeGreaterThan(1);
  });

  it('wakes every component that watches the same key, and a key whose value appears later', () => {
    const store = makeStore(['a']);
    const renders: string[] = [];
    render(
      <notes.Provider content={notesDoc} store={store}>
        <Note noteKey="0" id="first" renders={renders} />
        <Note noteKey="0" id="second" renders={renders} />
        <Note noteKey="2" id="later" renders={renders} />
      </notes.Provider>,
    );
    expect(screen.getByTestId('later')).toHaveTextContent('none');

    renders.length = 0;
    set(store, ['both']);
    expect(screen.getByTestId('first')).toHaveTextContent('both');
    expect(screen.getByTestId('second')).toHaveTextContent('both');
    expect(renders.sort()).toEqual(['first', 'second']);

    renders.length = 0;
    act(() => store.getState().actions.add('x'));
    expect(renders).toEqual([]);
    act(() => store.getState().actions.add('arrived'));
    expect(screen.getByTestId('later')).toHaveTextContent('arrived');
    expect(renders).toEqual(['later']);
  });

  it('stays correct when the select function changes between renders', () => {
    const store = makeStore(['quiet', 'other']);
    const live = countListeners(store);
    const renders: string[] = [];
    const view = render(
      <notes.Provider content={notesDoc} store={store}>
        <Note noteKey="0" renders={renders} select={selectNote} />
      </notes.Provider>,
    );
    expect(screen.getByTestId('0')).toHaveTextContent('quiet');
    const withOne = live();
    view.rerender(
      <notes.Provider content={notesDoc} store={store}>
        <Note noteKey="0" renders={renders} select={selectShout} />
      </notes.Provider>,
    );
    expect(screen.getByTestId('0')).toHaveTextContent('QUIET');
    // The first function's listener went with its last user.
    expect(live()).toBe(withOne);

    set(store, ['louder', 'other']);
    expect(screen.getByTestId('0')).toHaveTextContent('LOUDER');
    renders.length = 0;
    set(store, ['louder', 'changed']);
    expect(renders).toEqual([]);
  });

  it('listens to the store once for many keys, and not at all when the last component goes', () => {
    const store = makeStore(['a', 'b', 'c']);
    const live = countListeners(store);
    const view = render(<Rows store={store} keys={[]} renders={[]} />);
    const providerOnly = live();
    const many = Array.from({ length: 50 }, (_, i) => String(i));
    view.rerender(<Rows store={store} keys={many} renders={[]} />);
    expect(live()).toBe(providerOnly + 1);
    set(store, ['a', 'b', 'c', 'still heard']);
    expect(screen.getByTestId('3')).toHaveTextContent('still heard');
    view.rerender(<Rows store={store} keys={[]} renders={[]} />);
    expect(live()).toBe(providerOnly);
    view.rerender(<Rows store={store} keys={['1']} renders={[]} />);
    expect(live()).toBe(providerOnly + 1);
    view.unmount();
    expect(live()).toBe(0);
  });

  it('keeps two providers apart: each store has its own listener and wakes only its own components', () => {
    const one = makeStore(['one']);
    const two = makeStore(['two']);
    const liveOne = countListeners(one);
    const liveTwo = countListeners(two);
    const rendersOne: string[] = [];
    const rendersTwo: string[] = [];
    render(
      <>
        <notes.Provider content={notesDoc} store={one}>
          <Note noteKey="0" id="one" renders={rendersOne} />
        </notes.Provider>
        <notes.Provider content={notesDoc} store={two}>
          <Note noteKey="0" id="two" renders={rendersTwo} />
        </notes.Provider>
      </>,
    );
    expect(liveOne()).toBe(liveTwo());
    rendersOne.length = 0;
    rendersTwo.length = 0;
    set(one, ['changed']);
    expect(screen.getByTestId('one')).toHaveTextContent('changed');
    expect(screen.getByTestId('two')).toHaveTextContent('two');
    expect(rendersOne).toEqual(['one']);
    expect(rendersTwo).toEqual([]);
  });
});
