import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a temporary file beside the target, flushed, then renames it over: a crash leaves the
 * old file or the new one, never half of one (SPEC, exit codes). Used for `-o` reports and for
 * the files `score` and `weigh` change, and for the code cache (bytes). The temporary name is random, so two runs never share it.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tag = Math.random().toString(36).slice(2, 10);
  const tmp = join(dirname(path), `.${basename(path)}.${tag}.tmp`);
  try {
    writeFileSync(tmp, content, { flush: true });
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}
