import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { onTestFinished, vi } from 'vitest';

/** What React did since the last `take()`: the phase of each commit and the work rendered in them. */
export interface Work {
  readonly commits: readonly string[];
  readonly work: number;
}

/** The test's clock, while one is installed: one tick per reading. */
let clock: { now: number } | null = null;

/**
 * React reads its clock when it starts and when it ends each component or element it renders (those it skips,
 * unchanged, are not read), and sums that in `actualDuration`. With a clock that moves one tick per reading,
 * `actualDuration` counts what React rendered, the same on every machine: no timed test. Installed until the
 * test ends; it starts at the real time and only goes forward.
 */
function tickingClock() {
  if (clock) return;
  const state = { now: Math.ceil(performance.now()) };
  const spy = vi.spyOn(performance, 'now').mockImplementation(() => ++state.now);
  clock = state;
  onTestFinished(() => {
    spy.mockRestore();
    clock = null;
  });
}

/**
 * Measures what React renders, as the benchmark does (packages/bench/pages/interaction.tsx); shared by the widgets' render-count tests: a `<Profiler>` around
 * the widget, its commits and their `actualDuration` summed per step, on a ticking clock (see above), so that
 * `work` is exact. Only comparisons mean something: the same step in a longer list, or against what rendering one
 * row costs (the mount of a longer list, less the shorter one's, per row).
 */
export function workMeter() {
  tickingClock();
  let commits: { phase: string; work: number }[] = [];
  const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration) => {
    commits.push({ phase, work: actualDuration });
  };
  return {
    /** `ui` inside the Profiler. */
    wrap: (ui: ReactNode) => (
      <Profiler id="measured" onRender={onRender}>
        {ui}
      </Profiler>
    ),
    /** The commits and work since the last call, then starts again. */
    take: (): Work => {
      const out = { commits: commits.map((c) => c.phase), work: commits.reduce((s, c) => s + c.work, 0) };
      commits = [];
      return out;
    },
  };
}

/** What rendering one row costs: the mount of a list with `extra` rows more, less the smaller one's, per row. */
export const rowWork = (small: Work, large: Work, extra: number): number => (large.work - small.work) / extra;
