// The V8 code cache of the built CLI: the bytecode V8 compiled for dist/*.cjs in an earlier run,
// so a start deserialises what it needs instead of parsing and compiling it again. Node 20 has
// no compile cache of its own (module.enableCompileCache arrived in Node 22.1), so the bundles
// are CommonJS and compiled here with vm.Script and its `cachedData`.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { writeFileAtomic } from '../io/atomic-write.js';

/** Where and under which key a run reads and writes its code cache. */
export interface CodeCacheOptions {
  /** the cache folder (`cacheDir`), or undefined when caching is off */
  cacheDir: string | undefined;
  /** the folder of the bundles; only files in it are compiled with the cache */
  distDir: string;
  /** a hash of the build, written by scripts/build.mjs: a new build never reads an old cache */
  buildId: string;
  /** which command runs (`codeCacheKey`): each keeps the functions its own runs compiled */
  key: string;
}

const MAGIC = 0x31434556; // "VEC1", little-endian

/**
 * The cache key of a command line: its first word that is not an option (`rank`, `criteria`),
 * `help` or `version` for those flags alone, `other` for anything that is not a plain word (a
 * path typed where a command belongs), so the folder holds at most one file per command.
 */
export function codeCacheKey(argv: readonly string[]): string {
  const word = argv.find((a) => !a.startsWith('-'));
  if (word === undefined) {
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) return 'help';
    return argv.includes('--version') || argv.includes('-V') ? 'version' : 'other';
  }
  return /^[a-z][a-z0-9-]{0,40}$/.test(word) ? word : 'other';
}

/** The cache file of a build and command: node's version too, since V8's bytecode is its own. */
export function codeCacheFile(dir: string, buildId: string, key: string): string {
  return join(dir, 'code', `${process.version}-${buildId}-${key}.bin`);
}

/**
 * A checksum of the cached bytes. V8 checks that cached data belongs to the same V8, flags and
 * source length, but release builds do not verify its payload: a flipped byte must be caught
 * here, or it could crash the run. zlib's CRC-32 is native: 0.2 ms for a command's cache.
 */
function checksum(bytes: Uint8Array): number {
  return (crc32 ??= nativeCrc32())(bytes, 0);
}

let crc32: ((data: Uint8Array, value: number) => number) | undefined;

/**
 * zlib's CRC-32 function. `node:zlib` loads `node:stream` with it: 1.3 ms of every start, and
 * nothing else in most runs needs a stream (output to a pipe or a file is written without one,
 * standard-sink.ts). So the same native function is taken from zlib's binding, which
 * `process.binding` still hands out (its documentation-only deprecation, DEP0111, warns only
 * with `--pending-deprecation`: then, and wherever the binding lacks it or refuses, `node:zlib`
 * is loaded as before). tests/cli/code-cache-checksum.test.ts holds the two equal.
 */
export function nativeCrc32(): (data: Uint8Array, value: number) => number {
  const pending =
    process.env.NODE_PENDING_DEPRECATION === '1' ||
    [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
      // Node reads `_` in an option's name as `-` (`--pending_deprecation`)
      a.replace(/_/g, '-').startsWith('--pending-deprecation'),
    );
  if (!pending)
    try {
      const binding = (process as { binding?: (name: string) => unknown }).binding?.('zlib') as
        { crc32?: unknown } | undefined;
      const native = binding?.crc32;
      if (typeof native === 'function')
        return (data, value) => (native as (d: Uint8Array, v: number) => number)(data, value);
    } catch {
      // refused (a permission model): zlib's module below
    }
  const zlib = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  return (data, value) => zlib.crc32(data, value);
}

/**
 * One cache file: the magic number, the entry count, then per bundle its name, its checksum and
 * V8's cached data. Names are the bundles' file names in dist/.
 */
export function encodeCodeCache(entries: ReadonlyMap<string, Uint8Array>): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(entries.size, 4);
  parts.push(head);
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const entryHead = Buffer.alloc(12);
    entryHead.writeUInt32LE(nameBytes.length, 0);
    entryHead.writeUInt32LE(data.length, 4);
    entryHead.writeUInt32LE(checksum(data), 8);
    parts.push(entryHead, nameBytes, Buffer.from(data.buffer, data.byteOffset, data.length));
  }
  return Buffer.concat(parts);
}

/**
 * The entries of a cache file; an empty map when the file is not one (truncated, corrupt, from
 * elsewhere). An entry whose bytes do not match their checksum is left out.
 */
export function decodeCodeCache(file: Uint8Array): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const buf = Buffer.from(file.buffer, file.byteOffset, file.length);
  if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) return entries;
  const count = buf.readUInt32LE(4);
  let at = 8;
  for (let i = 0; i < count; i++) {
    if (at + 12 > buf.length) return new Map();
    const nameLength = buf.readUInt32LE(at);
    const dataLength = buf.readUInt32LE(at + 4);
    const sum = buf.readUInt32LE(at + 8);
    at += 12;
    if (at + nameLength + dataLength > buf.length) return new Map();
    const name = buf.toString('utf8', at, at + nameLength);
    at += nameLength;
    const data = buf.subarray(at, at + dataLength);
    at += dataLength;
    if (checksum(data) === sum) entries.set(name, data);
  }
  return entries;
}

