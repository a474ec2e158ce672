// Finds the published packages and packs them the way `pnpm publish` would, for the publish and consumer gates.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly keywords?: readonly string[];
  readonly engines?: { readonly node?: string };
  readonly license?: string;
  readonly private?: boolean;
  readonly exports?: unknown;
  readonly files?: readonly string[];
  readonly sideEffects?: boolean | readonly string[];
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

export interface PublicPackage {
  /** Folder under packages/. */
  readonly dir: string;
  readonly json: PackageJson;
}

/**
 * Every packages/* package without `"private": true`: what `changeset publish` would publish. `SDM_PACKAGES`
 * (comma-separated folder names) narrows the list for a local run.
 */
export function publicPackages(): PublicPackage[] {
  const base = join(repoRoot, 'packages');
  const only = process.env.SDM_PACKAGES?.split(',').map((s) => s.trim());
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'package.json')))
    .map((d) => ({ dir: d.name, json: JSON.parse(readFileSync(join(base, d.name, 'package.json'), 'utf8')) }))
    .filter((p) => p.json.private !== true && (!only || only.includes(p.dir)))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

/** The pnpm version the repository pins (root packageManager). */
export function pinnedPnpmVersion(): string {
  const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string };
  const match = /^pnpm@(\d+\.\d+\.\d+)/.exec(root.packageManager);
  if (!match) throw new Error(`root packageManager is not pnpm: ${root.packageManager}`);
  return match[1] as string;
}

/** The pinned pnpm: the one on PATH when it is that version, else fetched with npx. */
export function pnpmCommand(): readonly string[] {
  const version = pinnedPnpmVersion();
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim() === version) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${version}`];
}

/** Runs a command; on failure throws with its full stdout and stderr so the test output shows why. */
export function run(
  command: readonly string[],
  cwd: string,
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): string {
  return runWithStderr(command, cwd, options).stdout;
}

/** As `run`, also returning what the command wrote to stderr. */
export function runWithStderr(
  command: readonly string[],
  cwd: string,
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): { stdout: string; stderr: string } {
  const [file, ...args] = command;
  const result = spawnSync(file as string, args, {
    cwd,
    encoding: 'utf8',
    env: options.env ?? process.env,
    timeout: options.timeoutMs ?? 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `command failed (${result.error?.message ?? `exit ${result.status}`}): ${command.join(' ')}\n` +
        `in ${cwd}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
    );
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Packs one package with pnpm (workspace: ranges rewritten, `files` applied) into `dest`; returns the tarball. */
export function pack(pkg: PublicPackage, dest: string, pnpm: readonly string[] = pnpmCommand()): string {
  const out = run([...pnpm, 'pack', '--pack-destination', dest], join(repoRoot, 'packages', pkg.dir));
  const tarball = out
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .reverse()
    .find((l) => l.endsWith('.tgz'));
  if (!tarball || !existsSync(tarball)) throw new Error(`pnpm pack printed no tarball for ${pkg.json.name}:\n${out}`);
  return tarball;
}

/** Paths inside a tarball, without the leading `package/`. */
export function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.length > 0 && !l.endsWith('/'))
    .map((l) => l.replace(/^package\//, ''));
}
