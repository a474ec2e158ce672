import { pickedQuestionListInput as picked } from '@sdmkit/content';
import { createQuestionListStore, type PromptList, parsePromptList, type QuestionListInput } from '@sdmkit/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { countListeners } from '../test-utils/count-listeners.js';
import {
  QuestionListProvider,
  useIsQuestionPicked,
  useQuestionListActions,
  useQuestionListItem,
  useQuestionPosition,
} from './question-list-hooks.js';

const list: PromptList = {
  schemaVersion: 1,
  id: 'hooks-list',
  locale: 'en',
  meta: {
    title: 'Hooks list',
    version: '1.0.0',
    authors: [{ name: 'Tests' }],
    published: '2026-01-01',
    nextReview: '2027-01-01',
    funding: 'None.',
    conflictsOfInterest: 'None.',
    sources: [],
    demonstration: true,
  },
  title: 'Questions',
  categories: [{ id: 'c', label: 'C' }],
  questions: ['a', 'b', 'c', 'd'].map((id) => ({ id, categoryId: 'c', text: `Question ${id}?` })),
};

function Probe({ itemKey, renders, id }: { itemKey: string; renders: string[]; id: string }) {
  const item = useQuestionListItem(itemKey);
  renders.push(itemKey);
  return <p data-testid={id}>{item ? `${item.questionId}:${item.note}` : 'none'}</p>;
}

function renderProbes(input: QuestionListInput, keys: string[], prefix = '') {
  const store = createQuestionListStore(list, { initialInput: input });
  const renders: string[] = [];
  render(
    <QuestionListProvider content={list} store={store}>
      {keys.map((k) => (
        <Probe key={k} itemKey={k} renders={renders} id={`${prefix}${k}`} />
      ))}
    </QuestionListProvider>,
  );
  return { store, renders };
}

describe('useQuestionListItem', () => {
  it('reads one item and re-renders only the probe whose item changed', () => {
    const { store, renders } = renderProbes(picked('a', 'b', 'c', 'd'), ['q:a', 'q:b', 'q:c', 'q:d', 'q:x']);
    expect(screen.getByTestId('q:c')).toHaveTextContent('c:');
    expect(screen.getByTestId('q:x')).toHaveTextContent('none');
    renders.length = 0;
    act(() => store.getState().actions.setNote('q:b', 'hello'));
    expect(screen.getByTestId('q:b')).toHaveTextContent('b:hello');
    expect(renders).toEqual(['q:b']);
    // A move makes a new array but the same items: nobody re-renders.
    renders.length = 0;
    act(() => store.getState().actions.moveUp('q:d'));
    expect(store.getState().input.items.map((i) => i.key)).toEqual(['q:a', 'q:b', 'q:d', 'q:c']);
    expect(renders).toEqual([]);
    act(() => store.getState().actions.remove('q:d'));
    expect(screen.getByTestId('q:d')).toHaveTextContent('none');
  });

  it('keeps two stores apart (the lookup is per items array, not shared)', () => {
    const one = renderProbes(picked('a', 'b'), ['q:a'], 'one-');
    const two = renderProbes(picked('b', 'a'), ['q:a'], 'two-');
    act(() => one.store.getState().actions.setNote('q:a', 'only one'));
    expect(screen.getByTestId('one-q:a')).toHaveTextContent('a:only one');
    expect(screen.getByTestId('two-q:a')).toHaveTextContent('a:');
    expect(two.renders).toEqual(['q:a']);
  });

  it('wakes a row whose question arrives later, and every row that shows the same question', () => {
    const { store, renders } = renderProbes(picked('a'), ['q:c', 'q:a'], 'late-');
    expect(screen.getByTestId('late-q:c')).toHaveTextContent('none');
    renders.length = 0;
    act(() => store.getState().actions.pick('c'));
    expect(screen.getByTestId('late-q:c')).toHaveTextContent('c:');
    expect(renders).toEqual(['q:c']);
    cleanup();
    const twice = renderProbes(picked('a'), ['q:a'], 'x-');
    render(
      <QuestionListProvider content={list} store={twice.store}>
        <Probe itemKey="q:a" renders={twice.renders} id="y-q:a" />
      </QuestionListProvider>,
    );
    act(() => twice.store.getState().actions.setNote('q:a', 'both'));
    expect(screen.getByTestId('x-q:a')).toHaveTextContent('a:both');
    expect(screen.getByTestId('y-q:a')).toHaveTextContent('a:both');
  });

  it('listens to the store once for all rows, and stops when the last row goes', () => {
    const store = createQuestionListStore(list, { initialInput: picked('a', 'b', 'c', 'd') });
    const listening = countListeners(store);
    const rows = (keys: string[]) => (
      <QuestionListProvider content={list} store={store}>
        {keys.map((k) => (
          <Probe key={k} itemKey={k} renders={[]} id={k} />
        ))}
      </QuestionListProvider>
    );
    const view = render(rows(['q:a']));
    const withOne = listening();
    view.rerender(rows(['q:a', 'q:b', 'q:c', 'q:d']));
    expect(listening()).toBe(withOne);
    act(() => store.getState().actions.setNote('q:d', 'still heard'));
    expect(screen.getByTestId('q:d')).toHaveTextContent('d:still heard');
    view.rerender(rows([]));
    expect(listening()).toBe(withOne - 1);
    view.unmount();
    expect(listening()).toBe(0);
  });
});

