// Bundles the CLI into dist/ with esbuild, as CommonJS split by hand: dist/cli.cjs holds commander
// and the program (all `--help` loads); every module the source loads with dynamic import() (each
// command's run module, a format's renderer, chalk's themes) becomes its own bundle, required on
// first use. CommonJS, not ESM, because Node 20 can cache V8's compiled code only for scripts it
// compiles with vm.Script (src/io/code-cache.ts); esbuild cannot split CommonJS itself.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import * as childProcess from 'node:child_process';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { isUtf8 } from 'node:buffer';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * commander requires node:child_process at load time, only to run executable subcommands,
 * which vendor-eval has none of; loading it (with net, dgram, streams) costs every start a few
 * milliseconds. commander and the sources (git runs only for `check --base`, the CI formats and
 * the questionnaire's author) get the same stand-in as a lazy bundle (`lazyStandIn`): a getter
 * per export that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      // the stand-in's own require of the module is the real one
      args.namespace === 'file' &&
      (/[\\/]commander[\\/]/.test(args.importer) || !/[\\/]node_modules[\\/]/.test(args.importer))
        ? { path: 'child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: lazyStandIn('node:child_process', Object.keys(childProcess)),
      loader: 'js',
    }));
  },
};

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Modules that define an error class: each is one bundle of its own, required by every bundle
 * that uses it, so that `instanceof UsageError` in the program sees the class a command threw.
 */
const errorModules = new Set(
  walk(src).filter((f) => /\bclass \w+ extends \w*Error\b/.test(readFileSync(f, 'utf8'))),
);

/** @param {string} dir @param {string} [ext] @returns {string[]} every file under dir (ending in ext) */
function walk(dir, ext = '.ts') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(join(dir, e.name), ext)
      : e.name.endsWith(ext)
        ? [join(dir, e.name)]
        : [],
  );
}

/** The bundle name of a split point: `src/cli/run/rank.ts` → `cli-run-rank`. */
function bundleName(path) {
  const rel = relative(src, path);
  if (!rel.startsWith('..')) return rel.replace(/\.[cm]?[jt]s$/, '').replaceAll(/[\\/]/g, '-');
  const parts = path.split(/[\\/]/);
  const pkgPath = parts.slice(parts.lastIndexOf('node_modules') + 1);
  const name = pkgPath[0].startsWith('@') ? `${pkgPath[0]}-${pkgPath[1]}` : pkgPath[0];
  return `pkg-${name.replace('@', '')}`;
}

/**
 * Packages the program itself uses, bundled into dist/cli.cjs. Every other package the source
 * imports is a bundle of its own: one copy per run however many bundles use it (one zod, one
 * yaml: their own `instanceof` checks hold), and each command's bundle stays small.
 */
const inProgram = /^(@commander-js\/extra-typings|commander)$/;

/** A bundle name no other split point has (two entry files of one package). */
function uniqueName(path) {
  const base = bundleName(path);
  const taken = new Set(splitPoints.values());
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  return name;
}

/**
 * cli-table3 measures every cell with string-width, whose emoji pattern (a 10 KB regular
 * expression) costs a table about 2 ms to compile and run. Its `require('string-width')` gets
 * src/ui/fast-width.ts instead: the same widths (an exhaustive test holds them equal), string-width
 * itself run only for a cell that is not all one-column characters. (string-width is not made
 * lazy like chalk: a default import of a lazy stand-in is the stand-in object, not the function.)
 */
