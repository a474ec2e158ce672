// `pnpm bench` (issue 8): bytes, mount, interaction and growth of our widgets against SurveyJS and LHC-Forms.
// A benchmark, not a test: it writes results/latest.md and results/latest.json. Options:
//   --runs N           mount runs per subject and CPU rate (default 20)
//   --only a,b         any of sizes,mount,interaction,growth,limits (a partial run writes to .tmp/results/)
//   --limit-reps N     repetitions of each step in the limits part (default 16)
//   --limit-scenarios  only these scenarios of the limits part (see INTERACTIONS in limits.ts)
//   --render file.json re-renders the markdown of an earlier run
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { type BenchTab, buildPages, heapUsed, launch, openTab, scriptMs, serve, throttle, wwwDir } from './browser.js';
import { type LimitsResult, limitTargets, runLimits } from './limits.js';
import { renderMarkdown } from './report.js';
import { benchDir, measureAllSizes, type SizeRow } from './sizes.js';
import { growth, type Summary, summarize } from './stats.js';

export const MOUNT_SUBJECTS = [
  { id: 'decision-aid', label: 'DecisionAid (self-paced, first step)' },
  { id: 'decision-aid-encounter', label: 'DecisionAid (encounter: every part on one screen)' },
  { id: 'visit-prep', label: 'VisitPrep (new-symptom template, first step)' },
  { id: 'question-list', label: 'QuestionList (example list, prepare step)' },
] as const;
export const CPU_RATES = [1, 4] as const;

interface MountTiming {
  commitMs: number;
  paintMs: number;
  elements: number;
}

export interface MountResult {
  readonly subject: string;
  readonly label: string;
  readonly rate: number;
  /**
   * warm: the same tab navigated again for each run; cold: a new tab for each run (first visit), the widget being
   * the page's first React render; portal: a new tab for each run whose page has first rendered its own small
   * React UI (pages/portal-shell.tsx), as a portal page has before the patient opens a widget.
   */
  readonly tab: 'warm' | 'cold' | 'portal';
  readonly ours: Summary;
  readonly surveyjs: Summary;
  readonly oursCommit: Summary;
  readonly surveyjsCommit: Summary;
  readonly oursElements: number;
  readonly surveyjsElements: number;
  /** Median ours / median SurveyJS (paint). */
  readonly ratio: number;
}

export interface StepResult {
  readonly label: string;
  readonly steps: number;
  /** CDP ScriptDuration per step, minus the median of empty measuring steps. */
  readonly scriptMs: Summary;
  /** React Profiler actualDuration summed over the step's commits. */
  readonly reactMs: Summary;
  /** Rows (the widget's row component) rendered per step. */
  readonly rows: Summary;
  readonly rowComponent: string;
  /** Every component rendered in a typical (median) step, with counts. */
  readonly components: Record<string, number>;
  readonly check: string;
}

export interface InteractionResult {
  readonly listSize: number;
  readonly rowsOnScreen: number;
  readonly baselineScriptMs: number;
  readonly typing: StepResult;
  readonly typingThrottled: StepResult;
  readonly answered: StepResult;
  readonly moveTop: StepResult;
  readonly profile: {
    readonly scenario: string;
    readonly top: readonly { name: string; url: string; selfMs: number }[];
  };
}

export interface GrowthSeries {
  readonly label: string;
  readonly points: readonly { n: number; mount: Summary; heapMb: Summary; elements: number }[];
  readonly mountGrowth: ReturnType<typeof growth>;
  readonly heapGrowth: ReturnType<typeof growth>;
}

export interface BenchResult {
  readonly date: string;
  readonly environment: Record<string, string | number>;
  readonly sizes?: readonly SizeRow[];
  readonly mount?: readonly MountResult[];
  readonly interaction?: InteractionResult;
  readonly growth?: readonly GrowthSeries[];
  readonly limits?: LimitsResult;
  /** Seconds the limits part took. */
  readonly limitsS?: number;
  readonly durationS: number;
}

