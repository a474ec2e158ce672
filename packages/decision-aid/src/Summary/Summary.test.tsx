import { prostateTreatmentEn } from '@sdmkit/content';
import { emptyDecisionAidInput } from '@sdmkit/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { Summary } from './Summary.js';

describe('Summary', () => {
  it('shows the decision, what matters, leaning and SURE, and copies plain text', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onCopy = vi.fn();
    renderInProvider(prostateTreatmentEn, <Summary onCopy={onCopy} />, {
      defaultValue: {
        ...emptyDecisionAidInput(),
        ratings: { 'avoid-side-effects': 4 },
        leaning: 'monitoring',
        sure: { sure: true, understand: true, riskBenefit: true, encouragement: false },
      },
    });
    expect(screen.getByText('Avoiding leaking urine and erection problems (Very much)')).toBeInTheDocument();
    expect(screen.getByTestId('summary-leaning')).toHaveTextContent('Active monitoring');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied.'));
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('Decision: Should I choose active monitoring, surgery or radiotherapy?');
    expect(text).toContain('Leaning: Active monitoring');
    expect(text).toContain('SURE test: 3 out of 4');
    expect(text).toContain('- Find support: ask your clinician');
    expect(text).toContain('Questions still open:\n- What will it cost me?');
    expect(onCopy).toHaveBeenCalledWith(text);
    expect((screen.getByLabelText('Summary as text') as HTMLTextAreaElement).value).toBe(text);
  });

  it('says when copying failed and opens the text for manual copy', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('no')) },
      configurable: true,
    });
    renderInProvider(prostateTreatmentEn, <Summary />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Could not copy.'));
  });
});
