import { ReasonAndConcerns, type ReasonAndConcernsProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type SectionPartArgs, sectionPart } from './shared';

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/Sections/ReasonAndConcerns',
  component: ReasonAndConcerns,
  ...sectionPart(ReasonAndConcerns),
} satisfies Meta<ReasonAndConcernsProps & SectionPartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AddAndReorder: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Main reason for the visit' }), 'Headaches');
    for (const text of ['Wake up with headaches', 'Blurry vision']) {
      await userEvent.click(canvas.getByRole('button', { name: 'Add a concern' }));
      await userEvent.keyboard(text);
    }
    await userEvent.click(canvas.getByRole('button', { name: 'Move concern 2 up' }));
    const fields = canvas.getAllByRole('textbox', { name: /Concern \d/ });
    await expect(fields.map((f) => (f as HTMLTextAreaElement).value)).toEqual([
      'Blurry vision',
      'Wake up with headaches',
    ]);
    await expect(canvas.getByRole('status')).toHaveTextContent('Concern moved to place 1.');
  },
};
