import { prostateTreatmentEn } from '@sdmkit/content';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { KnowledgeCheck } from './KnowledgeCheck.js';

describe('KnowledgeCheck', () => {
  it('gives feedback with the explanation and a score when all are answered', () => {
    renderInProvider(prostateTreatmentEn, <KnowledgeCheck />);
    const q1 = screen.getByRole('group', { name: /did many men die/ });
    fireEvent.click(within(q1).getByRole('radio', { name: 'Many men in the active monitoring group' }));
    expect(within(q1).getByText('Not quite.')).toBeInTheDocument();
    const q2 = screen.getByRole('group', { name: /leaking urine/ });
    fireEvent.click(within(q2).getByRole('radio', { name: 'Surgery' }));
    expect(within(q2).getByText('That is right.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You answered 1 of 2 as the evidence says.');
  });
});
