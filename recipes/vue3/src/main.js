import { createApp } from 'vue';
// Register the elements the app uses, once, before the first render.
import '@dangjian/components/org-tree/define';
import App from './App.vue';

createApp(App).mount('#app');
