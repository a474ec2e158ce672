import { createQuestionListStore, type PromptList, type QuestionListInput } from '@sdmkit/core';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionListProvider, useQuestionListItem, useQuestionListPosition } from './index.js';

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

const picked = (...ids: string[]): QuestionListInput => ({
  items: ids.map((id) => ({
    key: `q:${id}`,
    source: 'library',
    questionId: id,
    status: 'open',
    note: '',
    followUp: false,
  })),
  dismissed: [],
  seq: 0,
});

function Probe({ itemKey, renders }: { itemKey: string; renders: string[] }) {
  const item = useQuestionListItem(itemKey);
  const position = useQuestionListPosition(itemKey);
  renders.push(itemKey);
  return (
    <p data-testid={itemKey}>
      {position}:{item?.note ?? 'none'}
    </p>
  );
}

function renderProbes(input: QuestionListInput, keys: string[]) {
  const store = createQuestionListStore(list, { initialInput: input });
  const renders: string[] = [];
  render(
    <QuestionListProvider content={list} store={store}>
      {keys.map((k) => (
        <Probe key={k} itemKey={k} renders={renders} />
      ))}
    </QuestionListProvider>,
  );
  return { store, renders };
}

describe('question list hooks', () => {
  it('reads one item and its place, and re-renders only the probes whose item or place changed', () => {
    const { store, renders } = renderProbes(picked('a', 'b', 'c', 'd'), ['q:a', 'q:b', 'q:c', 'q:d', 'q:x']);
    expect(screen.getByTestId('q:c')).toHaveTextContent('2:');
    expect(screen.getByTestId('q:x')).toHaveTextContent('-1:none');
    renders.length = 0;
    act(() => store.getState().actions.setNote('q:b', 'hello'));
    expect(screen.getByTestId('q:b')).toHaveTextContent('1:hello');
    expect(renders).toEqual(['q:b']);
    renders.length = 0;
    act(() => store.getState().actions.moveUp('q:d'));
    expect(store.getState().input.items.map((i) => i.key)).toEqual(['q:a', 'q:b', 'q:d', 'q:c']);
    expect(renders.sort()).toEqual(['q:c', 'q:d']);
    expect(screen.getByTestId('q:d')).toHaveTextContent('2:');
    expect(screen.getByTestId('q:c')).toHaveTextContent('3:');
  });

  it('keeps two stores apart (the lookup is per items array, not shared)', () => {
    const one = renderProbes(picked('a', 'b'), ['q:a']);
    const two = createQuestionListStore(list, { initialInput: picked('b', 'a') });
    render(
      <QuestionListProvider content={list} store={two}>
        <p data-testid="two">
          <Two />
        </p>
      </QuestionListProvider>,
    );
    expect(screen.getByTestId('q:a')).toHaveTextContent('0:');
    expect(screen.getByTestId('two')).toHaveTextContent('1:');
    act(() => one.store.getState().actions.setNote('q:a', 'only one'));
    expect(screen.getByTestId('q:a')).toHaveTextContent('0:only one');
    expect(screen.getByTestId('two')).toHaveTextContent('1:');
  });
});

function Two() {
  const item = useQuestionListItem('q:a');
  return (
    <>
      {useQuestionListPosition('q:a')}:{item?.note}
    </>
  );
}
