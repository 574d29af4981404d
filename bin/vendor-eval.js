#!/usr/bin/env node
// Tiny shim: the real entry is the bundled build (npm run build writes dist/).
import '../dist/cli.js';
