import * as React from 'react';
import { type ReactNode, useState } from 'react';

/** Props of `StepPanels`. */
export interface StepPanelsProps<Step extends string> {
  /** Every step, in order: the panels of the steps visited so far are rendered in this order. */
  readonly steps: readonly Step[];
  /** The step shown: one of `steps`. */
  readonly current: Step;
  /**
   * What a step shows, called for each step visited so far. Return the same element for a step while what it
   * shows has not changed (a constant, or a memoised component with the same props), so that the hidden steps are
   * passed over when the parent renders again. It is put in a `div` with `data-step-panel` set to the step.
   */
  readonly children: (step: Step) => ReactNode;
}

/** Without React's `<Activity>` (before React 19.2): a hidden step is not rendered, so it is mounted again when shown. */
function CurrentOnly({ mode, children }: { mode: 'visible' | 'hidden'; children: ReactNode }) {
  return mode === 'visible' ? children : null;
}

/**
 * The steps of a step-by-step widget, one shown at a time. On React 19.2 and later, a step the patient has visited
 * stays mounted, hidden, in an `<Activity mode="hidden">`: going back to it shows it again without building its
 * rows again, with its state kept (issue 17). Hidden steps are `display: none`: out of the accessibility tree, the
 * tab order and find-in-page; their effects are cleaned up while hidden (so they neither subscribe to the store
 * nor announce) and run again when shown, when they also catch up with changes made meanwhile. A step not visited
 * yet is not rendered at all, and the server renders only the current step. On older React only the current step
 * is rendered, as a new mount on each step change.
 */
export function StepPanels<Step extends string>({ steps, current, children }: StepPanelsProps<Step>) {
  const [visited, setVisited] = useState<readonly Step[]>([current]);
  // Adjusting state while rendering (React re-renders at once, before committing): the step entered is visited.
  if (!visited.includes(current)) setVisited([...visited, current]);
  // Read when rendering: undefined on React before 19.2.
  const Panel = (React as Partial<typeof React>).Activity ?? CurrentOnly;
  return steps.map(
    (step) =>
      visited.includes(step) && (
        <Panel key={step} mode={step === current ? 'visible' : 'hidden'}>
          <div data-step-panel={step}>{children(step)}</div>
        </Panel>
      ),
  );
}
