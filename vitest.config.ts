import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumAccessibilityArgs, chromiumPath } from './scripts/chromium.mjs';

// Tests and Storybook run against package sources through the `source` export condition: no build needed.
const resolve = { conditions: ['source', ...defaultClientConditions] };
const ssrResolve = { conditions: ['source', ...defaultServerConditions] };

/**
 * Vitest browser mode in Debian's Chromium; each project names its instance (names must be unique). Accessibility
 * is on from the start (`chromiumAccessibilityArgs`): the browser tests read Chromium's accessibility tree.
 */
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumAccessibilityArgs } }),
  instances: [{ browser: 'chromium' as const, name }],
  screenshotFailures: false,
});

export default defineConfig({
  plugins: [react()],
  resolve,
  ssr: { resolve: { conditions: ssrResolve.conditions, externalConditions: ['source'] } },
  test: {
    // Generous per-test limits: CI runs on 2 shared cores and jsdom + user-event typing is slow there. Speed is
    // measured by the benchmark (`pnpm bench`), never by a timed test.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        // Pure tests (.test.ts: no JSX) run in Node: a jsdom set-up costs 4-15 s per file on 2 cores. A .test.ts
        // file that needs a DOM says so with a `@vitest-environment jsdom` docblock.
        extends: true,
        test: {
          name: 'unit-node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/*.ssr.test.ts', '**/*.e2e.test.ts', '**/node_modules/**', '**/dist/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.tsx', 'packages/*/test/**/*.test.tsx'],
          // Each file runs in exactly one project: the browser, ssr and e2e files have their own below.
          exclude: [
            '**/*.browser.test.{ts,tsx}',
            '**/*.ssr.test.{ts,tsx}',
            '**/*.e2e.test.{ts,tsx}',
            '**/node_modules/**',
            '**/dist/**',
          ],
          setupFiles: ['./scripts/vitest-setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ssr',
          environment: 'node',
          include: ['packages/*/src/**/*.ssr.test.{ts,tsx}', 'packages/*/test/**/*.ssr.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-project',
          setupFiles: ['./scripts/vitest-setup-unit.ts'],
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}', 'packages/*/test/**/*.browser.test.{ts,tsx}'],
          browser: browser('browser'),
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['packages/e2e/test/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook-project', browser: browser('storybook') },
      },
    ],
  },
});
