declare module 'virtual:dangjian/custom-elements-manifest' {
  /** packages/components' Custom Elements Manifest, generated from the sources (see main.ts). */
  const manifest: import('../scripts/custom-elements-manifest.js').CustomElementsManifest;
  export default manifest;
}