type BenchWindow = { __bench: Record<string, (...args: unknown[]) => Promise<unknown>> };

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

async function mountOnce(
  tab: BenchTab,
  page: 'ours' | 'surveyjs',
  subject: string,
  rate: number,
  n = 0,
  withHeap = false,
  portal = false,
): Promise<MountTiming & { heap: number }> {
  await tab.open(page);
  const before = withHeap ? await heapUsed(tab.cdp) : 0;
  if (rate !== 1) await throttle(tab.cdp, rate);
  try {
    const t = (await tab.page.evaluate(([s, k, p]) => (window as unknown as BenchWindow).__bench.mount?.(s, k, p), [
      subject,
      n,
      portal,
    ] as const)) as MountTiming;
    const heap = withHeap ? (await heapUsed(tab.cdp)) - before : 0;
    return { ...t, heap };
  } finally {
    if (rate !== 1) await throttle(tab.cdp, 1);
  }
}

function mountResults(samples: Map<string, MountTiming[]>, rate: number, tab: MountResult['tab']): MountResult[] {
  return MOUNT_SUBJECTS.map((s) => {
    const o = samples.get(`ours:${s.id}`) ?? [];
    const v = samples.get(`surveyjs:${s.id}`) ?? [];
    const ours = summarize(o.map((t) => t.paintMs));
    const surveyjs = summarize(v.map((t) => t.paintMs));
    return {
      subject: s.id,
      label: s.label,
      rate,
      tab,
      ours,
      surveyjs,
      oursCommit: summarize(o.map((t) => t.commitMs)),
      surveyjsCommit: summarize(v.map((t) => t.commitMs)),
      oursElements: o[0]?.elements ?? 0,
      surveyjsElements: v[0]?.elements ?? 0,
      ratio: ours.median / surveyjs.median,
    };
  });
}

/** Round robin over subjects, alternating who goes first, so load from other processes hits both sides alike. */
async function roundRobin(
  runs: number,
  label: string,
  mount: (side: 'ours' | 'surveyjs', subject: string) => Promise<MountTiming>,
): Promise<Map<string, MountTiming[]>> {
  const samples = new Map<string, MountTiming[]>();
  for (let run = 0; run < runs; run++) {
    for (const s of MOUNT_SUBJECTS) {
      const order = run % 2 === 0 ? (['ours', 'surveyjs'] as const) : (['surveyjs', 'ours'] as const);
      for (const side of order) {
        const t = await mount(side, s.id);
        const key = `${side}:${s.id}`;
        samples.set(key, [...(samples.get(key) ?? []), t]);
      }
    }
    log(`  ${label}: run ${run + 1}/${runs}`);
  }
  return samples;
}

async function runMount(context: BrowserContext, origin: string, tab: BenchTab, runs: number, coldRuns: number) {
  const out: MountResult[] = [];
  for (const rate of CPU_RATES) {
    // Warm-up (not recorded): the first loads in a fresh browser are slower for everyone.
    for (const s of MOUNT_SUBJECTS) {
      await mountOnce(tab, 'ours', s.id, rate);
      await mountOnce(tab, 'surveyjs', s.id, rate);
    }
    const samples = await roundRobin(runs, `mount ${rate}x CPU`, (side, id) => mountOnce(tab, side, id, rate));
    out.push(...mountResults(samples, rate, 'warm'));
  }
  // First visit: a new tab per run, so nothing of the page's scripts is compiled yet. `cold`: the widget is the
  // page's first React render (the worst case); `portal`: the page has rendered its own React UI first.
  for (const tabKind of ['cold', 'portal'] as const) {
    const label = tabKind === 'cold' ? 'mount in a new tab' : 'mount in a new tab after the portal page rendered';
    const samples = await roundRobin(coldRuns, label, async (side, id) => {
      const fresh = await openTab(context, origin);
      try {
        return await mountOnce(fresh, side, id, 1, 0, false, tabKind === 'portal');
      } finally {
        await fresh.close();
      }
    });
    out.push(...mountResults(samples, 1, tabKind));
  }
  return out;
}

