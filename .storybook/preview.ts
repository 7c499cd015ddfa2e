import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

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
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
