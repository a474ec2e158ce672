// Consumer gate: the packed packages installed into fresh apps outside the workspace, as a portal team would use
// them. Every public package is packed with pnpm; throwaway apps are written into the OS temp folder (nothing is
// copied from the workspace but the tarballs) and installed from the npm registry plus those tarballs:
// - a Vite + React 19 app and a Vite + React 18 app that import the three widgets and their CSS, type-check with
//   strict settings (moduleResolution bundler, library types checked too), `vite build`, and render each widget
//   from the built dist in headless Chromium: headings visible, styles applied, no console error, no failed request;
// - a plain Node ESM script in each app that renders each widget with react-dom/server's renderToString.
// Neither app installs react-i18next: the widgets bind i18next to React themselves.
// The React 18 app also installs the oldest i18next major the peer range allows, and
// TypeScript 5.9 (the declarations are emitted by TypeScript 7; hosts still on 5.x must be able to read them).
// Installs use the pinned pnpm and its default store, so a second run is mostly offline.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getVisitPrepTemplate, prostateTreatmentEn, visitQuestionsEn, visitQuestionsEs } from '@sdmkit/content';
import { questionListEs } from '@sdmkit/question-list/locales/es';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docSamples, SAMPLE_AMBIENT, SAMPLE_DOCS } from '../src/doc-samples.js';
import { pack, pnpmCommand, publicPackages, run, runWithStderr } from '../src/packing.js';
import { serveStatic } from '../src/static-server.js';
import { launchChromium } from '../src/storybook.js';

const INSTALL_MS = 600_000;
const WIDGETS = [
  { id: 'decision-aid', component: 'DecisionAid', heading: prostateTreatmentEn.meta.title },
  { id: 'visit-prep', component: 'VisitPrep', heading: getVisitPrepTemplate('checkUp', 'en').title },
  { id: 'question-list', component: 'QuestionList', heading: visitQuestionsEn.title },
] as const;
function packHeading(): string {
  const messages = questionListEs.bundles.find((b) => b.ns === 'sdm-question-list')?.messages as
    | { mine?: { heading?: string } }
    | undefined;
  const heading = messages?.mine?.heading;
  if (!heading) throw new Error('The Spanish question-list pack has no mine.heading');
  return heading;
}

/** The question list in Spanish with its translation pack (a separate entry point): a string only the pack has. */
const SPANISH = {
  heading: visitQuestionsEs.title,
  packString: packHeading(),
};

interface AppSpec {
  readonly name: string;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

const APPS: readonly AppSpec[] = [
  {
    name: 'react19',
    dependencies: { react: '^19.0.0', 'react-dom': '^19.0.0', i18next: '^26.2.0' },
    devDependencies: {
      '@types/react': '^19.0.0',
      '@types/react-dom': '^19.0.0',
      '@vitejs/plugin-react': '^6.0.0',
      typescript: '^7.0.0',
      vite: '^8.0.0',
    },
  },
  {
    name: 'react18',
    dependencies: { react: '^18.2.0', 'react-dom': '^18.2.0', i18next: '~25.0.0' },
    devDependencies: {
      '@types/react': '^18.2.0',
      '@types/react-dom': '^18.2.0',
      '@vitejs/plugin-react': '^6.0.0',
      typescript: '~5.9.0',
      vite: '^8.0.0',
    },
  },
];

const pnpm = pnpmCommand();
/**
 * The environment of the apps: nothing inherited from the workspace's own pnpm run or from Vitest (which sets
 * NODE_ENV=test; `vite build` then makes a production build as a host's would, and Node runs React's development
 * build, which reports warnings).
 */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|NODE_OPTIONS$|NODE_ENV$|VITEST|TEST$)/i.test(k)),
);

let work: string;
const tarballs = new Map<string, string>();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sdmkit-consumer-'));
  const dest = join(work, 'tarballs');
  mkdirSync(dest);
  for (const pkg of publicPackages()) tarballs.set(pkg.json.name, pack(pkg, dest, pnpm));
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const file = (name: string): string => {
  const tgz = tarballs.get(name);
  if (!tgz) throw new Error(`${name} was not packed`);
  return `file:${tgz}`;
};

