// Bundles src/cli/bin.ts into dist/ with esbuild. Commands are loaded with dynamic import(),
// and code splitting gives each its own chunk, so `--help` loads only commander.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

/**
 * commander requires node:child_process at load time, only to run executable subcommands,
 * which vendor-eval has none of; loading it (with net, dgram, streams) costs every start a few
 * milliseconds. Give commander a stand-in that loads the real module on first use.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

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
  // Linked .map files, so a stack trace in a bug report (VENDOR_EVAL_DEBUG=1, which turns on
  // Node's source-map support in bin.ts) names src/ files and lines. Without the sources inlined:
  // the maps stay small, and the lines are read in the repository at the reported version.
  sourcemap: 'linked',
  sourcesContent: false,
  minify: false,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // yaml and cli-table3 are CommonJS: an ESM bundle needs a real `require` for them.
  banner: {
    js: "import { createRequire as __vendorEvalCreateRequire } from 'node:module'; const require = __vendorEvalCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [lazyChildProcessForCommander],
});

// The shipped criteria sets, parsed once here: at run time they are read from this JSON unless
// their text changed (src/io/builtin.ts). Sets with YAML errors are left out, so the CLI reports them.
const builtin = [];
for (const file of readdirSync('criteria')
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const text = readFileSync(`criteria/${file}`, 'utf8');
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true });
  if (doc.errors.length === 0) builtin.push({ file, text, data: doc.toJS() });
}
writeFileSync('dist/builtin-criteria.json', JSON.stringify(builtin));
