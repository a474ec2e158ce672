import { getVisitPrepTemplate } from '@sdmkit/content';
import { DecisionAid } from '@sdmkit/decision-aid';
import { QuestionList } from '@sdmkit/question-list';
import type { ThemeName } from '@sdmkit/ui';
import { VisitPrep } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import '@sdmkit/decision-aid/styles.css';
import '@sdmkit/question-list/styles.css';
import '@sdmkit/visit-prep/styles.css';
import { docFor, TREATMENT } from '../decision-aid/Frame';
import { listFor, picked } from '../question-list/shared';
import { storyToday } from '../visit-prep/shared';
import './brands.css';

type Brand = 'harbour' | 'plum' | 'forest';

/** The three widgets inside a host element that carries the brand's `--sdm-theme-*` values. */
function BrandedPortal({ brand, locale, theme }: { brand: Brand; locale: string; theme: ThemeName }) {
  return (
    <div className={`brand-page brand-${brand}`}>
      <DecisionAid content={docFor(TREATMENT, locale)} defaultStep="outcomes" locale={locale} theme={theme} />
      <QuestionList
        content={listFor(locale)}
        defaultValue={picked('ask3-options', 'ask3-benefits-harms')}
        locale={locale}
        theme={theme}
      />
      <VisitPrep content={getVisitPrepTemplate('checkUp', locale)} today={storyToday} locale={locale} theme={theme} />
    </div>
  );
}

/** Controls: the host brand (`brand`); locale and theme stay in the toolbar. */
const meta = {
  title: 'Theming/Brand themes',
  component: BrandedPortal,
  args: { brand: 'harbour', locale: 'en', theme: 'default' },
  argTypes: {
    brand: {
      control: {
        type: 'radio',
        labels: {
          harbour: 'Harbour: teal, rounded corners',
          plum: 'Plum: serif type, square corners',
          forest: 'Forest: green, larger type, pill corners',
        },
      },
      options: ['harbour', 'plum', 'forest'] satisfies Brand[],
      description: 'The host brand: the `--sdm-theme-*` values set on the page around the three widgets.',
    },
    // Locale and theme come from the toolbar.
    locale: { table: { disable: true } },
    theme: { table: { disable: true } },
  },
  render: (args, { globals }) => <BrandedPortal brand={args.brand} locale={globals.locale} theme={globals.theme} />,
} satisfies Meta<typeof BrandedPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Checks that the brand's primary colour reaches the widgets' primary buttons (default theme only). */
const usesBrand =
  (rgb: string): Story['play'] =>
  async ({ canvasElement, globals }) => {
    const primary = canvasElement.querySelectorAll<HTMLElement>('.sdm-Button[data-variant="primary"]');
    await expect(primary.length).toBeGreaterThan(2);
    if ((globals.theme ?? 'default') !== 'default') return; // dark and high contrast use their own colours
    for (const button of primary) await expect(getComputedStyle(button).backgroundColor).toBe(rgb);
  };

/** Teal, rounded corners. */
export const Harbour: Story = { args: { brand: 'harbour' }, play: usesBrand('rgb(0, 105, 92)') };

/** Plum, serif type, square corners, a warmer notice. */
export const Plum: Story = { args: { brand: 'plum' }, play: usesBrand('rgb(91, 26, 130)') };

/** Green, larger type (18 px base), pill corners and its own icon-array colours. */
export const Forest: Story = { args: { brand: 'forest' }, play: usesBrand('rgb(46, 107, 49)') };
