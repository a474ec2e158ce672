// Markdown for results/latest.md from the measured numbers.
import type { BenchResult, StepResult } from './bench.js';
import { LIMIT_BUDGETS, limitTargets } from './limits.js';
import { BUDGETS, kb, type SizeRow } from './sizes.js';
import { ms, spread } from './stats.js';

const yes = (ok: boolean) => (ok ? 'met' : '**MISSED**');

function sizeTable(rows: readonly SizeRow[]): string[] {
  const out = ['| Bundle | Minified | gzip | brotli | How |', '|---|---:|---:|---:|---|'];
  for (const r of rows) out.push(`| ${r.label} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.method} |`);
  return out;
}

function stepRow(s: StepResult): string {
  return `| ${s.label} | ${s.steps} | ${ms(s.scriptMs.median, 2)} (IQR ${s.scriptMs.p25.toFixed(2)}–${s.scriptMs.p75.toFixed(2)}) | ${ms(s.reactMs.median, 2)} | ${s.rows.median} (min ${s.rows.min}, max ${s.rows.max}) |`;
}

export function renderMarkdown(r: BenchResult): string {
  const out: string[] = [];
  out.push('# SDM Kit benchmark results', '');
  out.push(
    `Run ${r.date}, ${r.durationS} s. Reproduce: \`pnpm bench\` at the repository root. Method: docs/performance.md.`,
  );
  out.push('');
  out.push('| Environment | |', '|---|---|');
  for (const [k, v] of Object.entries(r.environment)) out.push(`| ${k} | ${v} |`);
  out.push('');

  const targets: string[] = [];

  if (r.sizes) {
    out.push('## Bytes', '', ...sizeTable(r.sizes), '');
    const own = r.sizes.filter((s) => /^own:(decision-aid|visit-prep|question-list)$/.test(s.id));
    const all = r.sizes.find((s) => s.id === 'all');
    for (const s of own)
      targets.push(`| ${s.label} <= ${kb(BUDGETS.ownGzip)} gzip | ${kb(s.gzip)} | ${yes(s.gzip <= BUDGETS.ownGzip)} |`);
    if (all)
      targets.push(
        `| ${all.label} <= ${kb(BUDGETS.allGzip)} gzip | ${kb(all.gzip)} | ${yes(all.gzip <= BUDGETS.allGzip)} |`,
      );
    const smart = r.sizes.find((s) => s.id === 'deps:smart');
    if (smart)
      targets.push(
        `| ${smart.label} <= ${kb(BUDGETS.smartGzip)} gzip (not in the total) | ${kb(smart.gzip)} | ${yes(smart.gzip <= BUDGETS.smartGzip)} |`,
      );
    const survey = r.sizes.find((s) => s.id === 'surveyjs');
    const lforms = r.sizes.find((s) => s.id === 'lforms');
    if (all && survey && lforms)
      out.push(
        `All of ours together is ${((all.gzip / survey.gzip) * 100).toFixed(0)} % of SurveyJS and ${((all.gzip / lforms.gzip) * 100).toFixed(0)} % of LHC-Forms (gzip).`,
        '',
      );
    const saving = r.sizes.find((s) => s.id === 'all+saving');
    if (all && saving)
      out.push(
        `Saving drafts is an opt-in import (\`createPersistence\` from \`@sdmkit/core\`): a portal that turns it on downloads ${kb(saving.gzip - all.gzip)} gzip more (${kb(saving.gzip)} in all).`,
        '',
      );
    out.push('Largest parts of the all-together bundle (minified bytes before compression):', '');
    for (const t of all?.top ?? []) out.push(`- ${t.path}: ${kb(t.bytes)}`);
    out.push('');
  }

  if (r.mount) {
    out.push('## Mount (render call to painted DOM, headless Chromium, a fresh document per run)', '');
    out.push(
      'warm = the same tab loads the page again for each run (scripts already compiled, as for a returning patient); cold = a new tab per run (first visit), the widget being the page’s first React render (worst case); portal = a new tab per run in which the page has first rendered its own small React UI, as a portal page has when the patient opens a widget (pages/portal-shell.tsx; the same on both sides).',
      '',
    );
    out.push(
      '| Widget | CPU, tab | Ours: median (spread) | SurveyJS: median (spread) | Ours / SurveyJS | DOM elements ours / SurveyJS |',
      '|---|---|---|---|---:|---|',
    );
    for (const m of r.mount) {
      out.push(
        `| ${m.label} | ${m.rate}x, ${m.tab} | ${spread(m.ours)} | ${spread(m.surveyjs)} | ${m.ratio.toFixed(2)} | ${m.oursElements} / ${m.surveyjsElements} |`,
      );
      targets.push(
        `| Mount ${m.label}, CPU ${m.rate}x, ${m.tab} tab: ours <= 1/3 of SurveyJS | ${m.ratio.toFixed(2)} | ${yes(m.ratio <= 1 / 3)} |`,
      );
    }
    out.push('', 'Commit only (render call to DOM committed, before paint), medians:', '');
    for (const m of r.mount)
      out.push(
        `- ${m.label}, ${m.rate}x ${m.tab}: ours ${ms(m.oursCommit.median)}, SurveyJS ${ms(m.surveyjsCommit.median)}`,
      );
    out.push('');
  }

  if (r.interaction) {
    const i = r.interaction;
    out.push(`## Interaction (${i.listSize} questions, all on the patient's list)`, '');
    out.push(
      `Scripting = CDP ScriptDuration per step minus the cost of measuring (${ms(i.baselineScriptMs, 2)}); React = Profiler actualDuration (react-dom/profiling); rows = row components React rendered in the step.`,
      '',
    );
    out.push(
      '| Step | n | Scripting median (IQR) | React render median | Rows re-rendered median |',
      '|---|---:|---|---|---|',
    );
    for (const s of [i.typing, i.typingThrottled, i.answered, i.moveTop]) out.push(stepRow(s));
    out.push('');
    for (const s of [i.typing, i.answered, i.moveTop]) {
      const comps = Object.entries(s.components)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ×${v}`)
        .join(', ');
      out.push(`- ${s.label}: components rendered in a median step: ${comps || 'none'}. Check: ${s.check}.`);
    }
    out.push('');
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    const typed = total(i.typing.components);
    // One row means the edited row's own subtree (a row and its few buttons), nothing else on the page.
    targets.push(
      `| Editing one question re-renders one row | ${i.typing.rows.median} ${i.typing.rowComponent} per keystroke (max ${i.typing.rows.max}), but ${typed} components in all | ${yes(i.typing.rows.max <= 1 && typed <= 10)} |`,
      `| Keystroke scripting median <= 4 ms unthrottled | ${ms(i.typing.scriptMs.median, 2)} | ${yes(i.typing.scriptMs.median <= 4)} |`,
    );
    out.push(`CPU profile, ${i.profile.scenario}, top self time:`, '');
    out.push('| Function | File | Self |', '|---|---|---:|');
    for (const f of i.profile.top) out.push(`| ${f.name} | ${f.url} | ${ms(f.selfMs, 2)} |`);
    out.push('');
  }

  if (r.growth) {
    out.push('## Growth', '');
    for (const g of r.growth) {
      out.push(`### ${g.label}`, '');
      out.push('| N | Mount median (spread) | JS heap retained, median | DOM elements |', '|---:|---|---:|---:|');
      for (const p of g.points)
        out.push(`| ${p.n} | ${spread(p.mount)} | ${p.heapMb.median.toFixed(2)} MB | ${p.elements} |`);
      const m = g.mountGrowth;
      const slopes = m.slopes.map((s) => `${(s * 1000).toFixed(1)} µs`).join(', then ');
      out.push(
        '',
        `Mount: each added question costs ${slopes}; between the two largest sizes that is ${m.ratio.toFixed(2)}× the average cost per question at the middle size -> ${m.verdict}. Heap: ${g.heapGrowth.ratio.toFixed(2)}× -> ${g.heapGrowth.verdict}.`,
        '',
      );
      targets.push(
        `| Mount cost linear in list size: ${g.label} | marginal / average ${m.ratio.toFixed(2)} (${m.verdict}) | ${yes(m.verdict !== 'worse than linear')} |`,
      );
    }
  }

  if (r.limits) {
    const l = r.limits;
    const iqr = (x: { p25: number; p75: number }) => `${x.p25.toFixed(2)}–${x.p75.toFixed(2)}`;
    const inp = (x: { median: number; max: number }, under: number, n: number) =>
      `${x.median === 0 ? '< 16' : x.median.toFixed(0)} (max ${x.max === 0 ? '< 16' : x.max.toFixed(0)}; ${under}/${n} < 16)`;
    out.push('## At the limits', '');
    out.push(
      `Each widget at 5 rows and at the most its schema accepts (${Object.entries(l.maxima)
        .map(([w, m]) => `${w} ${m.max}, \`${m.source}\``)
        .join(
          '; ',
        )}). Production build, real input through CDP, ${l.reps} repetitions after one unrecorded, the two sizes in two tabs taking turns. Scripting = CDP ScriptDuration of the step, less the cost of measuring; INP = the longest Event Timing entry of the step's interaction (\`PerformanceObserver\` type \`event\`, \`durationThreshold: 16\`, the lowest allowed: shorter interactions are "< 16"). Medians, with the interquartile range; ${r.limitsS ?? '?'} s for this part.`,
      '',
    );
    out.push(
      '| Widget | Interaction | CPU | Scripting at 5, median (IQR) | Scripting at max, median (IQR) | max / 5 | INP at 5, ms | INP at max, ms |',
      '|---|---|---:|---|---|---:|---|---|',
    );
    for (const row of l.rows) {
      const s = row.small.scriptMs;
      const m = row.max.scriptMs;
      out.push(
        `| ${row.widget} | ${row.label} | ${row.rate}x | ${ms(s.median, 2)} (${iqr(s)}) | ${ms(m.median, 2)} (${iqr(m)}) at ${row.max.n} | ${s.median > 0 ? (m.median / s.median).toFixed(2) : '∞'} | ${inp(row.small.inpMs, row.small.under, row.small.scriptMs.n)} | ${inp(row.max.inpMs, row.max.under, row.max.scriptMs.n)} |`,
      );
    }
    out.push('', '| Mount, 1x CPU | Rows | Median (spread) | DOM elements |', '|---|---:|---|---:|');
    for (const m of l.mounts) out.push(`| ${m.label} | ${m.n} | ${spread(m.paintMs)} | ${m.elements} |`);
    out.push(
      '',
      `Budgets: scripting at the maximum <= ${LIMIT_BUDGETS.growth}x at 5 rows (each interaction, each CPU rate); INP <= ${LIMIT_BUDGETS.inpMs} ms at the maximum with the CPU 4x slower; mount at the maximum <= ${LIMIT_BUDGETS.mountMs} ms at 1x. A missed budget makes \`pnpm bench\` exit with an error.`,
      '',
    );
    for (const t of limitTargets(l)) targets.push(`| ${t.target} | ${t.measured} | ${yes(t.met)} |`);
  }

  out.push('## Targets', '', '| Target | Measured | |', '|---|---|---|', ...targets, '');
  return `${out.join('\n')}\n`;
}
