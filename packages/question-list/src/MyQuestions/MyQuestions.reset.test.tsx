import { visitQuestionsEn } from '@sdmkit/content';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pickedInput, renderInProvider } from '../test-utils/render.js';
import { MyQuestions } from './MyQuestions.js';

const ownField = () => screen.getByRole('textbox', { name: 'Write your own question' });

// An unsent question belongs to the list it was typed against: it goes when the host resets or replaces the list.
describe('MyQuestions: an unsent question and the host resetting the list', () => {
  it('keeps the unsent question through the patient’s changes and clears it when the host resets the list', () => {
    const { store } = renderInProvider(<MyQuestions />, {
      content: visitQuestionsEn,
      input: pickedInput('ask3-options', 'ask3-benefits-harms'),
    });
    fireEvent.change(ownField(), { target: { value: 'Can I still travel next month?' } });
    fireEvent.click(screen.getAllByRole('button', { name: /^Remove/ })[0] as HTMLElement);
    expect(ownField()).toHaveValue('Can I still travel next month?');

    act(() => store.getState().actions.reset());
    expect(screen.getByText(/Your list is empty/)).toBeInTheDocument();
    expect(ownField()).toHaveValue('');
  });

  it('clears it when the host replaces the list, and puts a wording being changed back to the new list’s', () => {
    const { store } = renderInProvider(<MyQuestions />, {
      content: visitQuestionsEn,
      input: pickedInput('ask3-options', 'ask3-benefits-harms'),
    });
    fireEvent.change(ownField(), { target: { value: 'Can I still travel next month?' } });
    const first = screen.getAllByRole('listitem')[0] as HTMLElement;
    fireEvent.click(within(first).getByRole('button', { name: 'Change wording' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Your wording' }), { target: { value: 'Half typed' } });

    const replaced = pickedInput('ask3-options');
    act(() => store.replaceInput({ ...replaced, items: [{ ...replaced.items[0]!, text: 'What can I choose from?' }] }));
    expect(ownField()).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Your wording' })).toHaveValue('What can I choose from?');
  });
});
