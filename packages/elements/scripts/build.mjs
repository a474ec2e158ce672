// Builds @sdmkit/elements:
// 1. dist/index.js: the library entry for bundler users (vite library mode like scripts/build-package.mjs,
//    dependencies external; the widgets' CSS is inlined as strings so it can go into each shadow root);
// 2. dist/sdm-elements.js: one self-registering ES module with everything bundled (React, react-dom, i18next,
//    the widgets and their CSS), production mode and minified, for plain HTML pages;
// 3. .d.ts files with tsc.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const cwd = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8'));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
// CSS imported with `?inline` becomes a string in the output, so it is never external.
const isExternal = (id) =>
  !id.includes('?inline') && (id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`)));
const onwarn = (warning, warn) => {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
  warn(warning);
};

await build({
  configFile: false,
  root: cwd,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: { entry: resolve(cwd, 'src/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rollupOptions: { external: isExternal, onwarn },
  },
});

await build({
  configFile: false,
  root: cwd,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  mode: 'production',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    target: 'es2022',
    lib: { entry: resolve(cwd, 'src/register.ts'), formats: ['es'], fileName: () => 'sdm-elements.js' },
    // Library mode keeps whitespace in ES output; this file is for browsers, so minify it fully.
    rollupOptions: { onwarn, output: { codeSplitting: false, minify: true } },
  },
});

// The library entry is a React client module (it renders with react-dom): keep its 'use client' at the top.
const entry = resolve(cwd, 'dist/index.js');
const entryCode = readFileSync(entry, 'utf8');
if (!/^\s*['"]use client['"]/.test(entryCode)) writeFileSync(entry, `'use client';\n${entryCode}`);

const single = readFileSync(resolve(cwd, 'dist/sdm-elements.js'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(`dist/sdm-elements.js: ${kb(single.length)} minified, ${kb(gzipSync(single).length)} gzip\n`);

const require = createRequire(import.meta.url);
const tsc = resolve(require.resolve('typescript/package.json'), '..', 'bin', 'tsc');
const tsconfig = resolve(cwd, 'tsconfig.build.json');
if (!existsSync(tsconfig))
  writeFileSync(
    tsconfig,
    `${JSON.stringify(
      {
        extends: '../../tsconfig.base.json',
        compilerOptions: {
          rootDir: 'src',
          outDir: 'dist',
          emitDeclarationOnly: true,
          declaration: true,
          declarationMap: true,
          customConditions: [],
          types: ['vite/client'],
        },
        include: ['src'],
        exclude: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/*.browser.test.tsx'],
      },
      null,
      2,
    )}\n`,
  );
execFileSync(process.execPath, [tsc, '-p', tsconfig], { stdio: 'inherit', cwd });
