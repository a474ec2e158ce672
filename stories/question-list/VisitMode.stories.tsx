import { VisitMode, type VisitModeProps } from '@sdmkit/question-list';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { headingLevelArgType, hiddenArgType } from '../ui/StoryShell';
import {
  Frame,
  listArgType,
  listFor,
  type QuestionListExample,
  type QuestionListStart,
  startArgType,
  startFor,
} from './shared';

type VisitModeStoryArgs = VisitModeProps & {
  readonly list: QuestionListExample;
  readonly start: QuestionListStart;
};

/** Controls: the example list (`list`), the patient's list at the start (`start`) and the heading level. */
const meta = {
  title: 'Question list/VisitMode',
  component: VisitMode,
  args: { list: 'visit', start: 'three' },
  argTypes: {
    list: listArgType,
    start: startArgType,
    headingLevel: headingLevelArgType,
    className: hiddenArgType,
  },
  render: ({ list, start, ...args }, { globals }) => (
    <Frame
      key={`${list}:${start}`}
      locale={globals.locale}
      theme={globals.theme}
      content={listFor(globals.locale, list)}
      defaultValue={startFor(start, listFor(globals.locale, list))}
    >
      <VisitMode {...args} />
    </Frame>
  ),
} satisfies Meta<VisitModeStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InTheVisit: Story = {
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('listitem', { name: /What else could it be\?/ });
    await userEvent.click(within(row).getByRole('button', { name: 'Answered' }));
    await userEvent.type(
      within(row).getByRole('textbox', { name: 'Answer notes' }),
      'Could be a virus; blood test Monday.',
    );
    await userEvent.click(within(row).getByRole('checkbox', { name: 'Follow up later' }));
    await expect(canvas.getByText('1 of 3 questions answered')).toBeInTheDocument();
    await expect(canvas.getByRole('region', { name: 'Not answered yet: 2 questions' })).toBeInTheDocument();
  }),
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.sdm-root')).toHaveAttribute('dir', 'rtl');
    await userEvent.click(canvas.getAllByRole('button', { name: 'أُجيب عنه' })[0] as HTMLElement);
    await expect(canvas.getByText('أُجيب عن 1 من 3 أسئلة')).toBeInTheDocument();
  },
};
