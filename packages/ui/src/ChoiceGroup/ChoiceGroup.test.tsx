import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type Choice, ChoiceGroup, type ChoiceGroupProps } from './ChoiceGroup.js';

const ANSWERS = ['Yes', 'Sometimes', 'No'] as const;

/** A group that keeps its answer, as a widget's store would. */
function Answered(props: Omit<ChoiceGroupProps, 'choices'> & { onPick?: (answer: string) => void }) {
  const { onPick, ...rest } = props;
  const [answer, setAnswer] = useState<string | null>(null);
  const choices: Choice[] = ANSWERS.map((a) => ({
    key: a,
    label: a,
    value: a.toLowerCase(),
    checked: answer === a,
    onChange: () => {
      setAnswer(a);
      onPick?.(a);
    },
  }));
  return <ChoiceGroup {...rest} choices={choices} />;
}

describe('ChoiceGroup', () => {
  it('is a group named by its legend, with one radio button per choice named by its label', () => {
    render(<Answered legend="Are you taking it?" />);
    const group = screen.getByRole('group', { name: 'Are you taking it?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['yes', 'sometimes', 'no']);
    for (const a of ANSWERS) expect(within(group).getByRole('radio', { name: a })).not.toBeChecked();
  });

  it('lets one answer be chosen at a time: the radio buttons share a name, the keyboard moves between them', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(
      <>
        <Answered legend="First question" onPick={onPick} />
        <Answered legend="Second question" />
      </>,
    );
    const first = screen.getByRole('group', { name: 'First question' });
    const second = screen.getByRole('group', { name: 'Second question' });
    const names = new Set(
      within(first)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('name')),
    );
    expect(names.size).toBe(1);
    expect(within(second).getByRole('radio', { name: 'Yes' })).not.toHaveAttribute('name', [...names][0]);

    await user.click(screen.getAllByText('Sometimes')[0] as HTMLElement);
    expect(within(first).getByRole('radio', { name: 'Sometimes' })).toBeChecked();
    expect(within(first).getByRole('radio', { name: 'Sometimes' })).toHaveFocus();
    expect(onPick).toHaveBeenLastCalledWith('Sometimes');

    await user.keyboard('{ArrowRight}');
    expect(within(first).getByRole('radio', { name: 'No' })).toBeChecked();
    expect(within(first).getByRole('radio', { name: 'Sometimes' })).not.toBeChecked();
    expect(onPick).toHaveBeenLastCalledWith('No');
    expect(within(second).getByRole('radio', { name: 'No' })).not.toBeChecked();
  });

  it('shows the checked state it is given', () => {
    render(
      <ChoiceGroup
        legend="How much does it matter?"
        choices={[
          { key: 1, label: 'A little', checked: false, onChange: () => {} },
          { key: 2, label: 'A lot', checked: true, onChange: () => {} },
        ]}
      />,
    );
    expect(screen.getByRole('radio', { name: 'A lot' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'A little' })).not.toBeChecked();
  });

  it('offers checkboxes that turn on and off, each on its own', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <ChoiceGroup
        legend="Where is it?"
        type="checkbox"
        choices={[
          { key: 'head', label: 'Head', checked: true, onChange },
          { key: 'back', label: 'Back', checked: false, onChange: () => {} },
        ]}
      />,
    );
    const group = screen.getByRole('group', { name: 'Where is it?' });
    expect(within(group).queryByRole('radio')).toBeNull();
    expect(within(group).getByRole('checkbox', { name: 'Head' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Back' })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Head' })).not.toHaveAttribute('name');
    await user.click(within(group).getByRole('checkbox', { name: 'Head' }));
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('shows a hint under the legend, the content language where it differs, and a note inside the name', () => {
    render(
      <ChoiceGroup
        legend="¿Hacia dónde se inclina?"
        hint="No hay respuestas correctas."
        textLang={{ lang: 'es', dir: 'ltr' }}
        choices={[
          {
            key: 'wait',
            label: 'Vigilancia activa',
            lang: { lang: 'es', dir: 'ltr' },
            note: (
              <>
                {' '}
                <span>(waiting)</span>
              </>
            ),
            checked: false,
            onChange: () => {},
          },
        ]}
      >
        <p>Feedback after the choices</p>
      </ChoiceGroup>,
    );
    const group = screen.getByRole('group', { name: '¿Hacia dónde se inclina?' });
    expect(within(group).getByText('No hay respuestas correctas.')).toHaveAttribute('lang', 'es');
    expect(within(group).getByText('¿Hacia dónde se inclina?')).toHaveAttribute('lang', 'es');
    expect(within(group).getByRole('radio', { name: 'Vigilancia activa (waiting)' })).toBeInTheDocument();
    expect(within(group).getByText('Vigilancia activa')).toHaveAttribute('lang', 'es');
    expect(within(group).getByText('Feedback after the choices')).toBeInTheDocument();
  });

  it('has no hint when none is given', () => {
    render(<Answered legend="Are you taking it?" />);
    // The legend, then the choices' labels: nothing in between.
    expect(screen.getByRole('group', { name: 'Are you taking it?' })).toHaveTextContent(
      /^Are you taking it\?YesSometimesNo$/,
    );
  });

  it('passes data-* attributes and classes on to the group', () => {
    render(
      <Answered
        legend="Are you taking it?"
        className="sdm-Medicines__taking"
        legendClassName="sdm-Medicines__legend"
        data-item="adherence"
      />,
    );
    const group = screen.getByRole('group', { name: 'Are you taking it?' });
    expect(group).toHaveAttribute('data-item', 'adherence');
    expect(group).toHaveClass('sdm-Choice', 'sdm-Medicines__taking');
    expect(within(group).getByText('Are you taking it?')).toHaveClass('sdm-Medicines__legend');
  });
});
