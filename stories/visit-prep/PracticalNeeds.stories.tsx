import { PracticalNeeds, type PracticalNeedsProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type SectionPartArgs, sectionPart } from './shared';

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/Sections/PracticalNeeds',
  component: PracticalNeeds,
  ...sectionPart(PracticalNeeds),
} satisfies Meta<PracticalNeedsProps & SectionPartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Interpreter: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'I would like an interpreter' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Which language?' }), 'Arabic');
    await expect(canvas.getByRole('textbox', { name: 'Which language?' })).toHaveValue('Arabic');
  },
};
