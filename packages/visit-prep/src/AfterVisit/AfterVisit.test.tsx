import { emptyVisitPrepInput } from '@sdmkit/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInRoot } from '../test-utils/render.js';
import { AfterVisit } from './AfterVisit.js';

const base = emptyVisitPrepInput();

describe('AfterVisit', () => {
  it('records next steps, tests, results and a future follow-up date', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<AfterVisit today={new Date(2026, 10, 21)} />);
    await user.type(screen.getByRole('textbox', { name: 'Next steps' }), 'Blood test');
    await user.type(screen.getByRole('textbox', { name: 'When and how will you get the results?' }), 'Portal, 3 days');
    await user.type(screen.getByLabelText('Follow-up date'), '2026-12-15');
    expect(last().after).toMatchObject({
      nextSteps: 'Blood test',
      results: 'Portal, 3 days',
      followUpDate: '2026-12-15',
    });
    expect(screen.getByLabelText('Follow-up date')).not.toHaveAttribute('aria-invalid');
  });

  it('says in Arabic when a saved follow-up date is not a real date', () => {
    renderInRoot(<AfterVisit />, {
      locale: 'ar',
      defaultValue: { ...base, after: { ...base.after, followUpDate: '2026-02-30' } },
    });
    expect(screen.getByLabelText('موعد المتابعة')).toHaveAccessibleDescription(/هذا ليس تاريخًا صحيحًا/);
  });
});
