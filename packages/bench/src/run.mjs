// `pnpm bench`: Node 20 cannot run TypeScript directly, so esbuild compiles src/bench.ts (packages external) into
// .tmp/ and we import it. The benchmark itself is in bench.ts.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const dir = resolve(import.meta.dirname, '..');
const out = resolve(dir, '.tmp', 'bench.mjs');
mkdirSync(resolve(dir, '.tmp'), { recursive: true });
await build({
  entryPoints: [resolve(dir, 'src', 'bench.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(out).href);
await main(process.argv.slice(2));
