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
   * passed over when the parent renders again. It is put in a `div` (class `sdm-StepPanel`) with `data-step-panel`
   * set to the step.
   */
  readonly children: (step: Step) => ReactNode;
  /**
   * Steps that stay laid out while hidden, so that going back to one costs a paint rather than styling and laying
   * out all of its rows again (issue 17: Back to 200 medicines per list went from 112 to 72 ms INP at 4x CPU).
   * Such a step is kept rendered, with the `hidden` attribute, which ui's stylesheet turns into
   * `content-visibility: hidden` (where the browser has it): the browser keeps the step's layout, and its content
   * stays out of the accessibility tree, the tab order and find-in-page as with `display: none`, which is what the
   * `hidden` attribute gives without the stylesheet. Its effects and store subscriptions stay on, and it renders
   * when what it reads changes: meant for steps whose parts each read their own slice of the store, so that edits
   * elsewhere pass them over. A summary of every step is better left out (hidden in an `<Activity>`, its updates
   * wait until the visible step has painted). Read for each step when the panels render.
   */
  readonly keepLaidOut?: ((step: Step) => boolean) | undefined;
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
 * nor announce) and run again when shown, when they also catch up with changes made meanwhile. Steps named by
 * `keepLaidOut` are hidden another way, which also keeps their layout (on any React; see the prop). A step not
 * visited yet is not rendered at all, and the server renders only the current step. On older React only the
 * current step is rendered, as a new mount on each step change, unless `keepLaidOut` names it.
 */
export function StepPanels<Step extends string>({ steps, current, children, keepLaidOut }: StepPanelsProps<Step>) {
  const [visited, setVisited] = useState<readonly Step[]>([current]);
  // Adjusting state while rendering (React re-renders at once, before committing): the step entered is visited.
  if (!visited.includes(current)) setVisited([...visited, current]);
  // Read when rendering: undefined on React before 19.2.
  const Panel = (React as Partial<typeof React>).Activity ?? CurrentOnly;
  return steps.map((step) => {
    if (!visited.includes(step)) return null;
    const shown = step === current;
    // The same tree either way, so that a step named by `keepLaidOut` later is not mounted again.
    const kept = !shown && keepLaidOut?.(step) === true;
    return (
      <Panel key={step} mode={shown || kept ? 'visible' : 'hidden'}>
        <div className="sdm-StepPanel" data-step-panel={step} hidden={kept || undefined}>
          {children(step)}
        </div>
      </Panel>
    );
  });
}
