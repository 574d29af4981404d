// Bundles src/cli/bin.ts into dist/ with esbuild. Commands are loaded with dynamic import(),
// and code splitting gives each its own chunk, so `--help` loads only commander.
import { build } from 'esbuild';
import { rmSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minify: false,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // yaml and cli-table3 are CommonJS: an ESM bundle needs a real `require` for them.
  banner: {
    js: "import { createRequire as __vendorEvalCreateRequire } from 'node:module'; const require = __vendorEvalCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