interface StepSample {
  scriptMs: number;
  reactMs: number;
  commits: number;
  counts: Record<string, number>;
}

async function step(page: Page, cdp: CDPSession, act: () => Promise<void>) {
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.begin?.());
  const s0 = await scriptMs(cdp);
  await act();
  const r = (await page.evaluate(() => (window as unknown as BenchWindow).__bench.end?.())) as Omit<
    StepSample,
    'scriptMs'
  >;
  const s1 = await scriptMs(cdp);
  return { ...r, scriptMs: s1 - s0 };
}

function stepResult(
  label: string,
  samples: StepSample[],
  baseline: number,
  rowComponent: string,
  check: string,
): StepResult {
  const rows = samples.map((s) => s.counts[rowComponent] ?? 0);
  const sorted = [...samples].sort((a, b) => a.scriptMs - b.scriptMs);
  const typical = sorted[Math.floor(sorted.length / 2)];
  return {
    label,
    steps: samples.length,
    scriptMs: summarize(samples.map((s) => Math.max(0, s.scriptMs - baseline))),
    reactMs: summarize(samples.map((s) => s.reactMs)),
    rows: summarize(rows),
    rowComponent,
    components: typical?.counts ?? {},
    check,
  };
}

/** Top functions by self time in a CPU profile (CDP Profiler), for finding the cause of a miss. */
function topSelf(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}) {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of samples.entries()) self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  const byName = new Map<string, { name: string; url: string; selfMs: number }>();
  for (const node of profile.nodes) {
    const t = (self.get(node.id) ?? 0) / 1000;
    if (t === 0) continue;
    const name = node.callFrame.functionName || '(anonymous)';
    const url = node.callFrame.url.replace(/^.*\//, '');
    const key = `${name}@${url}`;
    const prev = byName.get(key);
    byName.set(key, { name, url, selfMs: (prev?.selfMs ?? 0) + t });
  }
  return [...byName.values()]
    .filter((f) => !['(program)', '(idle)', '(garbage collector)'].includes(f.name) || f.selfMs > 0)
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 15)
    .map((f) => ({ ...f, selfMs: Math.round(f.selfMs * 100) / 100 }));
}

const TYPED = 'Take it with food ok'; // 20 characters