function writeApp(dir: string, spec: AppSpec): void {
  const sdm = [
    '@sdmkit/content',
    '@sdmkit/core',
    '@sdmkit/decision-aid',
    '@sdmkit/question-list',
    '@sdmkit/ui',
    '@sdmkit/visit-prep',
  ];
  const files: Record<string, string> = {
    'package.json': JSON.stringify(
      {
        name: `sdmkit-consumer-${spec.name}`,
        private: true,
        type: 'module',
        dependencies: { ...spec.dependencies, ...Object.fromEntries(sdm.map((n) => [n, file(n)])) },
        devDependencies: spec.devDependencies,
        // Dependencies between @sdmkit packages resolve to the tarballs too, never to the registry.
        pnpm: { overrides: Object.fromEntries([...tarballs.keys()].map((n) => [n, file(n)])) },
      },
      null,
      2,
    ),
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noImplicitOverride: true,
          verbatimModuleSyntax: true,
          isolatedModules: true,
          noUncheckedSideEffectImports: true,
          // The libraries' declarations are checked too, with the app's settings.
          skipLibCheck: false,
          noEmit: true,
          types: ['vite/client'],
        },
        include: ['src'],
      },
      null,
      2,
    ),
    'vite.config.js': [
      "import react from '@vitejs/plugin-react';",
      "import { defineConfig } from 'vite';",
      'export default defineConfig({ plugins: [react()] });',
      '',
    ].join('\n'),
    'index.html': [
      '<!doctype html>',
      '<html lang="en">',
      '<head><meta charset="utf-8"><title>SDM Kit consumer</title><link rel="icon" href="data:,"></head>',
      '<body><main id="root"></main><script type="module" src="/src/main.tsx"></script></body>',
      '</html>',
      '',
    ].join('\n'),
    'src/widgets.tsx': [
      "import { getVisitPrepTemplate, prostateTreatmentEn, visitQuestionsEn, visitQuestionsEs } from '@sdmkit/content';",
      "import { DecisionAid } from '@sdmkit/decision-aid';",
      "import { QuestionList } from '@sdmkit/question-list';",
      "import { questionListEs } from '@sdmkit/question-list/locales/es';",
      "import { VisitPrep } from '@sdmkit/visit-prep';",
      "import type { ReactElement } from 'react';",
      '',
      'export function Widgets(): ReactElement {',
      '  return (',
      '    <>',
      '      <section data-widget="decision-aid">',
      '        <DecisionAid content={prostateTreatmentEn} onComplete={(result) => console.info(result.contentId)} />',
      '      </section>',
      '      <section data-widget="visit-prep">',
      "        <VisitPrep content={getVisitPrepTemplate('checkUp', 'en')} />",
      '      </section>',
      '      <section data-widget="question-list">',
      '        <QuestionList content={visitQuestionsEn} />',
      '      </section>',
      '      <section data-widget="question-list-es">',
      '        <QuestionList content={visitQuestionsEs} locale="es" translations={[questionListEs]} />',
      '      </section>',
      '    </>',
      '  );',
      '}',
      '',
    ].join('\n'),
    'src/main.tsx': [
      "import '@sdmkit/ui/styles.css';",
      "import '@sdmkit/decision-aid/styles.css';",
      "import '@sdmkit/visit-prep/styles.css';",
      "import '@sdmkit/question-list/styles.css';",
      "import { StrictMode } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { Widgets } from './widgets.js';",
      '',
      "const root = document.getElementById('root');",
      "if (!root) throw new Error('#root is missing');",
      'createRoot(root).render(',
      '  <StrictMode>',
      '    <Widgets />',
      '  </StrictMode>,',
      ');',
      '',
    ].join('\n'),
    // Plain Node ESM: no bundler, no TypeScript, the packages' dist as Node resolves it.
    'ssr.mjs': [
      "import { createElement } from 'react';",
      "import { renderToString } from 'react-dom/server';",
      "import { getVisitPrepTemplate, prostateTreatmentEn, visitQuestionsEn, visitQuestionsEs } from '@sdmkit/content';",
      "import { DecisionAid } from '@sdmkit/decision-aid';",
      "import { QuestionList } from '@sdmkit/question-list';",
      "import { questionListEs } from '@sdmkit/question-list/locales/es';",
      "import { VisitPrep } from '@sdmkit/visit-prep';",
      '',
      'const widgets = {',
      "  'decision-aid': createElement(DecisionAid, { content: prostateTreatmentEn }),",
      "  'visit-prep': createElement(VisitPrep, { content: getVisitPrepTemplate('checkUp', 'en') }),",
      "  'question-list': createElement(QuestionList, { content: visitQuestionsEn }),",
      "  'question-list-es': createElement(QuestionList, {",
      "    content: visitQuestionsEs, locale: 'es', translations: [questionListEs],",
      '  }),',
      '};',
      'const out = {};',
      'for (const [id, element] of Object.entries(widgets)) out[id] = renderToString(element);',
      'process.stdout.write(JSON.stringify(out));',
      '',
    ].join('\n'),
  };
  // The code samples of README.md and docs/embedding.md, type-checked as written (not bundled: nothing imports them).
  for (const sample of docSamples()) files[`src/samples/${sample.file}`] = `// ${sample.from}\n${sample.code}`;
  files['src/samples/ambient.d.ts'] = SAMPLE_AMBIENT;
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
}

