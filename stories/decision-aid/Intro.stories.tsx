import { Intro, type IntroProps } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { headingLevelArgType } from '../ui/StoryShell';
import { type DecisionAidExample, docFor, EXAMPLE_IDS, exampleArgType, Frame } from './Frame';

/** Controls: which example decision aid the part shows (`example`) and the title’s heading level (`headingLevel`). */
const meta = {
  title: 'DecisionAid/Intro',
  component: Intro,
  args: {
    example: 'treatment',
  },
  argTypes: {
    example: exampleArgType,
    headingLevel: headingLevelArgType,
  },
  render: ({ example, ...args }, { globals }) => (
    <Frame
      key={example}
      locale={globals.locale}
      theme={globals.theme}
      content={docFor(EXAMPLE_IDS[example], globals.locale)}
    >
      <Intro {...args} />
    </Frame>
  ),
} satisfies Meta<IntroProps & { readonly example: DecisionAidExample }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('complementary')).toBeVisible();
    await userEvent.click(canvas.getByRole('button'));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog).toBeVisible();
    await userEvent.keyboard('{Escape}');
  },
};
