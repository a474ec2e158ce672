import { visitQuestionsEn } from '@sdmkit/content';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { useQuestionPosition, useUnansweredKeys } from './list-hooks.js';

const renders: string[] = [];

function Place({ itemKey }: { itemKey: string }) {
  const position = useQuestionPosition(itemKey);
  renders.push(itemKey);
  return <p data-testid={itemKey}>{position}</p>;
}

function Open() {
  const keys = useUnansweredKeys();
  renders.push('open');
  return <p data-testid="open">{keys.join(' ')}</p>;
}

const ids = ['ask3-options', 'ask3-benefits-harms', 'ask3-how-likely', 'dx-what-else'];

describe('list hooks', () => {
  it('follow one question’s place and the unanswered keys, re-rendering only when those change', () => {
    const keys = ids.map((id) => `q:${id}`);
    const { store } = renderInProvider(
      <>
        {[...keys, 'q:absent'].map((k) => (
          <Place key={k} itemKey={k} />
        ))}
        <Open />
      </>,
      { content: visitQuestionsEn, input: pickedInput(...ids) },
    );
    expect(keys.map((k) => screen.getByTestId(k).textContent)).toEqual(['0', '1', '2', '3']);
    expect(screen.getByTestId('q:absent')).toHaveTextContent('-1');
    expect(screen.getByTestId('open')).toHaveTextContent(keys.join(' '));

    renders.length = 0;
    act(() => store.getState().actions.setNote('q:dx-what-else', 'a note'));
    expect(renders).toEqual([]);

    act(() => store.getState().actions.moveUp('q:dx-what-else'));
    expect(renders.sort()).toEqual(['open', 'q:ask3-how-likely', 'q:dx-what-else']);
    expect(screen.getByTestId('q:dx-what-else')).toHaveTextContent('2');
    expect(screen.getByTestId('q:ask3-how-likely')).toHaveTextContent('3');

    renders.length = 0;
    act(() => store.getState().actions.mark('q:ask3-options', 'answered'));
    expect(renders).toEqual(['open']);
    expect(screen.getByTestId('open')).toHaveTextContent('q:ask3-benefits-harms q:dx-what-else q:ask3-how-likely');
  });
});
