// "At the limits" (issue 17): every interaction the issue names, at 5 rows and at each widget's schema maximum,
// as CDP scripting time and as interaction-to-next-paint (Event Timing API), at 1x and 4x CPU; and the mount at
// the maximum. The page is pages/limits.tsx (production build). Budgets: limitTargets() below.
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { type BenchTab, openTab, scriptMs, throttle } from './browser.js';
import { type Summary, summarize } from './stats.js';

export type LimitWidget = 'question-list' | 'visit-prep' | 'decision-aid';
type Scenario = 'ql-visit' | 'ql-prepare' | 'vp-concerns' | 'vp-symptoms' | 'vp-medicines' | 'da-values';

/** Rows at the small size. */
export const SMALL = 5;
/** Budgets (issue 17). */
export const LIMIT_BUDGETS = {
  /** Cost (scripting median) at the maximum at most this many times the cost at 5 rows. */
  growth: 2,
  /** INP (median of the interactions' longest event) at the maximum with the CPU 4x slower. */
  inpMs: 100,
  /** Mount (render call to painted) at the maximum at 1x. */
  mountMs: 300,
} as const;

type Act = () => Promise<void>;
interface StepDef {
  readonly label: string;
  /** Before the measured step (not timed): puts focus, scrolls the target into view; returns the step itself. */
  readonly arm: (page: Page, n: number, rep: number) => Promise<Act>;
  /** After the measured step (not timed): throws if the step did not do what it says. */
  readonly check: (page: Page, n: number, rep: number) => Promise<void>;
}
interface InteractionDef {
  readonly widget: LimitWidget;
  readonly scenario: Scenario;
  /** Done in this order for every repetition; each step is its own row of the table. */
  readonly steps: readonly StepDef[];
}

const KEYS = 'abcdefghij';
const mid = (n: number) => Math.floor(n / 2);