async function runInteraction(context: BrowserContext, origin: string): Promise<InteractionResult> {
  const tab = await openTab(context, origin);
  await tab.open('interaction');
  const { page, cdp } = tab;
  const listSize = 500;
  // Visit mode, every question on the patient's list: type an answer note into one question, mark answered.
  await cdp.send('Performance.enable');
  const rowsOnScreen = (await page.evaluate(([n]) => (window as unknown as BenchWindow).__bench.setup?.(n, 'visit'), [
    listSize,
  ] as const)) as number;
  if (rowsOnScreen !== listSize) throw new Error(`expected ${listSize} visit rows, got ${rowsOnScreen}`);

  // Cost of measuring itself (two evaluates, a frame): subtracted from every step.
  const empty: StepSample[] = [];
  for (let i = 0; i < 10; i++) empty.push(await step(page, cdp, async () => {}));
  const baseline = summarize(empty.map((s) => s.scriptMs)).median;

  const row = page.locator('.sdm-VisitMode__item').nth(249);
  const note = row.locator('textarea');
  await note.focus();
  const typeAll = async () => {
    const out: StepSample[] = [];
    for (const ch of TYPED) out.push(await step(page, cdp, () => page.keyboard.press(ch === ' ' ? 'Space' : ch)));
    return out;
  };
  const typing = await typeAll();
  const typedValue = await note.inputValue();
  if (typedValue !== TYPED) throw new Error(`typed note is "${typedValue}"`);

  // Same 20 keystrokes with the CPU slowed down 4x.
  await note.fill('');
  await note.focus();
  await throttle(cdp, 4);
  const throttled = await typeAll();
  await throttle(cdp, 1);

  // A CPU profile of 20 more keystrokes, to see where keystroke time goes.
  await note.fill('');
  await note.focus();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (const ch of TYPED) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  const { profile } = await cdp.send('Profiler.stop');

  // Mark 10 questions answered, spread over the list.
  const answered: StepSample[] = [];
  for (let k = 0; k < 10; k++) {
    // The second status toggle of the row (a role locator by name stops matching once it is pressed).
    const button = page
      .locator('.sdm-VisitMode__item')
      .nth(10 + k * 45)
      .locator('.sdm-VisitMode__status button')
      .nth(1);
    if ((await button.textContent()) !== 'Answered') throw new Error('not the Answered button');
    answered.push(await step(page, cdp, () => button.click()));
    if ((await button.getAttribute('aria-pressed')) !== 'true') throw new Error('question was not marked answered');
  }
  await page.close();

  // Prepare mode, every question on the list: move the 401st question into the top 3, ten times.
  const prep = await openTab(context, origin);
  await prep.open('interaction');
  await prep.cdp.send('Performance.enable');
  const mine = (await prep.page.evaluate(([n]) => (window as unknown as BenchWindow).__bench.setup?.(n, 'prepare'), [
    listSize,
  ] as const)) as number;
  if (mine !== listSize) throw new Error(`expected ${listSize} rows on my list, got ${mine}`);
  const moved: StepSample[] = [];
  for (let k = 0; k < 10; k++) {
    const item = prep.page.locator('.sdm-MyQuestions__item').nth(400);
    const text = await item.locator('.sdm-MyQuestions__text').textContent();
    const button = item.getByRole('button', { name: 'Move to top 3', exact: true });
    moved.push(await step(prep.page, prep.cdp, () => button.click()));
    // "Move to top 3" puts the question third, the last place of the top 3.
    const third = await prep.page
      .locator('.sdm-MyQuestions__item')
      .nth(2)
      .locator('.sdm-MyQuestions__text')
      .textContent();
    if (third !== text) throw new Error(`moved question is not third: "${third}" vs "${text}"`);
  }
  await prep.page.close();

  return {
    listSize,
    rowsOnScreen,
    baselineScriptMs: baseline,
    typing: stepResult(
      'Type 20 characters into one answer note (visit step)',
      typing,
      baseline,
      'VisitRow',
      `note reads "${typedValue}"`,
    ),
    typingThrottled: stepResult(
      'Same, CPU 4x slower',
      throttled,
      baseline,
      'VisitRow',
      'note typed again under throttling',
    ),
    answered: stepResult(
      'Mark a question answered (visit step)',
      answered,
      baseline,
      'VisitRow',
      'aria-pressed="true" after each click',
    ),
    moveTop: stepResult(
      'Move question 401 into the top 3 (prepare step)',
      moved,
      baseline,
      'QuestionRow',
      'the moved question is third (last of the top 3) after each click',
    ),
    profile: { scenario: '20 keystrokes into one note, 500-question visit list, unthrottled', top: topSelf(profile) },
  };
}

async function runGrowth(tab: BenchTab, runs: number): Promise<GrowthSeries[]> {
  const series = [
    { id: 'ql-library', label: 'QuestionList, prepare step, library of N questions', sizes: [50, 500, 5000] },
    // The patient's list holds at most 1,000 questions (MAX_QUESTION_ITEMS), so 5,000 cannot be on it.
    { id: 'ql-visit', label: 'QuestionList, visit step, N questions on the patient’s list', sizes: [50, 500, 1000] },
  ];
  const out: GrowthSeries[] = [];
  for (const s of series) {
    const points = [];
    for (const n of s.sizes) {
      await mountOnce(tab, 'ours', s.id, 1, n, false); // warm-up
      const samples: (MountTiming & { heap: number })[] = [];
      for (let i = 0; i < runs; i++) samples.push(await mountOnce(tab, 'ours', s.id, 1, n, true));
      points.push({
        n,
        mount: summarize(samples.map((t) => t.paintMs)),
        heapMb: summarize(samples.map((t) => t.heap / 1024 / 1024)),
        elements: samples[0]?.elements ?? 0,
      });
      log(`  growth ${s.id} n=${n}: done`);
    }
    out.push({
      label: s.label,
      points,
      mountGrowth: growth(points.map((p) => ({ n: p.n, value: p.mount.median }))),
      heapGrowth: growth(points.map((p) => ({ n: p.n, value: p.heapMb.median }))),
    });
  }
  return out;
}

