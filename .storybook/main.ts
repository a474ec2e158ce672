import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

const apiReference = fileURLToPath(new URL('../packages/api-reference/site', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  // The introduction and the guides (stories/docs/*.mdx, each showing a markdown file of docs/) come first.
  stories: ['../stories/docs/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The guides link to the JSON Schemas authors validate their content with; the API reference (TypeDoc, built by
  // `pnpm build-storybook` and `pnpm storybook` into packages/api-reference/site) is served at /api.
  staticDirs: [
    { from: '../packages/core/schemas', to: '/schemas' },
    ...(existsSync(apiReference) ? [{ from: '../packages/api-reference/site', to: '/api' }] : []),
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Visitors are designers and portal developers: SDM Kit's introduction greets them, not Storybook's checklist.
  features: { sidebarOnboardingChecklist: false },
  typescript: { reactDocgen: false },
  async viteFinal(config) {
    // Stories import packages by name and run against their sources (the `source` export condition).
    config.resolve = { ...config.resolve, conditions: ['source', ...defaultClientConditions] };
    return config;
  },
};

export default config;
