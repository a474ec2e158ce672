// One set of limits (issue 22), on screen: input past the limits (or otherwise refused by the input schema) is an
// error the host sees, and the own-concern box stops at the schema's limit with a count near it.
import { prostateTreatmentEn } from '@sdmkit/content';
import { emptyDecisionAidInput, MAX_CONCERN_LENGTH, MAX_CONCERNS, type SdmInputError } from '@sdmkit/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { ValuesClarification } from '../ValuesClarification/ValuesClarification.js';
import { DecisionAid } from './DecisionAid.js';

describe('decision aid input limits', () => {
  it('shows the error state for a defaultValue with more own concerns than the schema takes', () => {
    const onInputError = vi.fn<(error: SdmInputError) => void>();
    const ownConcerns = Array.from({ length: MAX_CONCERNS + 1 }, (_, i) => ({
      id: `own-${i + 1}`,
      text: `Concern ${i + 1}`,
      rating: null,
      optionIds: [],
    }));
    render(
      <DecisionAid
        content={prostateTreatmentEn}
        defaultValue={{ ...emptyDecisionAidInput(), ownConcerns }}
        onInputError={onInputError}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('$.ownConcerns');
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(onInputError.mock.calls[0]?.[0]).toMatchObject({
      widget: 'decision-aid',
      prop: 'defaultValue',
      issues: [{ path: '$.ownConcerns', code: 'too_long' }],
    });
  });

  it('shows the error state for a controlled value naming an option the content does not have', () => {
    const onInputError = vi.fn<(error: SdmInputError) => void>();
    render(
      <DecisionAid
        content={prostateTreatmentEn}
        value={{ ...emptyDecisionAidInput(), leaning: 'ghost' }}
        onInputError={onInputError}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Option "ghost" does not exist.');
    expect(onInputError.mock.calls[0]?.[0]).toMatchObject({ prop: 'value', issues: [{ path: '$.leaning' }] });
  });

  it('stops an own concern at the schema limit and shows a count only near it', () => {
    renderInProvider(prostateTreatmentEn, <ValuesClarification />);
    const box = screen.getByRole('textbox', { name: 'Add something that matters to you' });
    expect(box).toHaveAttribute('maxlength', String(MAX_CONCERN_LENGTH));
    fireEvent.change(box, { target: { value: 'a'.repeat(260) } });
    expect(screen.queryByText(/of 300 characters/)).toBeNull();
    fireEvent.change(box, { target: { value: 'a'.repeat(280) } });
    expect(screen.getByText('280 of 300 characters')).toBeInTheDocument();
    expect(box).toHaveAccessibleDescription('280 of 300 characters');
  });
});