async function clickAt(locator: Locator, page: Page): Promise<Act> {
  // Rows that come into view are laid out at their real height (content-visibility: auto; ADR 0011), which moves
  // the target: scroll, let two frames pass, and scroll again before reading where to click.
  await locator.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('nothing to click');
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function typeIn(locator: Locator, page: Page, rep: number): Promise<Act> {
  await locator.scrollIntoViewIfNeeded();
  // Focus with the caret at the end, without input events (they would reach the measured step).
  await locator.evaluate((el: HTMLInputElement | HTMLTextAreaElement) => {
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  });
  return () => page.keyboard.press(KEYS[rep % KEYS.length] as string);
}

/** A keystroke into `field(page, n)`: the field's value must end with the key pressed. */
function keystroke(label: string, field: (page: Page, n: number) => Locator): StepDef {
  return {
    label,
    arm: (page, n, rep) => typeIn(field(page, n), page, rep),
    check: async (page, n, rep) => {
      const value = await field(page, n).inputValue();
      if (!value.endsWith(KEYS[rep % KEYS.length] as string)) throw new Error(`${label}: the field reads "${value}"`);
    },
  };
}

/** Moves the middle row up, then (next repetition) the same row down again: the list ends as it started. */
function reorder(
  label: string,
  rows: string,
  button: (row: Locator, up: boolean) => Locator,
  key: (row: Locator) => Promise<string>,
): StepDef {
  const from = (n: number, rep: number) => (rep % 2 === 0 ? mid(n) : mid(n) - 1);
  const to = (n: number, rep: number) => (rep % 2 === 0 ? mid(n) - 1 : mid(n));
  let moved = '';
  return {
    label,
    arm: async (page, n, rep) => {
      const row = page.locator(rows).nth(from(n, rep));
      moved = await key(row);
      return clickAt(button(row, rep % 2 === 0), page);
    },
    check: async (page, n, rep) => {
      if ((await key(page.locator(rows).nth(to(n, rep)))) !== moved) throw new Error(`${label}: the row did not move`);
    },
  };
}

/** Next from step `from`, then Back to it, with the widget's own buttons: two rows of the table. */
function stepChange(what: string, nav: string, stepped: string, from: string): StepDef[] {
  const go = (label: string, next: boolean): StepDef => ({
    label,
    arm: (page) => clickAt(page.locator(`${nav} button`).nth(next ? -1 : 0), page),
    check: async (page) => {
      const at = await page.locator(stepped).getAttribute('data-step');
      if ((at === from) === next) throw new Error(`${label}: on step ${at}`);
    },
  });
  return [go(`Step change: Next from ${what}`, true), go(`Step change: Back to ${what}`, false)];
}

const visitRow = (page: Page, n: number) => page.locator('.sdm-VisitMode__item').nth(mid(n));
const medicines = (page: Page) => page.locator('.sdm-Medicines__list').first().locator('.sdm-Medicines__row');

export const INTERACTIONS: readonly InteractionDef[] = [
  {
    widget: 'question-list',
    scenario: 'ql-visit',
    steps: [
      keystroke('Keystroke in an answer note (visit step)', (page, n) => visitRow(page, n).locator('textarea')),
      {
        label: 'Mark a question answered, or open again (visit step)',
        arm: (page, n) => clickAt(visitRow(page, n).locator('.sdm-VisitMode__status button').nth(1), page),
        check: async (page, n, rep) => {
          const pressed = await visitRow(page, n)
            .locator('.sdm-VisitMode__status button')
            .nth(1)
            .getAttribute('aria-pressed');
          if (pressed !== String(rep % 2 === 0)) throw new Error('the Answered button did not toggle');
        },
      },
    ],
  },
  {
    widget: 'question-list',
    scenario: 'ql-prepare',
    steps: [
      {
        label: 'Move the last question into the top 3 (prepare step)',
        arm: (page, n) =>
          clickAt(
            page
              .locator('.sdm-MyQuestions__item')
              .nth(n - 1)
              .getByRole('button', { name: 'Move to top 3' }),
            page,
          ),
        check: async (page) => {
          const third = await page.locator('.sdm-MyQuestions__item').nth(2).getAttribute('data-top');
          if (third !== 'true') throw new Error('the third question is not in the top 3');
        },
      },
      reorder(
        'Reorder: move a question up or down (prepare step)',
        '.sdm-MyQuestions__item',
        (row, up) => row.getByRole('button', { name: up ? 'Move up' : 'Move down', exact: true }),
        async (row) => (await row.locator('.sdm-MyQuestions__text').textContent()) ?? '',
      ),
    ],
  },
  {
    widget: 'visit-prep',
    scenario: 'vp-concerns',
    steps: [
      keystroke('Keystroke in a concern', (page, n) =>
        page.locator('.sdm-ReasonAndConcerns__item').nth(mid(n)).locator('textarea'),
      ),
      reorder(
        'Reorder: move a concern up or down',
        '.sdm-ReasonAndConcerns__item',
        (row, up) => row.locator(up ? '[data-action="up"]' : '[data-action="down"]'),
        async (row) => (await row.getAttribute('data-row-id')) ?? '',
      ),
    ],
  },
  {
    widget: 'visit-prep',
    scenario: 'vp-symptoms',
    steps: [
      keystroke('Keystroke in a timeline note', (page, n) =>
        page.locator('.sdm-SymptomStory__entry').nth(mid(n)).locator('textarea'),
      ),
    ],
  },
  {
    widget: 'visit-prep',
    scenario: 'vp-medicines',
    steps: [
      keystroke('Keystroke in a medicine’s dose', (page, n) =>
        medicines(page).nth(mid(n)).locator('.sdm-Medicines__fields input').nth(1),
      ),
      {
        label: 'Remove a medicine (the middle one)',
        arm: (page, n) => clickAt(medicines(page).nth(mid(n)).locator('button').last(), page),
        check: async (page, n) => {
          if ((await medicines(page).count()) !== n - 1) throw new Error('no medicine was removed');
        },
      },
      {
        label: 'Add a medicine',
        arm: (page) => clickAt(page.locator('[data-action="add-medicine"]'), page),
        check: async (page, n) => {
          if ((await medicines(page).count()) !== n) throw new Error('no medicine was added');
        },
      },
      ...stepChange('the medicines', '.sdm-VisitPrep__nav', '.sdm-VisitPrep__step', 'medicines'),
    ],
  },
  {
    widget: 'decision-aid',
    scenario: 'da-values',
    steps: [
      {
        label: 'Rate a value',
        arm: (page, n, rep) =>
          clickAt(
            page
              .locator('.sdm-ValuesClarification__item')
              .nth(mid(n))
              .locator('.sdm-Choice__option')
              .nth(rep % 5),
            page,
          ),
        check: async (page, n, rep) => {
          const radio = page
            .locator('.sdm-ValuesClarification__item')
            .nth(mid(n))
            .locator('input')
            .nth(rep % 5);
          if (!(await radio.isChecked())) throw new Error('the rating was not chosen');
        },
      },
      ...stepChange('the values', '.sdm-DecisionAid__nav', '.sdm-DecisionAid__steps', 'values'),
    ],
  },
];

type BenchWindow = { __bench: Record<string, (...args: unknown[]) => Promise<unknown>> };
const call = (page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(([f, a]) => (window as unknown as BenchWindow).__bench[f as string]?.(...(a as unknown[])), [
    fn,
    args,
  ] as const);

export interface LimitSample {
  readonly scriptMs: number;
  /** Longest Event Timing entry of the step's interaction; 0 when under the 16 ms the API reports from. */
  readonly inpMs: number;
}

export interface LimitRow {
  readonly widget: LimitWidget;
  readonly label: string;
  readonly rate: number;
  readonly small: { readonly n: number; readonly scriptMs: Summary; readonly inpMs: Summary; readonly under: number };
  readonly max: { readonly n: number; readonly scriptMs: Summary; readonly inpMs: Summary; readonly under: number };
}

export interface LimitMount {
  readonly widget: LimitWidget;
  readonly label: string;
  readonly n: number;
  readonly paintMs: Summary;
  readonly elements: number;
}

export interface LimitsResult {
  readonly maxima: Record<LimitWidget, { max: number; source: string }>;
  readonly reps: number;
  readonly rows: readonly LimitRow[];
  readonly mounts: readonly LimitMount[];
}

interface SizedTab {
  readonly tab: BenchTab;
  readonly n: number;
  baseline: number;
}

async function measured(page: Page, cdp: CDPSession, act: Act): Promise<LimitSample> {
  await call(page, 'begin');
  const s0 = await scriptMs(cdp);
  await act();
  const { inpMs } = (await call(page, 'end')) as { inpMs: number };
  const s1 = await scriptMs(cdp);
  return { scriptMs: s1 - s0, inpMs };
}

async function openSized(context: BrowserContext, origin: string, scenario: Scenario, n: number): Promise<SizedTab> {
  const tab = await openTab(context, origin);
  await tab.page.bringToFront();
  await tab.open('limits');
  await tab.cdp.send('Performance.enable');
  await call(tab.page, 'setup', scenario, n);
  // Cost of measuring itself (two evaluates, a frame or more): subtracted from every step.
  const empty: number[] = [];
  for (let i = 0; i < 8; i++) empty.push((await measured(tab.page, tab.cdp, async () => {})).scriptMs);
  return { tab, n, baseline: summarize(empty).median };
}

const MOUNT_LABEL: Record<LimitWidget, { scenario: Scenario; label: string }> = {
  'question-list': { scenario: 'ql-visit', label: 'QuestionList, visit step, every question on the list' },
  'visit-prep': { scenario: 'vp-medicines', label: 'VisitPrep, medicines step, every list full' },
  'decision-aid': { scenario: 'da-values', label: 'DecisionAid, values step' },
};

export async function runLimits(
  context: BrowserContext,
  origin: string,
  reps: number,
  log: (line: string) => void,
  /** Only these scenarios (and their widgets' mounts), e.g. to look into one of them. */
  scenarios?: readonly string[],
): Promise<LimitsResult> {
  const picked = (scenario: string) => !scenarios || scenarios.includes(scenario);
  const probe = await openTab(context, origin);
  await probe.open('limits');
  const maxima = (await call(probe.page, 'limits')) as LimitsResult['maxima'];
  await probe.close();

  const rows: LimitRow[] = [];
  const started = Date.now();
  for (const def of INTERACTIONS.filter((d) => picked(d.scenario))) {
    const max = maxima[def.widget].max;
    for (const rate of [1, 4]) {
      // Both sizes open side by side, their steps alternating, so load from other processes hits both alike.
      const tabs = [
        await openSized(context, origin, def.scenario, SMALL),
        await openSized(context, origin, def.scenario, max),
      ];
      const samples = tabs.map(() => def.steps.map(() => [] as LimitSample[]));
      try {
        for (const t of tabs) if (rate !== 1) await throttle(t.tab.cdp, rate);
        // One repetition unrecorded (warm-up), then `reps`; an even count keeps back-and-forth steps paired.
        for (let rep = 0; rep <= reps; rep++) {
          for (const [ti, t] of tabs.entries()) {
            // A tab in the background gets few frames: the one measured is in front.
            await t.tab.page.bringToFront();
            for (const [si, s] of def.steps.entries()) {
              const act = await s.arm(t.tab.page, t.n, rep);
              const sample = await measured(t.tab.page, t.tab.cdp, act);
              await s.check(t.tab.page, t.n, rep);
              if (rep > 0) samples[ti]?.[si]?.push({ ...sample, scriptMs: Math.max(0, sample.scriptMs - t.baseline) });
            }
          }
        }
      } finally {
        for (const t of tabs) await t.tab.close();
      }
      for (const [si, s] of def.steps.entries()) {
        const side = (ti: number) => {
          const list = samples[ti]?.[si] ?? [];
          return {
            n: tabs[ti]?.n ?? 0,
            scriptMs: summarize(list.map((x) => x.scriptMs)),
            inpMs: summarize(list.map((x) => x.inpMs)),
            under: list.filter((x) => x.inpMs === 0).length,
          };
        };
        rows.push({ widget: def.widget, label: s.label, rate, small: side(0), max: side(1) });
      }
      log(`  limits ${def.scenario} ${rate}x CPU: done (${Math.round((Date.now() - started) / 1000)} s)`);
    }
  }

  // Mount at the maximum (and at 5 rows, to compare), 1x CPU, a fresh document for each run.
  const mounts: LimitMount[] = [];
  const tab = await openTab(context, origin);
  try {
    for (const widget of Object.keys(MOUNT_LABEL) as LimitWidget[]) {
      const { scenario, label } = MOUNT_LABEL[widget];
      if (!picked(scenario)) continue;
      for (const n of [SMALL, maxima[widget].max]) {
        const runs: { paintMs: number; elements: number }[] = [];
        for (let i = 0; i <= reps; i++) {
          await tab.open('limits');
          const t = (await call(tab.page, 'setup', scenario, n)) as { paintMs: number; elements: number };
          if (i > 0) runs.push(t);
        }
        mounts.push({
          widget,
          label,
          n,
          paintMs: summarize(runs.map((r) => r.paintMs)),
          elements: runs[0]?.elements ?? 0,
        });
      }
      log(`  limits mount ${widget}: done (${Math.round((Date.now() - started) / 1000)} s)`);
    }
  } finally {
    await tab.close();
  }
  return { maxima, reps, rows, mounts };
}

/** Each budget of the limits table, met or not, with the numbers that decide it. */
export function limitTargets(r: LimitsResult): { target: string; measured: string; met: boolean }[] {
  const out: { target: string; measured: string; met: boolean }[] = [];
  for (const row of r.rows) {
    const s = row.small.scriptMs.median;
    const m = row.max.scriptMs.median;
    out.push({
      target: `${row.widget}: ${row.label}, CPU ${row.rate}x: scripting at ${row.max.n} <= ${LIMIT_BUDGETS.growth}x at ${row.small.n}`,
      measured: `${m.toFixed(2)} vs ${s.toFixed(2)} ms (${s > 0 ? (m / s).toFixed(2) : '∞'}x)`,
      met: m <= LIMIT_BUDGETS.growth * s,
    });
    if (row.rate === 4) {
      const inp = row.max.inpMs.median;
      out.push({
        target: `${row.widget}: ${row.label}, CPU 4x: INP at ${row.max.n} <= ${LIMIT_BUDGETS.inpMs} ms`,
        measured: inp === 0 ? '< 16 ms' : `${inp.toFixed(0)} ms`,
        met: inp <= LIMIT_BUDGETS.inpMs,
      });
    }
  }
  for (const mount of r.mounts) {
    if (mount.n !== r.maxima[mount.widget].max) continue;
    out.push({
      target: `${mount.label}: mount at ${mount.n} <= ${LIMIT_BUDGETS.mountMs} ms at 1x`,
      measured: `${mount.paintMs.median.toFixed(1)} ms`,
      met: mount.paintMs.median <= LIMIT_BUDGETS.mountMs,
    });
  }
  return out;
}
