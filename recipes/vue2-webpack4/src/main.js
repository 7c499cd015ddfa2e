import Vue from 'vue';
// The package's root under webpack 4 is the single-file build: it registers every element.
import '@dangjian/components';

// dj-* tags are custom elements, not Vue components.
Vue.config.ignoredElements = [/^dj-/];

const orgs = [
  { id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'c1', name: '青龙苑社区党委', kind: 'committee', parentId: 'street' },
  { id: 'c1b1', name: '青龙苑第一党支部', kind: 'branch', parentId: 'c1' },
  { id: 'c1b2', name: '青龙苑第二党支部', kind: 'branch', parentId: 'c1' },
];

new Vue({
  el: '#app',
  data: { chosen: 'c1b2' },
  render(h) {
    const chosen = orgs.find((org) => org.id === this.chosen);
    return h('div', [
      h('h1', '青龙街道党组织'),
      h('dj-org-tree', {
        // Vue 2 sets `domProps` as properties (an array is no attribute), `attrs` as attributes.
        domProps: { orgs, selected: this.chosen },
        attrs: { 'expand-depth': '2', label: '青龙街道党组织' },
        on: { 'dj-org-select': (event) => (this.chosen = event.orgId) },
      }),
      h('p', ['选中：', h('output', { attrs: { id: 'chosen' } }, chosen ? chosen.name : '（未选择）')]),
    ]);
  },
});
