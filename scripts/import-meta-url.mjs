// Injected by scripts/build.mjs into the CommonJS bundles that use `import.meta.url` (defined as
// `import_meta_url`): the bundle file's own URL. `require` and `__filename` are the bundle's.
/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- CommonJS: the bundle's */
export const import_meta_url = require('node:url').pathToFileURL(__filename).href;
