import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  core: {
    // No network here, and portals' CI often has none either.
    disableTelemetry: true,
  },
  viteFinal(config) {
    // Stories run against the packages' sources (the `source` export condition), as the tests
    // do, so nothing has to be built first and edits show up at once.
    const conditions = config.resolve?.conditions ?? [...defaultClientConditions];
    return {
      ...config,
      resolve: { ...config.resolve, conditions: ['source', ...conditions.filter((name) => name !== 'source')] },
      optimizeDeps: {
        ...config.optimizeDeps,
        // The web-components renderer imports this entry; left out of the pre-bundle it drags in
        // a second lit-html beside the pre-bundled `lit` ("Multiple versions of Lit loaded").
        include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
