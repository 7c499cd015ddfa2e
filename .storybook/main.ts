import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type Plugin } from 'vite';
import { generateCustomElementsManifest, publicApiOf } from '../scripts/custom-elements-manifest.js';

const manifestModuleId = 'virtual:dangjian/custom-elements-manifest';

/**
 * Serves the Custom Elements Manifest, generated from the sources whenever the module is loaded
 * (at start and after an edit to an element), so the docs tables never need a prior build.
 */
function customElementsManifest(): Plugin {
  const resolvedId = `\0${manifestModuleId}`;
  return {
    name: 'dangjian:custom-elements-manifest',
    resolveId: (id) => (id === manifestModuleId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      return `export default ${JSON.stringify(publicApiOf(generateCustomElementsManifest()))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!/packages\/components\/src\/.*\.ts$/.test(file)) return;
      const module = server.moduleGraph.getModuleById(resolvedId);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', '@storybook/addon-a11y'],
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
      plugins: [...(config.plugins ?? []), customElementsManifest()],
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
