import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInRoot } from '../test-utils/render.js';
import { WhatMatters } from './WhatMatters.js';

describe('WhatMatters', () => {
  it('keeps goals and worries in the patient words', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<WhatMatters />);
    await user.type(screen.getByRole('textbox', { name: 'What do you hope to get from this visit?' }), 'Walk my dog');
    await user.type(screen.getByRole('textbox', { name: 'What worries you most?' }), 'That it is my heart');
    expect(last().whatMatters).toEqual({ goals: 'Walk my dog', worries: 'That it is my heart' });
  });

  it('renders in Arabic, right to left', () => {
    const { container } = renderInRoot(<WhatMatters />, { locale: 'ar' });
    expect(container.querySelector('.sdm-root')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('textbox', { name: 'ما أكثر ما يقلقك؟' })).toBeInTheDocument();
  });
});