function Place({ itemKey, renders }: { itemKey: string; renders: string[] }) {
  const position = useQuestionPosition(itemKey);
  renders.push(itemKey);
  return <p data-testid={`place-${itemKey}`}>{position}</p>;
}

function renderPlaces(input: QuestionListInput, keys: string[]) {
  const store = createQuestionListStore(list, { initialInput: input });
  const listening = countListeners(store);
  const renders: string[] = [];
  const places = (shown: string[]) => (
    <QuestionListProvider content={list} store={store}>
      {shown.map((k) => (
        <Place key={k} itemKey={k} renders={renders} />
      ))}
    </QuestionListProvider>
  );
  const view = render(places(keys));
  return { store, renders, view, places, listening };
}

describe('useQuestionPosition', () => {
  it('follows one question’s place and re-renders only the rows whose place changed', () => {
    const keys = ['q:a', 'q:b', 'q:c', 'q:d'];
    const { store, renders } = renderPlaces(picked('a', 'b', 'c', 'd'), [...keys, 'q:absent']);
    expect(keys.map((k) => screen.getByTestId(`place-${k}`).textContent)).toEqual(['0', '1', '2', '3']);
    expect(screen.getByTestId('place-q:absent')).toHaveTextContent('-1');

    // A note (each keystroke) leaves every place as it was: no row re-renders.
    renders.length = 0;
    act(() => store.getState().actions.setNote('q:d', 'a note'));
    expect(renders).toEqual([]);

    act(() => store.getState().actions.moveUp('q:d'));
    expect(renders.sort()).toEqual(['q:c', 'q:d']);
    expect(screen.getByTestId('place-q:d')).toHaveTextContent('2');
    expect(screen.getByTestId('place-q:c')).toHaveTextContent('3');

    renders.length = 0;
    act(() => store.getState().actions.remove('q:c'));
    expect(renders).toEqual(['q:c']);
    expect(screen.getByTestId('place-q:c')).toHaveTextContent('-1');
    renders.length = 0;
    act(() => store.getState().actions.remove('q:a'));
    expect(renders.sort()).toEqual(['q:a', 'q:b', 'q:d']);
    expect(screen.getByTestId('place-q:b')).toHaveTextContent('0');
    expect(screen.getByTestId('place-q:d')).toHaveTextContent('1');
  });

  it('listens to the store once for all rows, shared with nothing else, and stops when the last row goes', () => {
    const { store, view, places, listening } = renderPlaces(picked('a', 'b', 'c', 'd'), []);
    const providerOnly = listening();
    view.rerender(places(['q:a', 'q:b', 'q:c', 'q:d']));
    expect(listening()).toBe(providerOnly + 1);
    act(() => store.getState().actions.moveUp('q:d'));
    expect(screen.getByTestId('place-q:d')).toHaveTextContent('2');
    view.rerender(places([]));
    expect(listening()).toBe(providerOnly);
    view.unmount();
    expect(listening()).toBe(0);
  });
});

function Tick({ id }: { id: string }) {
  const picked = useIsQuestionPicked(id);
  const { pick, unpick } = useQuestionListActions();
  return (
    <label>
      <input type="checkbox" checked={picked} onChange={() => (picked ? unpick(id) : pick(id))} />
      {`Question ${id}?`}
    </label>
  );
}

// The natural first try: parse the JSON in render. Each render passes a new but equal PromptList.
function HeadlessList({ json }: { json: string }) {
  const parsed = parsePromptList(JSON.parse(json));
  if (!parsed.ok) return <p>invalid</p>;
  return (
    <QuestionListProvider content={parsed.value}>
      {parsed.value.questions.map((q) => (
        <Tick key={q.id} id={q.id} />
      ))}
    </QuestionListProvider>
  );
}

describe('QuestionListProvider with content parsed during render', () => {
  it('keeps every tick: 5 questions ticked, all 5 kept across re-renders', async () => {
    const five: PromptList = {
      ...list,
      questions: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, categoryId: 'c', text: `Question ${id}?` })),
    };
    const json = JSON.stringify(five);
    const user = userEvent.setup();
    const view = render(<HeadlessList json={json} />);
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      await user.click(screen.getByRole('checkbox', { name: `Question ${id}?` }));
      view.rerender(<HeadlessList json={json} />);
    }
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeChecked();
    // Changed content is new content: the patient's ticks belong to the old list.
    view.rerender(<HeadlessList json={JSON.stringify({ ...five, id: 'another-list' })} />);
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
  });
});
