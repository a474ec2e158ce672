import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInRoot } from '../test-utils/render.js';
import { PracticalNeeds } from './PracticalNeeds.js';

describe('PracticalNeeds', () => {
  it('asks for the language once an interpreter is wanted', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<PracticalNeeds />);
    expect(screen.queryByRole('textbox', { name: 'Which language?' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'I would like an interpreter' }));
    await user.type(screen.getByRole('textbox', { name: 'Which language?' }), 'Somali');
    await user.type(screen.getByRole('textbox', { name: 'Is someone coming with you?' }), 'My son');
    await user.type(screen.getByRole('textbox', { name: 'Any time limits on the day?' }), 'Leave by 3 pm');
    expect(last().practical).toMatchObject({
      interpreter: true,
      interpreterLanguage: 'Somali',
      companion: 'My son',
      time: 'Leave by 3 pm',
    });
  });
});
