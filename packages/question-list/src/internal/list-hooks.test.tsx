import { visitQuestionsEn } from '@sdmkit/content';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { useUnansweredKeys } from './list-hooks.js';

const renders: string[] = [];

function Open() {
  const keys = useUnansweredKeys();
  renders.push('open');
  return <p data-testid="open">{keys.join(' ')}</p>;
}

const ids = ['ask3-options', 'ask3-benefits-harms', 'ask3-how-likely', 'dx-what-else'];

describe('useUnansweredKeys', () => {
  it('follows the unanswered keys, re-rendering only when that set or its order changes', () => {
    const keys = ids.map((id) => `q:${id}`);
    const { store } = renderInProvider(<Open />, { content: visitQuestionsEn, input: pickedInput(...ids) });
    expect(screen.getByTestId('open')).toHaveTextContent(keys.join(' '));

    renders.length = 0;
    act(() => store.getState().actions.setNote('q:dx-what-else', 'a note'));
    expect(renders).toEqual([]);

    act(() => store.getState().actions.moveUp('q:dx-what-else'));
    expect(renders).toEqual(['open']);

    renders.length = 0;
    act(() => store.getState().actions.mark('q:ask3-options', 'answered'));
    expect(renders).toEqual(['open']);
    expect(screen.getByTestId('open')).toHaveTextContent('q:ask3-benefits-harms q:dx-what-else q:ask3-how-likely');
  });
});
