import type { ContentIssue } from '@sdmkit/core';
import { DemonstrationNotice, ErrorState, type ErrorStateProps } from '@sdmkit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { callbackArgType, StoryShell } from './StoryShell';

/** Problems found in some content, by a short key. */
type Problems = 'two' | 'one' | 'none';

const ISSUES: Readonly<Record<Problems, readonly ContentIssue[]>> = {
  two: [
    {
      code: 'required',
      path: '$.decision.question',
      segments: ['decision', 'question'],
      message: 'Required string is missing.',
    },
    {
      code: 'unsafe_url',
      path: '$.meta.sources[0].url',
      segments: ['meta', 'sources', 0, 'url'],
      message: 'Links must start with https:// (or http://).',
    },
  ],
  one: [
    {
      code: 'required',
      path: '$.decision.question',
      segments: ['decision', 'question'],
      message: 'Required string is missing.',
    },
  ],
  none: [],
};

/** The error state's props, with the problems as a short key and plain-text title and message. */
type ErrorStateStoryArgs = Omit<ErrorStateProps, 'issues' | 'title' | 'message' | 'children'> & {
  readonly problems: Problems;
  readonly title?: string | undefined;
  readonly message?: string | undefined;
  readonly showRetry: boolean;
};

/** Controls: the content problems listed (`problems`), the patient-facing `title` and `message`, a retry button. */
const meta = {
  title: 'UI/ErrorState',
  component: ErrorState,
  render: ({ problems, title, message, showRetry, onRetry }, { globals }) => (
    <StoryShell locale={globals.locale} theme={globals.theme}>
      <ErrorState
        issues={ISSUES[problems]}
        title={title || undefined}
        message={message || undefined}
        onRetry={showRetry ? onRetry : undefined}
      />
    </StoryShell>
  ),
  args: { problems: 'two', showRetry: false, onRetry: fn() },
  argTypes: {
    problems: {
      control: {
        type: 'radio',
        labels: { two: 'Two problems (a missing field, an unsafe link)', one: 'One problem', none: 'None' },
      },
      options: ['two', 'one', 'none'] satisfies Problems[],
      description: 'Problems found in the content (`issues`), shown collapsed, with their paths, for developers.',
    },
    title: {
      control: { type: 'text' },
      description: 'Replaces the patient-facing heading. Empty: the built-in one, in the widget’s language.',
    },
    message: {
      control: { type: 'text' },
      description: 'Replaces the patient-facing message. Empty: the built-in one, in the widget’s language.',
    },
    showRetry: { control: { type: 'boolean' }, description: 'Offer a retry button (the host passes `onRetry`).' },
    onRetry: callbackArgType('Called when the patient presses the retry button.'),
  },
} satisfies Meta<ErrorStateStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithContentProblems: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toBeVisible();
    await expect(canvas.getByText('$.decision.question')).toBeInTheDocument();
  },
};

/** The notice shown above demonstration content; only the `demonstration` control applies here. */
export const Demonstration: StoryObj<typeof DemonstrationNotice> = {
  args: { demonstration: true },
  argTypes: {
    demonstration: {
      control: { type: 'boolean' },
      description: 'Shown only when true (the content’s `meta.demonstration`).',
    },
  },
  parameters: { controls: { include: ['demonstration'] } },
  render: (args, { globals }) => (
    <StoryShell locale={globals.locale} theme={globals.theme}>
      <DemonstrationNotice demonstration={args.demonstration} />
    </StoryShell>
  ),
};
