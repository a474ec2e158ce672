// Interaction in a 500-question list, built with React's profiling build (react-dom/profiling) and names kept,
// so the React Profiler and the render counter (render-counter.ts, loaded first) can tell which rows re-rendered.
import '@sdmkit/ui/styles.css';
import '@sdmkit/question-list/styles.css';
import { generatePromptList } from '@sdmkit/content';
import { QuestionList } from '@sdmkit/question-list';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { afterPaint, whenPresent } from './harness.js';
import { allPicked } from './picked.js';

interface Commit {
  readonly phase: string;
  readonly actualDuration: number;
}
/** Installed by render-counter.ts (a classic script loaded before this module). */
function takeRenderCounts(): { counts: Record<string, number>; commits: number } {
  const counter = (globalThis as { __renderCounter?: { take: typeof takeRenderCounts } }).__renderCounter;
  if (!counter) throw new Error('render-counter.js was not loaded before the page');
  return counter.take();
}

let commits: Commit[] = [];
const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration) => {
  commits.push({ phase, actualDuration });
};

window.__bench = {
  /** Mounts the list with every question picked, in `mode` (visit: notes and answered; prepare: move to top). */
  setup: async (n: number, mode: 'visit' | 'prepare') => {
    const doc = generatePromptList(n);
    const container = document.getElementById('root') as HTMLElement;
    createRoot(container).render(
      <Profiler id="question-list" onRender={onRender}>
        <QuestionList content={doc} defaultValue={allPicked(doc)} defaultMode={mode} />
      </Profiler>,
    );
    await whenPresent(container, mode === 'visit' ? '.sdm-VisitMode__unanswered' : '.sdm-MyQuestions__add');
    await afterPaint();
    await afterPaint();
    commits = [];
    takeRenderCounts();
    return container.querySelectorAll(mode === 'visit' ? '.sdm-VisitMode__item' : '.sdm-MyQuestions__item').length;
  },
  /** Starts a measured step: forget earlier commits. */
  begin: () => {
    commits = [];
    takeRenderCounts();
  },
  /** Ends a measured step after the next paint: React commits and components rendered since begin(). */
  end: async () => {
    await afterPaint();
    const { counts, commits: commitCount } = takeRenderCounts();
    const reactMs = commits.reduce((s, c) => s + c.actualDuration, 0);
    const out = { reactMs, commits: commitCount, counts };
    commits = [];
    return out;
  },
};
window.__benchReady = true;
