import { mammographyScreeningEn, prostateTreatmentEn, prostateTreatmentEs } from '@sdmkit/content';
import { type DecisionAidInput, type DecisionAidResult, emptyDecisionAidInput } from '@sdmkit/core';
import { SdmTranslationsProvider } from '@sdmkit/hooks';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { decisionAidAr } from '../locales/ar.js';
import { decisionAidEs } from '../locales/es.js';
import { DecisionAid, type DecisionAidStep } from './DecisionAid.js';

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));

function ControlledHost() {
  const [value, setValue] = useState<DecisionAidInput>(emptyDecisionAidInput());
  return (
    <>
      <output data-testid="leaning">{value.leaning ?? 'none'}</output>
      <DecisionAid content={prostateTreatmentEn} value={value} onValueChange={setValue} defaultStep="sure" />
    </>
  );
}

let hostSetsStep: (step: DecisionAidStep) => void = () => {};

/** A host that owns the step: it follows the widget's requests when `follow` is set, and can change it itself. */
function StepHost({ follow, onStepChange }: { follow: boolean; onStepChange: (step: DecisionAidStep) => void }) {
  const [step, setStep] = useState<DecisionAidStep>('options');
  hostSetsStep = setStep;
  return (
    <DecisionAid
      content={prostateTreatmentEn}
      step={step}
      onStepChange={(next) => {
        onStepChange(next);
        if (follow) setStep(next);
      }}
    />
  );
}

const stepHeading = () => screen.getByRole('heading', { level: 2 });

