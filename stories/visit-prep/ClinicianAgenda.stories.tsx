import { getVisitPrepTemplate, longVisitPrepInput, sampleVisitPrepInput } from '@sdmkit/content';
import { ClinicianAgenda, VisitPrep } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SectionStory, storyToday } from './shared';

const meta = {
  title: 'Visit prep/ClinicianAgenda',
  component: ClinicianAgenda,
  render: (args, { globals }) => (
    <SectionStory globals={globals} defaultValue={sampleVisitPrepInput}>
      <ClinicianAgenda {...args} />
    </SectionStory>
  ),
} satisfies Meta<typeof ClinicianAgenda>;

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
  render: (args, { globals }) => (
    <SectionStory globals={globals} defaultValue={{ ...longVisitPrepInput, step: 'agenda' }}>
      <ClinicianAgenda {...args} />
    </SectionStory>
  ),
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
  render: (_args, { globals }) => {
    const locale = globals.locale ?? 'en';
    return (
      <VisitPrep
        content={getVisitPrepTemplate('newSymptom', locale)}
        locale={locale}
        theme={globals.theme}
        defaultValue={sampleVisitPrepInput}
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
