#!/usr/bin/env node
// Tiny shim: the real entry is the bundled build (npm run build writes dist/).
// With VENDOR_EVAL_DEBUG set, stack traces name src/ files and lines (dist/*.map); turned on
// before the bundle loads so its own frames are mapped too. Costs nothing on other runs.
if (process.env.VENDOR_EVAL_DEBUG) process.setSourceMapsEnabled(true);
await import('../dist/cli.js');