export async function main(argv: string[]): Promise<void> {
  const started = Date.now();
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const rerender = arg('render');
  if (rerender) {
    // Re-renders the markdown of an earlier run from its JSON (after a change to the report layout).
    const saved = JSON.parse(readFileSync(rerender, 'utf8')) as BenchResult;
    writeFileSync(rerender.replace(/\.json$/, '.md'), renderMarkdown(saved));
    log(`Wrote ${rerender.replace(/\.json$/, '.md')}`);
    return;
  }
  const runs = Number(arg('runs') ?? 20);
  const only = arg('only')?.split(',');
  const want = (part: string) => !only || only.includes(part);
  const outDir = only ? join(benchDir, '.tmp', 'results') : join(benchDir, 'results');
  const load = loadavg();

  const result: {
    -readonly [K in keyof BenchResult]: BenchResult[K];
  } = {
    date: new Date().toISOString(),
    environment: {
      node: process.version,
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      loadAverageAtStart: load.map((l) => l.toFixed(2)).join(' '),
      runs,
    },
    durationS: 0,
  };

  if (want('sizes')) {
    log('Sizes (esbuild, minified, react/react-dom external; gzip -9, brotli -11)…');
    result.sizes = await measureAllSizes();
  }

  if (want('mount') || want('interaction') || want('growth') || want('limits')) {
    log('Building benchmark pages…');
    await buildPages();
    const server = await serve(wwwDir);
    const { browser, context, version } = await launch();
    result.environment.chromium = version;
    try {
      const tab = await openTab(context, server.origin);
      if (want('mount')) {
        log(`Mount: ${MOUNT_SUBJECTS.length} subjects × ours/SurveyJS × ${runs} runs × CPU ${CPU_RATES.join('x, ')}x…`);
        result.mount = await runMount(context, server.origin, tab, runs, runs);
      }
      if (want('interaction')) {
        log('Interaction in a 500-question list…');
        result.interaction = await runInteraction(context, server.origin);
      }
      if (want('growth')) {
        log('Growth 50 / 500 / 5,000…');
        result.growth = await runGrowth(tab, Math.max(5, Math.round(runs / 2)));
      }
      if (want('limits')) {
        const reps = Number(arg('limit-reps') ?? 16);
        log(`At the limits: 5 rows against each widget's maximum, ${reps} repetitions, CPU 1x and 4x…`);
        const t0 = Date.now();
        result.limits = await runLimits(context, server.origin, reps, log, arg('limit-scenarios')?.split(','));
        result.limitsS = Math.round((Date.now() - t0) / 1000);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  result.environment.loadAverageAtEnd = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  result.durationS = Math.round((Date.now() - started) / 1000);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(outDir, 'latest.md'), renderMarkdown(result));
  log(`Wrote ${join(outDir, 'latest.md')} and latest.json in ${result.durationS} s.`);
  // The limits budgets fail the run, as the size budgets fail the tests.
  const missed = result.limits ? limitTargets(result.limits).filter((t) => !t.met) : [];
  if (missed.length > 0) {
    log(`\nAt the limits: ${missed.length} budget(s) missed:`);
    for (const t of missed) log(`  MISSED ${t.target}: ${t.measured}`);
    process.exitCode = 1;
  }
}
