import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from 'virtual:dangjian/custom-elements-manifest';
import { argTypesOf, elementOf } from './manifest-arg-types.js';

/**
 * The docs tables (attributes, properties, events, slots, CSS parts and custom properties, with
 * their descriptions and defaults) come from the elements' JSDoc through the manifest.
 */
setCustomElementsManifest(manifest);

/**
 * Every story is wrapped in an element carrying the chosen `lang` and theme, the way a portal
 * page would: the elements follow the nearest ancestor's `lang`, and the dark story background
 * shows the dark theme in its setting.
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN' },
  decorators: [(story, context) => html`<div lang=${String(context.globals['locale'] ?? 'zh-CN')}>${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    // axe runs after every story's play function, in the Accessibility panel and in `npm test`
    // (the storybook project): any WCAG 2.0/2.1 A or AA violation fails the story's test.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
    docs: {
      toc: true,
      // Storybook's reader of the manifest would drop a slot named like a part (see manifest-arg-types.ts).
      extractArgTypes: (tagName: string) => {
        const element = elementOf(manifest, tagName);
        return element ? argTypesOf(element) : null;
      },
      extractComponentDescription: (tagName: string) => elementOf(manifest, tagName)?.description,
    },
  },
  tags: ['autodocs'],
};

export default preview;