function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) =>
    (m[2] as string)
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe.each(APPS.map((a) => [a.name, a] as const))('a fresh Vite app with %s', (name, spec) => {
  let dir: string;

  beforeAll(() => {
    dir = join(work, name);
    mkdirSync(dir);
    writeApp(dir, spec);
    run(
      [
        ...pnpm,
        'install',
        '--no-frozen-lockfile',
        '--prefer-offline',
        '--config.confirmModulesPurge=false',
        '--config.strict-peer-dependencies=false',
      ],
      dir,
      { env: cleanEnv, timeoutMs: INSTALL_MS },
    );
    run([...pnpm, 'exec', 'vite', 'build', '--logLevel', 'warn'], dir, { env: cleanEnv, timeoutMs: 300_000 });
  }, INSTALL_MS + 300_000);

  it('installed the requested majors of React and i18next, and every @sdmkit package from its tarball', () => {
    const list = run([...pnpm, 'list', '--depth', '0', '--json'], dir, { env: cleanEnv });
    const [project] = JSON.parse(list) as { dependencies: Record<string, { version: string; resolved?: string }> }[];
    const deps = project?.dependencies ?? {};
    // The majors asked for (React, i18next) are the ones installed.
    for (const [dep, range] of Object.entries(spec.dependencies))
      expect(`${dep}@${deps[dep]?.version}`).toMatch(
        new RegExp(`^${dep}@${range.replace(/^[~^]/, '').split('.')[0]}\\.`),
      );
    for (const [dep, info] of Object.entries(deps))
      if (dep.startsWith('@sdmkit/')) expect(`${dep} ${info.resolved ?? info.version}`).toMatch(/\.tgz/);
    // Nothing pulled react-i18next in: no package needs it.
    const installed = readdirSync(join(dir, 'node_modules', '.pnpm'));
    expect(installed.filter((n) => n.startsWith('react-i18next@'))).toEqual([]);
  }, 60_000);

  it('type-checks with strict settings and moduleResolution bundler, with the samples of README and embedding guide', () => {
    const samples = docSamples();
    for (const doc of SAMPLE_DOCS)
      expect(samples.filter((x) => x.from.startsWith(`${doc}:`)).length, doc).toBeGreaterThan(0);
    run([...pnpm, 'exec', 'tsc', '-p', 'tsconfig.json'], dir, { env: cleanEnv, timeoutMs: 180_000 });
  }, 180_000);

  it('renders every widget from the built app in Chromium: headings, styles, no console error, no failed request', async () => {
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(true);
    const server = await serveStatic(join(dir, 'dist'));
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      page.on('request', (r) => {
        if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:'))
          problems.push(`request outside the app: ${r.url()}`);
      });
      await page.goto(`${server.origin}/`, { waitUntil: 'load' });
      for (const widget of WIDGETS) {
        const section = page.locator(`[data-widget="${widget.id}"]`);
        await section.getByRole('heading', { name: widget.heading }).first().waitFor({ state: 'visible' });
        const root = section.locator('.sdm-root').first();
        expect(await root.count(), `${widget.id} renders its root`).toBe(1);
        expect(await section.locator('.sdm-ErrorState').count(), `${widget.id} shows no error state`).toBe(0);
        // The explicit stylesheet imports reached the page: the tokens of @sdmkit/ui apply on the widget root.
        const font = await root.evaluate((el) => getComputedStyle(el).getPropertyValue('--sdm-font-size').trim());
        expect(font, `${widget.id} has the @sdmkit/ui tokens`).not.toBe('');
      }
      const spanish = page.locator('[data-widget="question-list-es"]');
      await spanish.getByRole('heading', { name: SPANISH.heading }).first().waitFor({ state: 'visible' });
      await spanish.getByRole('heading', { name: SPANISH.packString }).first().waitFor({ state: 'visible' });
      expect(await spanish.locator('.sdm-root').first().getAttribute('lang')).toBe('es');
      expect(problems).toEqual([]);
    } finally {
      await browser?.close();
      await server.close();
    }
  }, 120_000);

  it('renders every widget with react-dom/server in plain Node ESM, without a warning', () => {
    const { stdout, stderr } = runWithStderr([process.execPath, 'ssr.mjs'], dir, { env: cleanEnv, timeoutMs: 60_000 });
    // React's development build on the server: any warning (e.g. a layout effect during server rendering) fails.
    expect(stderr).toBe('');
    const out = JSON.parse(stdout) as Record<string, string>;
    for (const widget of WIDGETS) {
      const html = out[widget.id] ?? '';
      expect(html, widget.id).toContain('sdm-root');
      expect(html, widget.id).not.toContain('sdm-ErrorState');
      expect(headingsOf(html), widget.id).toContain(widget.heading);
    }
    const es = out['question-list-es'] ?? '';
    expect(es).toMatch(/class="sdm-root[^"]*"[^>]*lang="es"|lang="es"[^>]*class="sdm-root/);
    expect(headingsOf(es)).toEqual(expect.arrayContaining([SPANISH.heading, SPANISH.packString]));
  }, 60_000);
});
