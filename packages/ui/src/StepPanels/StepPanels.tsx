import * as React from 'react';
import { type ReactNode, useState } from 'react';

/** Props of `StepPanels`. */
export interface StepPanelsProps<Step extends string> {
  /** Every step, in order: the panels of the steps visited so far are rendered in this order. */
  readonly steps: readonly Step[];
  /** The step shown. */
  readonly current: Step;
  /**
   * What a step shows, called for each step visited so far. Return the same element for a step while what it
   * shows has not changed (a constant, or a memoised component with the same props), so that the hidden steps are
   * passed over when the parent renders again.
   */
  readonly children: (step: Step) => ReactNode;
  /** Class of each step's panel: a `div` around what the step shows, with `data-step-panel` set to the step. */
  readonly panelClassName?: string | undefined;
}

/** React's `<Activity>` (React 19.2 and later), read when rendering; undefined on older React. */
function activity(): typeof React.Activity | undefined {
  return (React as Partial<typeof React>).Activity;
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
export function StepPanels<Step extends string>({ steps, current, children, panelClassName }: StepPanelsProps<Step>) {
  const [visited, setVisited] = useState<readonly Step[]>([current]);
  // Adjusting state while rendering (React re-renders at once, before committing): the step entered is visited.
  if (!visited.includes(current)) setVisited([...visited, current]);
  const Activity = activity();
  const shown = steps.filter((step) => step === current || (Activity && visited.includes(step)));
  // A current step missing from `steps` is still shown.
  if (!shown.includes(current)) shown.push(current);
  return (
    <>
      {shown.map((step) => {
        const panel = (
          <div key={step} className={panelClassName} data-step-panel={step}>
            {children(step)}
          </div>
        );
        return Activity ? (
          <Activity key={step} mode={step === current ? 'visible' : 'hidden'}>
            {panel}
          </Activity>
        ) : (
          panel
        );
      })}
    </>
  );
}
