// One set of limits (issue 22), on screen: input past the limits is an error the host sees, full lists say so, and
// text boxes stop at the schema's limit with a count near it.
import { newSymptomTemplates } from '@sdmkit/content';
import {
  emptyVisitPrepInput,
  MAX_VISIT_PREP_ROWS,
  MAX_VISIT_PREP_TEXT,
  type SdmInputError,
  type VisitPrepInput,
} from '@sdmkit/core';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Medicines } from '../Medicines/Medicines.js';
import { ReasonAndConcerns } from '../ReasonAndConcerns/ReasonAndConcerns.js';
import { renderInRoot } from '../test-utils/render.js';

const allergies = (count: number): VisitPrepInput['allergies'] =>
  Array.from({ length: count }, (_, i) => ({ id: `allergy-${i + 1}`, substance: `A${i + 1}`, reaction: '' }));

describe('visit-prep input limits', () => {
  it('shows the error state for a defaultValue past the limits, and tells the host where and what', () => {
    const onInputError = vi.fn<(error: SdmInputError) => void>();
    const defaultValue = {
      ...emptyVisitPrepInput(),
      medicines: Array.from({ length: MAX_VISIT_PREP_ROWS + 1 }, (_, i) => ({
        id: `medicine-${i + 1}`,
        name: 'Aspirin',
        dose: '',
        frequency: '',
        reason: '',
        taking: null,
      })),
    };
    renderInRoot(<Medicines />, { defaultValue, onInputError });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('$.medicines');
    expect(alert).toHaveTextContent(/Invalid length: Expected <=200 but received 201/);
    expect(screen.queryByRole('button', { name: 'Add a medicine' })).toBeNull();
    expect(onInputError).toHaveBeenCalledTimes(1);
    const error = onInputError.mock.calls[0]?.[0];
    expect(error).toMatchObject({ name: 'SdmInputError', widget: 'visit-prep', prop: 'defaultValue' });
    expect(error?.input).toBe(defaultValue);
    expect(error?.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['$.medicines too_long']);
    expect(error?.message).toMatch(/\$\.medicines: .*\[too_long\]/);
  });

  it('shows the error state for a controlled value with a reason past 50,000 characters', () => {
    const onInputError = vi.fn<(error: SdmInputError) => void>();
    const value = { ...emptyVisitPrepInput(), reason: 'a'.repeat(MAX_VISIT_PREP_TEXT + 1) };
    renderInRoot(<ReasonAndConcerns />, { value, onInputError });
    expect(within(screen.getByRole('alert')).getByText('$.reason')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Main reason for the visit' })).toBeNull();
    expect(onInputError.mock.calls[0]?.[0]).toMatchObject({ prop: 'value', issues: [{ path: '$.reason' }] });
  });

  it('replaces the add button with the limit once a list is full', () => {
    const { last } = renderInRoot(<Medicines />, {
      defaultValue: { ...emptyVisitPrepInput(), allergies: allergies(MAX_VISIT_PREP_ROWS - 1) },
    });
    // Text queries: role queries over 200 rows are slow in jsdom.
    expect(screen.queryByText('You can list up to 200 allergies.')).toBeNull();
    fireEvent.click(screen.getByText('Add an allergy'));
    expect(last().allergies).toHaveLength(MAX_VISIT_PREP_ROWS);
    expect(screen.getByText('You can list up to 200 allergies.')).toBeInTheDocument();
    expect(screen.queryByText('Add an allergy')).toBeNull();
    // The other lists still have room.
    expect(screen.getByText('Add a medicine')).toBeInstanceOf(HTMLButtonElement);
  });

  it('says the limit in Spanish and Arabic too', () => {
    const defaultValue = { ...emptyVisitPrepInput(), allergies: allergies(MAX_VISIT_PREP_ROWS) };
    const { unmount } = renderInRoot(<Medicines />, { defaultValue, locale: 'es' });
    expect(screen.getByText('Puede anotar hasta 200 alergias.')).toBeInTheDocument();
    unmount();
    renderInRoot(<Medicines />, { defaultValue, locale: 'ar' });
    expect(screen.getByText('يمكنك إدراج 200 حساسية كحد أقصى.')).toBeInTheDocument();
  });

  it('stops text at the schema limit and shows a count only near it', () => {
    renderInRoot(<ReasonAndConcerns />, {
      content: newSymptomTemplates.en,
      defaultValue: { ...emptyVisitPrepInput(), reason: 'a'.repeat(45_000) },
    });
    const reason = screen.getByRole('textbox', { name: 'Main reason for the visit' });
    expect(reason).toHaveAttribute('maxlength', String(MAX_VISIT_PREP_TEXT));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('45,000 of 50,000 characters'));
    expect(screen.getByText('45,000 of 50,000 characters')).toBeInTheDocument();
    expect(screen.getAllByText(/of 50,000 characters/)).toHaveLength(1);
  });
});
