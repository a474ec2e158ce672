// `pnpm fhir-server [--port N]`: the test FHIR server for a person (trying a portal, a SMART app, curl), in memory,
// on 127.0.0.1 until Ctrl-C. Port: --port N, else FHIR_PORT, else 8103; 0 takes a free one. No build step: Node 20
// cannot run TypeScript, so Vite's module runner (Vite is a root devDependency) loads src/index.ts, as Vitest does.
// It is set up as Vite's own `runnerImport` sets it up, but stays open: the server imports Medplum when it starts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRunnableDevEnvironment, resolveConfig } from 'vite';

const DEFAULT_PORT = 8103;
const here = dirname(fileURLToPath(import.meta.url));

/** @returns {number} */
function portFrom(argv, env) {
  let text;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') text = argv[++i] ?? '';
    else if (arg.startsWith('--port=')) text = arg.slice('--port='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Usage: pnpm fhir-server [--port N]   (or FHIR_PORT=N; default 8103, 0 = a free port)\n');
      process.exit(0);
    } else if (arg !== '--') fail(`Unknown argument: ${arg}`);
  }
  text ??= env.FHIR_PORT || String(DEFAULT_PORT);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) fail(`Not a port number: ${JSON.stringify(text)} (0–65535)`);
  return port;
}

function fail(message) {
  process.stderr.write(`fhir-server: ${message}\n`);
  process.exit(2);
}

const port = portFrom(process.argv.slice(2), process.env);
const config = await resolveConfig(
  {
    configFile: false,
    envDir: false,
    root: join(here, '..'),
    logLevel: 'warn',
    environments: {
      cli: {
        consumer: 'server',
        dev: { moduleRunnerTransform: true },
        // Packages (Medplum) are imported by Node itself; only this package's TypeScript goes through the runner.
        resolve: { external: true, mainFields: [], conditions: ['node'] },
      },
    },
  },
  'serve',
);
const runner = createRunnableDevEnvironment('cli', config, { runnerOptions: { hmr: { logger: false } }, hot: false });
await runner.init();
/** @type {typeof import('./index.ts')} */
const { startFhirServer } = await runner.runner.import(join(here, 'index.ts'));
/** @type {import('./index.ts').FhirTestServer} */
let server;
try {
  server = await startFhirServer({ port });
} catch (error) {
  const inUse = error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE';
  process.stderr.write(
    inUse
      ? `fhir-server: port ${port} on 127.0.0.1 is in use: choose another with --port N or FHIR_PORT=N\n`
      : `fhir-server: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}

process.stdout.write(
  `FHIR R4 server (Medplum FHIR router, in memory): ${server.baseUrl}\n` +
    'Every write is validated against the R4 definitions; nothing is kept after it stops. Ctrl-C stops it.\n',
);

let stopping = false;
const stop = (signal) => {
  if (stopping) process.exit(130); // a second Ctrl-C: do not wait for open connections
  stopping = true;
  process.stdout.write(`\nfhir-server: ${signal}, stopping\n`);
  Promise.all([server.close(), runner.close()]).then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
