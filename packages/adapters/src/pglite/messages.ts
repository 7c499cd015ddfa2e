import { defineMessages } from '@dangjian/core';

/** PGlite in a page whose CSP forbids WebAssembly. */
export const pgliteMessages = defineMessages('store', {
  wasmBlocked: {
    'zh-CN':
      "本页的内容安全策略（CSP）不允许编译 WebAssembly，内置数据库（PGlite）无法打开：请在 script-src 中加入 'wasm-unsafe-eval'，或改用 IndexedDB 或服务器存储",
    en: "This page's Content Security Policy does not allow compiling WebAssembly, so the embedded database (PGlite) cannot open: add 'wasm-unsafe-eval' to script-src, or use the IndexedDB or a server store",
  },
});
