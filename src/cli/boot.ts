// The built CLI's first module (dist/boot.cjs, loaded by bin/vendor-eval.js): loads the program,
// and every bundle it needs, through the loader with the V8 code cache (code-cache.ts). Kept
// apart from the program so that it is the only bundle compiled without the cache, and small.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setBuildId } from '../build-id.js';
import { cacheDir } from '../io/cache-dir.js';
import { bundleLoader, codeCacheKey } from './code-cache.js';

declare const __BUILD_ID__: string | undefined;

const buildId = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';
setBuildId(buildId);
const argv = process.argv.slice(2);
bundleLoader({
  cacheDir: cacheDir(argv, process.env),
  distDir: dirname(fileURLToPath(import.meta.url)),
  buildId,
  key: codeCacheKey(argv),
})('cli.cjs');
