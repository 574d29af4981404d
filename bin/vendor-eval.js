#!/usr/bin/env node
// Tiny shim: the real entry is the bundled build (npm run build writes dist/). CommonJS (see
// bin/package.json), as the bundles are: an ES module entry costs every start Node's ESM loader.
// dist/boot.cjs turns on the V8 code cache (docs/performance.md), then loads dist/cli.cjs.
// With VENDOR_EVAL_DEBUG set, stack traces name src/ files and lines (dist/*.map): source maps
// are turned on before the bundles load, and they load through Node's own loader, without the
// code cache, so that every frame is mapped. Costs nothing on other runs.
'use strict';
/* global require -- CommonJS (bin/package.json) */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS (bin/package.json) */
if (process.env.VENDOR_EVAL_DEBUG) {
  process.setSourceMapsEnabled(true);
  require('../dist/cli.cjs');
} else {
  require('../dist/boot.cjs');
}
