import { newSymptomTemplates, sampleVisitPrepInput } from '@sdmkit/content';
import { HeadingLevelProvider, Section } from '@sdmkit/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ClinicianAgenda } from '../ClinicianAgenda/ClinicianAgenda.js';
import { Medicines } from '../Medicines/Medicines.js';
import { renderInRoot } from '../test-utils/render.js';
import { VisitPrepRoot } from '../VisitPrepRoot/VisitPrepRoot.js';
import { VisitPrep } from './VisitPrep.js';

const today = new Date(2026, 10, 21);

/** The headings on the page as a reader's outline: "h<level> <name>". */
const outline = () =>
  screen
    .queryAllByRole('heading')
    .map((h) => `h${h.getAttribute('aria-level') ?? h.tagName.slice(1)} ${h.textContent?.trim()}`);

/** Every step of the flow, in order (clicked in the step list), with the headings each shows. */
async function flowOutline(ui: ReactElement) {
  const user = userEvent.setup();
  render(ui);
  const steps = within(screen.getByRole('navigation', { name: 'Steps' })).getAllByRole('button');
  const seen: string[][] = [];
  for (let i = 0; i < steps.length; i += 1) {
    await user.click(
      within(screen.getByRole('navigation', { name: 'Steps' })).getAllByRole('button')[i] as HTMLElement,
    );
    seen.push(outline());
  }
  return seen;
}

const flow = <VisitPrep content={newSymptomTemplates.en} defaultValue={sampleVisitPrepInput} today={today} />;

const TITLE = 'h2 Get ready to talk about a new symptom';

// The outline of the full flow with the sample input, as it has always been (no host provider).
const FLOW_OUTLINE = [
  [TITLE, 'h3 Why you are coming', 'h4 Your concerns, most important first'],
  [TITLE, 'h3 Your symptom story', 'h4 How it changed over time', 'h5 Your timeline in date order'],
  [TITLE, 'h3 Medicines and allergies', 'h4 Medicines', 'h4 Vitamins, herbs and supplements', 'h4 Allergies'],
  [TITLE, 'h3 What matters to you'],
  [TITLE, 'h3 Questions to ask', 'h4 Your questions, top 3 first'],
  [TITLE, 'h3 Practical needs'],
  [TITLE, 'h3 After the visit'],
];

// The clinician agenda with the sample input: its title, a heading per part, minor headings inside parts.
const AGENDA_OUTLINE = [
  'h3 Agenda for your care team',
  'h4 Top concerns',
  'h4 Symptom story',
  'h5 Timeline',
  'h4 Medicines and allergies',
  'h5 Not taking as prescribed',
  'h4 What matters to the patient',
  'h4 Top questions',
  'h4 Practical needs',
];

const shift = (lines: readonly string[], by: number) =>
  lines.map((line) => line.replace(/^h(\d)/, (_, n: string) => `h${Number(n) + by}`));

describe('visit-prep headings', () => {
  it('the flow keeps its outline: an h2 title, h3 sections, their parts below', async () => {
    expect(await flowOutline(flow)).toEqual([...FLOW_OUTLINE, [TITLE, ...AGENDA_OUTLINE]]);
  });

  it('the clinician agenda on its own starts at h3, as in the flow', () => {
    renderInRoot(<ClinicianAgenda />, { defaultValue: sampleVisitPrepInput });
    expect(outline()).toEqual(AGENDA_OUTLINE);
  });

  it('a host provider at level 3 moves every heading of the flow down one level', async () => {
    const seen = await flowOutline(<HeadingLevelProvider level={3}>{flow}</HeadingLevelProvider>);
    expect(seen).toEqual([...FLOW_OUTLINE, [TITLE, ...AGENDA_OUTLINE]].map((step) => shift(step, 1)));
  });

  it('the clinician agenda on its own follows a host section around it', () => {
    renderInRoot(
      <Section heading="Your visit">
        <Section heading="For the clinic">
          <ClinicianAgenda />
        </Section>
      </Section>,
      { defaultValue: sampleVisitPrepInput },
    );
    expect(outline()).toEqual(['h2 Your visit', 'h3 For the clinic', ...shift(AGENDA_OUTLINE, 1)]);
  });

  it('a section on its own moves its sub-headings with its title', () => {
    render(
      <HeadingLevelProvider level={2}>
        <VisitPrepRoot content={newSymptomTemplates.en} defaultValue={sampleVisitPrepInput}>
          <Medicines />
        </VisitPrepRoot>
      </HeadingLevelProvider>,
    );
    expect(outline()).toEqual([
      'h2 Medicines and allergies',
      'h3 Medicines',
      'h3 Vitamins, herbs and supplements',
      'h3 Allergies',
    ]);
  });
});
