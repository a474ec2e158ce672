// Builds the package in the current directory: ESM JS (vite library mode, dependencies external) for every JS
// entry of the package's `exports` map, into the file its `default` condition names (`.` -> dist/index.js,
// `./locales/es` -> dist/locales/es.js, …; code shared by entries goes into dist/chunks/), copies styles.css, then
// emits .d.ts with tsc. An entry whose source starts with a `'use client'` directive keeps it at the top of its
// built file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'vite';

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8'));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), 'react', 'react-dom'];
const isExternal = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

/** File in dist (without .js) -> source file, for the exports map's entries whose `source` is a TS module. */
const entries = {};
for (const [subpath, target] of Object.entries(pkg.exports ?? { '.': { source: './src/index.ts' } })) {
  const source = typeof target === 'object' ? target.source : undefined;
  if (!source || !/\.tsx?$/.test(source)) continue;
  // The built file is the one the `default` condition names: ./dist/<name>.js.
  const name = /^\.\/dist\/(.+)\.js$/.exec(typeof target.default === 'string' ? target.default : '')?.[1];
  if (!name) throw new Error(`exports["${subpath}"].default must be a ./dist/….js file`);
  entries[name] = resolve(cwd, source);
}
if (!entries.index) throw new Error('package.json exports must have a "." entry with a "source" condition');
const directive = /^\s*['"]use client['"];?/;

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
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rollupOptions: {
      external: isExternal,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});

// Keep `'use client'` on the entries that start with it (React entries), and only there: translation packs are
// plain data a server component may import.
for (const [name, source] of Object.entries(entries)) {
  const file = resolve(cwd, 'dist', `${name}.js`);
  const code = readFileSync(file, 'utf8');
  const wanted = directive.test(readFileSync(source, 'utf8'));
  if (wanted && !directive.test(code)) writeFileSync(file, `'use client';\n${code}`);
  if (!wanted && directive.test(code)) throw new Error(`dist/${name}.js has 'use client' but its source does not`);
}

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