describe('DecisionAid', () => {
  it('shows an error state with paths for invalid content, never a blank', () => {
    const onContentError = vi.fn();
    render(<DecisionAid content={{ schemaVersion: 1, id: 'x' }} onContentError={onContentError} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This tool cannot be shown right now');
    expect(screen.getByText('$.meta')).toBeInTheDocument();
    expect(onContentError).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ path: '$.meta' })]));
  });

  it('renders content text as text, never as HTML', () => {
    const doc = {
      ...prostateTreatmentEn,
      condition: { ...prostateTreatmentEn.condition, description: '<img src=x onerror=alert(1)> is shown as text' },
    };
    const { container } = render(<DecisionAid content={doc} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)> is shown as text')).toBeInTheDocument();
  });

  it('walks through the steps, moves focus to each step heading and completes with a typed result', () => {
    const onComplete = vi.fn<(r: DecisionAidResult) => void>();
    const onValueChange = vi.fn<(i: DecisionAidInput) => void>();
    render(<DecisionAid content={prostateTreatmentEn} onComplete={onComplete} onValueChange={onValueChange} />);
    expect(screen.getByText('Step 1 of 7')).toBeInTheDocument();
    next();
    expect(screen.getByRole('heading', { level: 2, name: 'Your options' })).toHaveFocus();
    next();
    expect(screen.getAllByRole('img', { name: /died of prostate cancer/ })).toHaveLength(3);
    next();
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Not having an operation' })).getByRole('radio', { name: 'A lot' }),
    );
    next();
    next();
    for (const g of screen.getAllByRole('group').filter((x) => x.getAttribute('data-item')))
      fireEvent.click(within(g).getByRole('radio', { name: 'Yes' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Radiotherapy' }));
    next();
    expect(screen.getByText('Step 7 of 7')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    const result = onComplete.mock.calls[0]![0];
    expect(result).toMatchObject({
      contentId: 'prostate-localised-treatment',
      leaningTitle: 'Radiotherapy',
      sure: { score: 4, conflict: false },
    });
    expect(result.completedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(onValueChange).toHaveBeenCalled();
  });

  it('works controlled: the host owns the value', () => {
    render(<ControlledHost />);
    fireEvent.click(screen.getByRole('radio', { name: 'Not sure yet' }));
    expect(screen.getByTestId('leaning')).toHaveTextContent('unsure');
    expect(screen.getByRole('radio', { name: 'Not sure yet' })).toBeChecked();
  });

  it('encounter mode: one screen with options side by side, values and SURE at a glance, no quiz', () => {
    const { container } = render(<DecisionAid content={mammographyScreeningEn} mode="encounter" />);
    expect(container.querySelector('[data-mode="encounter"]')).not.toBeNull();
    expect(screen.getByRole('table', { name: /Common questions/ })).toBeInTheDocument();
    expect(screen.getAllByRole('img')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'What matters to you' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Are you ready to decide?' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Check your understanding' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
  });

  it('keeps the patient’s answers when the host re-renders with an equal new content object', () => {
    const { rerender } = render(<DecisionAid content={structuredClone(prostateTreatmentEn)} mode="encounter" />);
    const sure = () => screen.getByRole('group', { name: 'Do you feel sure about the best choice for you?' });
    fireEvent.click(within(sure()).getByRole('radio', { name: 'Yes' }));
    rerender(<DecisionAid content={structuredClone(prostateTreatmentEn)} mode="encounter" />);
    expect(within(sure()).getByRole('radio', { name: 'Yes' })).toBeChecked();
  });

  it('speaks the language of the content and the locale', () => {
    render(<DecisionAid content={prostateTreatmentEs} locale="es" translations={[decisionAidEs]} />);
    expect(screen.getByText('Paso 1 de 7')).toBeInTheDocument();
    expect(screen.getByText('¿Debo elegir vigilancia activa, cirugía o radioterapia?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Siguiente' })).toBeInTheDocument();
  });

  it('takes translation packs from an SdmTranslationsProvider around it', () => {
    const { container } = render(
      <SdmTranslationsProvider translations={[decisionAidEs, decisionAidAr]}>
        <DecisionAid content={prostateTreatmentEn} locale="ar" />
      </SdmTranslationsProvider>,
    );
    const root = container.querySelector('.sdm-root');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'التالي' })).toBeInTheDocument();
  });

  it('shows English, with lang and dir of English, for a language it has no pack for, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { container, rerender } = render(<DecisionAid content={prostateTreatmentEn} locale="ar" />);
      const root = container.querySelector('.sdm-root');
      expect(root).toHaveAttribute('lang', 'en');
      expect(root).toHaveAttribute('dir', 'ltr');
      expect(screen.getByText('Step 1 of 7')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
      rerender(<DecisionAid content={prostateTreatmentEn} locale="ar" />);
      const said = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('"ar"'));
      expect(said).toHaveLength(1);
      expect(said[0]).toContain('sdm-decision-aid');
      expect(said[0]).toContain('locales/ar');
    } finally {
      warn.mockRestore();
    }
  });

  it('controlled step: Back and Next only ask the host, and the widget shows the step the host passes', () => {
    const onStepChange = vi.fn<(step: DecisionAidStep) => void>();
    render(<StepHost follow={false} onStepChange={onStepChange} />);
    expect(stepHeading()).toHaveTextContent('Your options');
    expect(screen.getByText('Step 2 of 7')).toBeInTheDocument();
    next();
    expect(onStepChange.mock.calls).toEqual([['outcomes']]);
    expect(stepHeading()).toHaveTextContent('Your options');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onStepChange.mock.calls).toEqual([['outcomes'], ['intro']]);
    expect(stepHeading()).toHaveTextContent('Your options');
    // The host moves on by itself: the widget follows, without taking focus from the host's page.
    act(() => hostSetsStep('sure'));
    expect(stepHeading()).toHaveTextContent('Are you ready to decide?');
    expect(screen.getByText('Step 6 of 7')).toBeInTheDocument();
    expect(stepHeading()).not.toHaveFocus();
  });

  it('controlled step: a host that passes the asked step back walks the steps, with focus on each heading', () => {
    const onStepChange = vi.fn<(step: DecisionAidStep) => void>();
    render(<StepHost follow onStepChange={onStepChange} />);
    next();
    expect(screen.getByRole('heading', { level: 2, name: 'What might happen' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Your options' })).toHaveFocus();
    expect(onStepChange.mock.calls).toEqual([['outcomes'], ['options']]);
  });

  it('uncontrolled step: starts at defaultStep, moves on its own and tells the host', () => {
    const onStepChange = vi.fn<(step: DecisionAidStep) => void>();
    render(<DecisionAid content={prostateTreatmentEn} defaultStep="values" onStepChange={onStepChange} />);
    expect(stepHeading()).toHaveTextContent('What matters to you');
    expect(onStepChange).not.toHaveBeenCalled();
    next();
    expect(screen.getByRole('heading', { level: 2, name: 'Check your understanding' })).toHaveFocus();
    expect(screen.getByText('Step 5 of 7')).toBeInTheDocument();
    expect(onStepChange.mock.calls).toEqual([['knowledge']]);
  });
});
