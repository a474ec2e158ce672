import { MyQuestions } from '@sdmkit/question-list';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { Frame, picked } from './shared';

const five = picked('ask3-options', 'ask3-benefits-harms', 'ask3-how-likely', 'dx-what-else', 'dx-results');

const meta = {
  title: 'Question list/MyQuestions',
  component: MyQuestions,
  render: (args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} defaultValue={five}>
      <MyQuestions {...args} />
    </Frame>
  ),
} satisfies Meta<typeof MyQuestions>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReorderByKeyboard: Story = {
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: /^Question 5:/ });
    within(group).getByRole('button', { name: 'Move to top 3' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(
      canvas.getByRole('group', { name: 'Question 3: When and how will I get my results?' }),
    ).toBeInTheDocument();
    await expect(canvas.getByText('Moved to position 3 of 5.')).toBeInTheDocument();
  }),
};

export const AddOwnAndRefuseEmpty: Story = {
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add my question' }));
    await expect(canvas.getByText('Please type a question first.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Write your own question' }), 'Can I still drive?');
    await userEvent.click(canvas.getByRole('button', { name: 'Add my question' }));
    await expect(canvas.getByText('Can I still drive?')).toBeInTheDocument();
  }),
};

export const WithHostSuggestions: Story = {
  args: {
    suggestions: [
      {
        id: 'sure-understand',
        text: 'What are the benefits and risks of each option for someone like me?',
        why: 'In the decision aid you said you did not know the benefits and risks well.',
      },
      { id: 'sure-support', text: 'Who can help me make this choice?' },
    ],
  },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Suggested for you' });
    await userEvent.click(within(region).getAllByRole('button', { name: 'Add to my list' })[0] as HTMLElement);
    await expect(canvas.getByText('Suggested')).toBeInTheDocument();
  }),
};

/** The note that the list is long (plural forms per language: es "preguntas", ar "أسئلة" for 3 to 10). */
const softLimitNine: Record<string, RegExp> = {
  en: /You have 9 questions/,
  es: /Tiene 9 preguntas/,
  ar: /لديك 9 أسئلة/,
};

export const OverTheSoftLimit: Story = {
  render: (args, { globals }) => (
    <Frame
      locale={globals.locale}
      theme={globals.theme}
      defaultValue={picked(
        'ask3-options',
        'ask3-benefits-harms',
        'ask3-how-likely',
        'dx-what-else',
        'dx-results',
        'dx-name',
        'test-what-for',
        'med-side-effects',
        'after-worse',
      )}
    >
      <MyQuestions {...args} />
    </Frame>
  ),
  play: async ({ canvasElement, globals }) => {
    const note = softLimitNine[String(globals.locale ?? 'en')];
    if (note) await expect(within(canvasElement).getByText(note)).toBeInTheDocument();
  },
};
