import { join } from 'node:path';

/**
 * The folder vendor-eval keeps its caches in (compiled code, parsed files), or undefined when
 * caching is off. Off with `--no-cache` anywhere on the command line or `VENDOR_EVAL_NO_CACHE`
 * set to anything but `0` or empty. Else `VENDOR_EVAL_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/vendor-eval`, else `~/.cache/vendor-eval` (`HOME`, or `USERPROFILE` on
 * Windows); undefined when none of them is set. The folder need not exist, and a cache that
 * cannot be read or written only costs speed: callers ignore every error from it.
 */
export function cacheDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  // `--` ends the options: a vendor file named `--no-cache` after it is a file
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).includes('--no-cache')) return undefined;
  const off = env.VENDOR_EVAL_NO_CACHE;
  if (off !== undefined && off !== '' && off !== '0') return undefined;
  if (env.VENDOR_EVAL_CACHE_DIR) return env.VENDOR_EVAL_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'vendor-eval');
  const home = env.HOME ?? env.USERPROFILE;
  return home ? join(home, '.cache', 'vendor-eval') : undefined;
}