const fastWidthForCliTable3 = {
  name: 'fast-width-for-cli-table3',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]node_modules[\\/]cli-table3[\\/]/.test(args.importer)
        ? { path: 'fast-width', namespace: 'fast-width-cjs' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'fast-width-cjs' }, () => ({
      // cli-table3 calls what it requires: hand it the function, not a module namespace
      contents: `module.exports = require(${JSON.stringify(join(src, 'ui', 'fast-width.ts'))}).fastStringWidth;`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * Modules loaded on first use rather than when the bundle that imports them loads: the packages
 * a run needs only when a cache misses or an input is invalid (zod, yaml, js-yaml), and the
 * source modules that build zod schemas or a YAML schema when they load. Each is a bundle of its
 * own; a module importing one gets a stand-in whose exports are getters that require the bundle
 * on first access (`lazyStandIn`). A warm `rank` then never loads zod or a YAML parser.
 */
const lazyPackages = /^(zod|yaml|js-yaml|chalk)$/;
const lazySources = new Set(
  walk(src).filter((f) => /-schema\.ts$/.test(f) || f === join(src, 'io', 'fast-yaml.ts')),
);

/** Split points found so far: absolute path → bundle name. */
const splitPoints = new Map([...errorModules, ...lazySources].map((f) => [f, bundleName(f)]));

/** Export names of lazily loaded modules, by absolute path (`exportNames`). */
const lazyExports = new Map();

/**
 * The names a module exports: for a source module from esbuild's own analysis of it, for a
 * package from Node's (its ESM namespace, or for CommonJS the names Node detects).
 */
async function exportNames(path) {
  if (lazyExports.has(path)) return lazyExports.get(path);
  let names;
  if (!/[\\/]node_modules[\\/]/.test(path)) {
    const { metafile } = await build({
      entryPoints: [path],
      bundle: false,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    names = Object.values(metafile.outputs).flatMap((o) => o.exports);
  } else {
    const all = Object.keys(await import(pathToFileURL(path).href));
    const used = namesUsedFromPackage(packageName(path));
    names = used ? all.filter((n) => used.has(n)) : all;
  }
  lazyExports.set(path, names);
  return names;
}

/** The package a file in node_modules belongs to (`zod`, `@scope/name`). */
function packageName(path) {
  const parts = path.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules') + 1;
  return parts[at].startsWith('@') ? `${parts[at]}/${parts[at + 1]}` : parts[at];
}

/**
 * The names the sources take from a package: those imported by name, and `ns.name` for a
 * namespace import (`import * as z from 'zod'`). esbuild copies every export of a CommonJS
 * module onto each namespace import's object when the importing bundle loads: for zod's ~300
 * exports and a dozen importing modules, a few milliseconds of every start. Undefined (keep
 * every export) when a namespace is used any other way than `ns.name`, or the module is
 * imported by default.
 */
function namesUsedFromPackage(pkgName) {
  const used = new Set();
  const from = `from '${pkgName}'`;
  for (const file of walk(src)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) continue;
    for (const m of text.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/g)) {
      if (m[3] !== pkgName || m[1]) continue;
      const clause = m[2];
      const ns = /^\*\s+as\s+(\w+)$/.exec(clause);
      // a default import (`import YAML from 'yaml'`) is the whole module: every name may be used
      if (!ns && !/^\{[^]*\}$/.test(clause)) return undefined;
      if (!ns) {
        for (const part of clause.replace(/[{}]/g, '').split(','))
          if (part.trim() && !part.trim().startsWith('type '))
            used.add(
              part
                .trim()
                .split(/\s+as\s+/)[0]
                .trim(),
            );
        continue;
      }
      const alias = ns[1];
      const body = text.slice(m.index + m[0].length);
      for (const use of body.matchAll(new RegExp(`\\b${alias}\\b(\\s*\\.\\s*(\\w+))?`, 'g'))) {
        if (!use[2]) return undefined;
        used.add(use[2]);
      }
    }
  }
  return used;
}

/**
 * The stand-in for a lazily loaded module (a bundle `./x.cjs`, or one of Node's): an
 * ES-module-shaped object whose every export in `names` is a getter that requires the module on
 * first access. esbuild's interop copies the getters without
 * calling them, so importing costs nothing until a function of the module is used.
 */
function lazyStandIn(specifier, names) {
  return [
    'let real;',
    `const load = () => (real ??= require(${JSON.stringify(specifier)}));`,
    "Object.defineProperty(exports, '__esModule', { value: true });",
    `for (const key of ${JSON.stringify(names.filter((n) => n !== '__esModule'))})`,
    '  Object.defineProperty(exports, key, { enumerable: true, get: () => load()[key] });',
  ].join('\n');
}

/**
 * Turns every import of a split point (a dynamic import() target, an error module) into a
 * `require('./<bundle>.cjs')` of its own bundle, and records new split points.
 */
const splitPerModule = {
  name: 'split-per-module',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.inner) return undefined;
      if (args.kind !== 'dynamic-import' && args.kind !== 'import-statement') return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { inner: true },
      });
      if (r.errors.length > 0 || r.external || r.namespace !== 'file') return undefined;
      const fromSource = !/[\\/]node_modules[\\/]/.test(args.importer);
      const isPackage = /[\\/]node_modules[\\/]/.test(r.path);
      const splits =
        args.kind === 'dynamic-import' || (fromSource && isPackage && !inProgram.test(args.path));
      // a module imported here that is a bundle of its own anyway (the target of an import()
      // elsewhere, say a format's renderer) loads on first use too; error classes load eagerly
      const lazy =
        fromSource &&
        args.kind === 'import-statement' &&
        (lazySources.has(r.path) ||
          (isPackage && lazyPackages.test(args.path)) ||
          (!isPackage && splitPoints.has(r.path) && !errorModules.has(r.path)));
      if ((splits || lazy) && !splitPoints.has(r.path)) splitPoints.set(r.path, uniqueName(r.path));
      const name = splitPoints.get(r.path);
      if (name === undefined) return undefined;
      if (lazy) return { path: name, namespace: 'lazy-module', pluginData: { file: r.path } };
      // esbuild keeps an external import() as import(), which a vm.Script cannot run: a stub
      // module that requires the bundle turns it into a require, still made on first use
      return args.kind === 'dynamic-import'
        ? { path: name, namespace: 'lazy-bundle' }
        : { path: `./${name}.cjs`, external: true };
    });
    b.onResolve({ filter: /.*/, namespace: 'lazy-bundle' }, (args) => ({
      path: args.path,
      external: true,
    }));
    b.onResolve({ filter: /.*/, namespace: 'lazy-module' }, (args) => ({
      path: args.path,
      external: true,
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, async (args) => ({
      contents: lazyStandIn(`./${args.path}.cjs`, await exportNames(args.pluginData.file)),
      loader: 'js',
      resolveDir: root,
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-bundle' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`./${args.path}.cjs`)});`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/** @param {Record<string, string>} entryPoints @param {boolean} write */
/** What every bundle of the CLI is: CommonJS for Node 20, written to dist/ as `.cjs`. */
const cjsForNode = {
  absWorkingDir: root,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
};

function bundle(entryPoints, write, define = {}) {
  return build({
    ...cjsForNode,
    entryPoints,
    write,
    metafile: true,
    // Linked .map files, so a stack trace in a bug report (VENDOR_EVAL_DEBUG=1, which turns on
    // Node's source-map support in bin/vendor-eval.js) names src/ files and lines. Without the
    // sources inlined: the maps stay small, and the lines are read in the repository at the
    // reported version.
    sourcemap: 'linked',
    sourcesContent: false,
    minify: false,
    legalComments: 'linked',
    define: {
      __VERSION__: JSON.stringify(pkg.version),
      'import.meta.url': 'import_meta_url',
      ...define,
    },
    // `import.meta.url` (src/io/builtin.ts finds the package root from it) in CommonJS
    inject: [join(root, 'scripts', 'import-meta-url.mjs')],
    logLevel: 'warning',
    plugins: [lazyChildProcess, fastWidthForCliTable3, splitPerModule],
  });
}

const program = { cli: join(src, 'cli', 'bin.ts') };
const entries = () => ({
  ...program,
  ...Object.fromEntries([...splitPoints].map(([path, name]) => [name, path])),
});
// Each build may find more split points in the bundles it adds: build until it finds none.
for (let known = -1; known !== splitPoints.size;) {
  known = splitPoints.size;
  await bundle(entries(), false);
}
rmSync(join(root, 'dist'), { recursive: true, force: true });
const { metafile } = await bundle(entries(), true);

// Bundles in ASCII alone. esbuild escapes non-ASCII characters in strings but keeps them in
// comments and regular expression literals (`/[—…]/`); one such character makes Node read the
// whole bundle as a two-byte string (UTF-8 decoded, twice the memory, a slower scan for every
// function compiled lazily) instead of copying its bytes. `\uXXXX` means the same character in
// a regular expression and is only text in a comment; a character escaped with a backslash
// already (`\—`) would change meaning, so the build stops instead.
for (const out of Object.keys(metafile.outputs).filter((o) => o.endsWith('.cjs'))) {
  const file = join(root, out);
  const text = readFileSync(file, 'utf8');
  if (!/[^\0-\x7f]/.test(text)) continue;
  const escaped = text.replace(/(\\?)([^\0-\x7f])/g, (_, slash, ch) => {
    if (slash) throw new Error(`${out}: a non-ASCII character after a backslash (${ch})`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(file, escaped);
}

// Each shared module must be in exactly one bundle, its own.
for (const shared of errorModules) {
  const rel = relative(root, shared);
  const holders = Object.entries(metafile.outputs).filter(([, o]) => rel in o.inputs);
  if (holders.length !== 1) throw new Error(`${rel} is bundled in ${holders.length} bundles`);
}

// The build id keys the code cache: a hash of every bundle, so a new build never reads old code.
const hash = createHash('sha256');
for (const out of Object.keys(metafile.outputs).sort()) hash.update(readFileSync(join(root, out)));
const buildId = hash.digest('hex').slice(0, 16);
await build({
  ...cjsForNode,
  entryPoints: { boot: join(src, 'cli', 'boot.ts') },
  define: { __BUILD_ID__: JSON.stringify(buildId), 'import.meta.url': 'import_meta_url' },
  inject: [join(root, 'scripts', 'import-meta-url.mjs')],
  logLevel: 'warning',
});

// The shipped YAML files (the criteria sets and the examples), parsed once here by the run's own
// parser and checks, and each shipped set loaded and checked as a run would
// (src/io/builtin-prevalidated.ts): a run reads dist/shipped/<path>.json for a file whose text is
// unchanged instead of parsing it, and takes an unchanged set's loaded result instead of checking
// it with zod and the rules (src/io/builtin.ts). A file with any issue is left out, so the CLI
// reports it. Done by a bundle of the run-time code itself (scripts/prevalidate.ts), so what is
// stored is what the run-time path gives (tests/io/builtin-prevalidated.test.ts).
const runner = join(root, 'dist', '.prevalidate.mjs');
await build({
  absWorkingDir: root,
  entryPoints: [join(root, 'scripts', 'prevalidate.ts')],
  outfile: runner,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
const prevalidator = await import(pathToFileURL(runner).href);
/** @type {Map<string, { bytes: Buffer, data: unknown, prevalidated?: { files: string[], loaded: string } }>} */
const shipped = new Map();
for (const rel of ['criteria', 'examples'].flatMap((dir) => yamlFilesUnder(dir))) {
  const bytes = readFileSync(join(root, rel));
  // a run takes a file whose bytes are these as valid UTF-8, without decoding it to check
  const parsed = isUtf8(bytes) ? prevalidator.parse(rel, bytes.toString('utf8')) : undefined;
  if (parsed) shipped.set(rel, { bytes, data: parsed.data });
  else console.warn(`${rel}: not parsed at build time (it has issues, or is not plain JSON data)`);
}
// JSON with every character beyond ASCII escaped: Node reads an ASCII file into a one-byte
// string without decoding, about twice as fast as UTF-8 text (the largest set's is 215 KB)
const asciiJson = (/** @type {string} */ json) =>
  json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// every file's bytes in texts.bin, placed by index.json (with a set's files), read once by a run
// that meets a shipped file; each file's data in <path>.data.json and a set's loaded result in
// <path>.set.json, read only when needed
const writeShipped = () => {
  const dir = join(root, 'dist', 'shipped');
  const index = {};
  let offset = 0;
  for (const [rel, { bytes, data, prevalidated }] of shipped) {
    const base = join(dir, rel);
    mkdirSync(dirname(base), { recursive: true });
    const key = rel.split(sep).join('/');
    index[key] = prevalidated ? [offset, bytes.length, prevalidated.files] : [offset, bytes.length];
    offset += bytes.length;
    writeFileSync(`${base}.data.json`, asciiJson(JSON.stringify(data)));
    if (prevalidated) writeFileSync(`${base}.set.json`, asciiJson(prevalidated.loaded));
  }
  writeFileSync(join(dir, 'texts.bin'), Buffer.concat([...shipped.values()].map((f) => f.bytes)));
  writeFileSync(join(dir, 'index.json'), asciiJson(JSON.stringify(index)));
};
// the sets load through the parsed files (as a run would read them), then are stored with them
writeShipped();
const criteriaDir = join(root, 'criteria');
const sets = [...shipped.keys()].filter((rel) => dirname(rel) === 'criteria');
const checked = prevalidator.run(
  sets.map((rel) => join(root, rel)),
  criteriaDir,
);
rmSync(runner);
sets.forEach((rel, i) => {
  if (checked[i]) shipped.get(rel).prevalidated = checked[i];
  else console.warn(`${rel}: not prevalidated (it does not load, or does not encode exactly)`);
});
writeShipped();

/** Every .yaml file under `dir` (relative to the repository), sorted. */
function yamlFilesUnder(dir) {
  return walk(join(root, dir), '.yaml')
    .map((f) => relative(root, f))
    .sort();
}

// The code cache a first run starts from (src/cli/code-cache.ts): each command run once here on
// the shipped examples, and the cache files it wrote kept in dist/code/. Keyed like any cache
// file by the Node version and the build id, so another Node ignores them; a run that compiles
// more than its command's file holds writes its own, as without them.
const primeDir = mkdtempSync(join(tmpdir(), 'vendor-eval-prime-'));
const primeRuns = [
  ['--help'],
  ['--version'],
  ['rank', 'examples/vendors'],
  ['explain', 'tala-global', 'examples/vendors'],
  ['compare', 'puente-contact', 'tala-global', 'examples/vendors'],
  ['cost', 'examples/vendors'],
  ['consensus', 'examples/vendors', 'examples/panel'],
  ['sensitivity', 'examples/vendors'],
  ['report', 'examples/vendors', '-o', join(primeDir, 'decision.html')],
  ['validate', 'examples/vendors'],
  ['weights'],
  ['criteria', 'list'],
  ['template'],
  ['schema', 'criteria'],
  ['init', join(primeDir, 'project')],
  // in the project `init` wrote, as a user runs it
  ['check', { cwd: join(primeDir, 'project') }],
];
// caching on, through Node's loader only when debugging: neither, whatever the builder's shell says
const primeEnv = { ...process.env, VENDOR_EVAL_CACHE_DIR: join(primeDir, 'cache') };
delete primeEnv.VENDOR_EVAL_NO_CACHE;
delete primeEnv.VENDOR_EVAL_DEBUG;
for (const run of primeRuns) {
  const args = run.filter((a) => typeof a === 'string');
  const cwd = run.find((a) => typeof a === 'object')?.cwd ?? root;
  spawnSync(process.execPath, [join(root, 'bin', 'vendor-eval.js'), ...args], {
    cwd,
    stdio: 'ignore',
    env: primeEnv,
  });
}
const primed = join(primeDir, 'cache', 'code');
mkdirSync(join(root, 'dist', 'code'), { recursive: true });
for (const name of existsSync(primed) ? readdirSync(primed) : []) {
  if (name.endsWith('.bin')) copyFileSync(join(primed, name), join(root, 'dist', 'code', name));
}
rmSync(primeDir, { recursive: true, force: true });