/** The cache file's entries, or none: a missing or unreadable file only costs speed. */
function readEntries(file: string): Map<string, Buffer> {
  try {
    return decodeCodeCache(readFileSync(file));
  } catch {
    return new Map();
  }
}

/** What a bundle sees as its `module`: CommonJS's own fields, as the bundles use them. */
interface BundleModule {
  exports: unknown;
  id: string;
  filename: string;
  loaded: boolean;
}

/**
 * The loader of the built CLI's bundles: `load('cli.cjs')` runs the program. Each bundle of
 * `distDir` is read and compiled with V8's cached data from the cache file of this build and
 * command, and given a `require` that loads its sibling bundles (`./x.cjs`) the same way and
 * anything else through Node. The bundles bypass Node's module loader (resolving, stat-ing and
 * wrapping each of a dozen files costs a start about 3 ms); they are CommonJS written by esbuild
 * and use no more of it than `module.exports` and `require`.
 *
 * When a bundle had no cached data or V8 rejected it, the cache file is written again when the
 * process exits: after the run, so it holds every function the run compiled, not only the top
 * level (writing it right after compiling gave 1.38× `node -e 0` for `--help`, after the run
 * 1.16×). With no cache file of its own yet, the run starts from the one the build wrote into
 * `distDir` for the command, if any. Every error of the cache is ignored; with `cacheDir`
 * undefined (`--no-cache`) nothing is read or written.
 */
export function bundleLoader(options: CodeCacheOptions): (name: string) => unknown {
  const { cacheDir, distDir, buildId, key } = options;
  const file = cacheDir === undefined ? undefined : codeCacheFile(cacheDir, buildId, key);
  const own = file === undefined ? new Map<string, Buffer>() : readEntries(file);
  // A first run (no cache of its own yet) takes the cache the build wrote for this command
  // (dist/code/, scripts/build.mjs) and keeps a copy in the cache folder: the first run starts
  // as fast as the next ones, and the folder ends up holding the command's cache either way.
  const firstRun = file !== undefined && own.size === 0;
  const cached = firstRun ? readEntries(codeCacheFile(distDir, buildId, key)) : own;
  /** bundle name → its cached data (accepted) or the script to take it from at exit */
  const next = new Map<string, Buffer | Script>();
  const modules = new Map<string, BundleModule>();
  const nodeRequire = createRequire(join(distDir, 'boot.cjs'));
  const wrap = (content: string): string =>
    (Module as unknown as { wrap(s: string): string }).wrap(content);
  const requireFromBundle = (id: string): unknown => {
    const sibling = /^\.\/([\w.-]+\.cjs)$/.exec(id)?.[1];
    return sibling === undefined ? nodeRequire(id) : load(sibling);
  };
  function load(name: string): unknown {
    const known = modules.get(name);
    if (known) return known.exports;
    const filename = join(distDir, name);
    const module: BundleModule = { exports: {}, id: filename, filename, loaded: false };
    // in the map before it runs, as Node does: a cycle gets the exports made so far
    modules.set(name, module);
    try {
      const data = cached.get(name);
      const script = new Script(wrap(readFileSync(filename, 'utf8')), {
        filename,
        ...(data ? { cachedData: data } : {}),
      });
      if (file !== undefined) next.set(name, data && !script.cachedDataRejected ? data : script);
      const fn = script.runInThisContext({ displayErrors: true }) as (
        ...args: unknown[]
      ) => unknown;
      fn.call(module.exports, module.exports, requireFromBundle, module, filename, distDir);
    } catch (error) {
      modules.delete(name);
      throw error;
    }
    module.loaded = true;
    return module.exports;
  }
  if (file !== undefined) {
    process.once('exit', () => {
      if (!firstRun && ![...next.values()].some((v) => v instanceof Script)) return;
      try {
        const entries = new Map<string, Uint8Array>();
        for (const [name, v] of next)
          entries.set(name, v instanceof Script ? v.createCachedData() : v);
        mkdirSync(dirname(file), { recursive: true });
        writeFileAtomic(file, encodeCodeCache(entries));
        removeOtherBuilds(dirname(file), basename(file), buildId);
      } catch {
        // a read-only or missing folder, a full disk: the next run compiles again, that is all
      }
    });
  }
  return load;
}

/** Deletes the cache files of other builds or node versions: nothing will read them again. */
function removeOtherBuilds(dir: string, kept: string, buildId: string): void {
  const current = `${process.version}-${buildId}-`;
  for (const name of readdirSync(dir)) {
    if (name === kept || name.startsWith(current) || !name.endsWith('.bin')) continue;
    const path = join(dir, name);
    if (existsSync(path)) unlinkSync(path);
  }
}
