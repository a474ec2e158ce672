// Builds the package in the current directory: ESM JS (vite library mode, one file per entry, dependencies
// external), copies styles.css, then emits .d.ts with tsc. A `'use client'` directive at the top of src/index.ts is kept.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'vite';

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8'));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), 'react', 'react-dom'];
const isExternal = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

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
    rollupOptions: {
      external: isExternal,
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});

if (existsSync(resolve(cwd, 'src/styles.css')))
  copyFileSync(resolve(cwd, 'src/styles.css'), resolve(cwd, 'dist/styles.css'));

const require = createRequire(import.meta.url);
const tsc = resolve(require.resolve('typescript/package.json'), '..', 'bin', 'tsc');
const tsconfig = resolve(cwd, 'tsconfig.build.json');
if (!existsSync(tsconfig)) {
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
          types: [],
        },
        include: ['src'],
        exclude: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/*.browser.test.tsx', 'src/**/test-utils/**'],
      },
      null,
      2,
    )}\n`,
  );
}
execFileSync(process.execPath, [tsc, '-p', tsconfig], { stdio: 'inherit', cwd });
