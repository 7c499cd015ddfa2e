/// <reference types="vite/client" />

/** The address of the street's prebuilt database (demo/seed-dump-plugin.ts). */
declare module 'virtual:demo-seed-dump' {
  const url: string;
  export default url;
}
