import { getVisitPrepTemplate, longVisitPrepInput, type VisitPrepExampleKind } from '@sdmkit/content';
import { ClinicianAgenda, type ClinicianAgendaProps, VisitPrep } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { callbackArgType, hiddenArgType } from '../ui/StoryShell';
import {
  AGENDA_ADDITIONS,
  additionsArgType,
  answersArgType,
  answersFor,
  SectionStory,
  storyToday,
  templateArgType,
  type VisitPrepAdditions,
  type VisitPrepAnswers,
} from './shared';

type ClinicianAgendaStoryArgs = Omit<ClinicianAgendaProps, 'additions'> & {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
  readonly hostAdditions: VisitPrepAdditions;
};

/**
 * Controls: the example template (`template`), the patient's answers (`answers`), the 30-second view (`compact`),
 * the print and copy buttons (`showActions`) and lines a host adds from other tools (`hostAdditions`).
 */
const meta = {
  title: 'Visit prep/ClinicianAgenda',
  component: ClinicianAgenda,
  args: {
    template: 'newSymptom',
    answers: 'sample',
    compact: false,
    showActions: true,
    hostAdditions: 'none',
    onAdditionsError: fn(),
  },
  argTypes: {
    template: templateArgType,
    answers: answersArgType(['empty', 'sample', 'long', 'sampleNoReason']),
    compact: {
      control: { type: 'boolean' },
      description: 'The 30-second view: top concerns, timeline, medicine changes, allergies, top questions, key needs.',
    },
    showActions: {
      control: { type: 'boolean' },
      description: 'Show the print and copy buttons.',
    },
    hostAdditions: additionsArgType,
    onAdditionsError: callbackArgType('Called with the issues when `additions` has invalid entries.'),
    className: hiddenArgType,
  },
  render: ({ template, answers, hostAdditions, ...args }, { globals }) => (
    <SectionStory key={`${template}:${answers}`} globals={globals} kind={template} defaultValue={answersFor(answers)}>
      <ClinicianAgenda {...args} additions={AGENDA_ADDITIONS[hostAdditions]} />
    </SectionStory>
  ),
} satisfies Meta<ClinicianAgendaStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The one-screen agenda: top concerns first, then the timeline, medicine changes, what matters, questions. */
export const Screen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const agenda = canvas.getByRole('article', { name: 'Agenda for your care team' });
    const headings = within(agenda)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    await expect(headings).toEqual([
      'Top concerns',
      'Symptom story',
      'Medicines and allergies',
      'What matters to the patient',
      'Top questions',
      'Practical needs',
    ]);
    await expect(within(agenda).getByText('Not taking as prescribed')).toBeVisible();
  },
};

/** The 30-second read. */
export const Compact: Story = {
  args: { compact: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('1 more concern')).toBeVisible();
    await expect(canvas.queryByText(/Amlodipine/)).toBeNull();
  },
};

/**
 * Long answers stay a 30-second read: each entry is clipped at a word boundary with "…" and a Show all button
 * that shows the whole text in place; the fourth and later concerns are one click away. Dates are in the
 * widget's language; a medicine not taken as prescribed is listed once.
 */
export const LongInput: Story = {
  args: { answers: 'long' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const reason = canvasElement.querySelector('.sdm-ClinicianAgenda__reason') as HTMLElement;
    await expect(reason).not.toHaveTextContent('reason60');
    const showAll = within(reason).getByRole('button', { name: 'Show all' });
    await expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(showAll);
    await expect(reason).toHaveTextContent(longVisitPrepInput.reason);
    await expect(canvas.getAllByText(/Atorvastatin/)).toHaveLength(1);
    await expect(canvas.getByText('Sep 14, 2026')).toBeVisible();
  },
};

function printRules(): string[] {
  const out: string[] = [];
  const walk = (rules: CSSRuleList, inPrint: boolean) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        if (inPrint) out.push(`${rule.selectorText} { ${rule.style.cssText} }`);
      } else if (rule instanceof CSSMediaRule) walk(rule.cssRules, inPrint || rule.media.mediaText.includes('print'));
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules, inPrint);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      walk(sheet.cssRules, false);
    } catch {
      // Cross-origin sheets cannot be read.
    }
  }
  return out;
}

/**
 * The agenda as it prints: the print stylesheet hides the steps, navigation, buttons and notices, so only the
 * agenda is on paper. (Use the browser's print preview to see it.)
 */
export const Print: Story = {
  // The whole widget (opened on its agenda step by the sample answers): its agenda has no `showActions`.
  argTypes: { showActions: hiddenArgType },
  render: ({ template, answers, compact, hostAdditions, onAdditionsError }, { globals }) => {
    const locale = globals.locale ?? 'en';
    return (
      <VisitPrep
        key={`${template}:${answers}`}
        content={getVisitPrepTemplate(template, locale)}
        locale={locale}
        theme={globals.theme}
        defaultValue={answersFor(answers)}
        compactAgenda={compact}
        agendaAdditions={AGENDA_ADDITIONS[hostAdditions]}
        onAgendaAdditionsError={onAdditionsError}
        today={storyToday}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('article', { name: 'Agenda for your care team' })).toBeVisible();
    const rules = printRules().join('\n');
    for (const part of ['sdm-VisitPrep__progress', 'sdm-VisitPrep__nav', 'sdm-VisitPrep__footer', 'sdm-Button']) {
      await expect(rules).toMatch(new RegExp(`${part}[^{]*\\{[^}]*display: none`));
    }
  },
};

export const CopyFallback: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      await userEvent.click(canvas.getByRole('button', { name: 'Copy as text' }));
      const text = await canvas.findByRole('textbox', { name: 'Agenda as plain text' });
      await expect((text as HTMLTextAreaElement).value).toContain('1. Tight chest when I climb stairs');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    }
  },
};

/** The agenda in Arabic, right to left. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('article', { name: 'ملخص لفريق رعايتك' })).toBeVisible();
    await expect(canvasElement.querySelector('.sdm-root')).toHaveAttribute('dir', 'rtl');
  },
};
