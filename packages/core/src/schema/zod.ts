import { z } from 'zod';

// Portals run a strict CSP. zod's object parser probes `new Function` the moment an object
// schema is built unless `jitless` is set first, and a strict CSP reports that probe as a
// violation even though zod swallows the error. Every schema in the kit imports `z` from here,
// so this line runs before the first schema is constructed.
z.config({ jitless: true });

export { z };
