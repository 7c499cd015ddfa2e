declare module 'virtual:dangjian/custom-elements-manifest' {
  /** packages/components' Custom Elements Manifest, generated from the sources (see main.ts). */
  const manifest: import('../scripts/custom-elements-manifest.js').CustomElementsManifest;
  export default manifest;
}

declare module '*?raw' {
  /** A file's text, as Vite's `?raw` import gives it (the docs pages read the engines' README). */
  const text: string;
  export default text;
}
