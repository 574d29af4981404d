import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Links followed before giving up, as the kernel does (Linux MAXSYMLINKS). */
const maxLinks = 40;

/**
 * A temporary file older than this, named as writeFileAtomic names them, is a leftover of a run
 * killed between writing and renaming (SIGKILL, power loss): no single write takes this long.
 */
const staleAfterMs = 15 * 60 * 1000;

/** Text written piece by piece (a large report), never held as one string or buffer. */
export interface TextPieces {
  pieces(): Iterable<string>;
}

/** What a write does besides replacing the file. */
export interface AtomicWriteOptions {
  /**
   * Also remove this target's temporary files left by runs killed mid-write (see
   * removeStaleTemporaries): for the files users see. Caches leave it off, since listing a cache
   * folder of thousands of entries on every write would cost more than the write.
   */
  sweepStale?: boolean;
}

/**
 * Writes a temporary file beside the target, flushed, then renames it over: a crash leaves the
 * old file or the new one, never half of one (SPEC, exit codes). Used for `-o` reports (a large
 * one comes in pieces, `TextPieces`, encoded through one reused buffer), for the files `score`,
 * `weigh` and `init` write and for the caches (the code cache writes bytes). The temporary name
 * is random, so two runs never share it.
 *
 * The file stays what the user made it: a symbolic link is written through (its target is
 * replaced, the link stays a link), and an existing file keeps its permission bits (a vendor file
 * that was 0640 is 0640 after `score`). With `sweepStale`, leftover temporary files of the same
 * target older than a quarter of an hour are removed (docs/cli.md, "Files it writes").
 */
export function writeFileAtomic(
  path: string,
  content: string | Uint8Array | TextPieces,
  options: AtomicWriteOptions = {},
): void {
  const target = linkTarget(path);
  const mode = modeOf(target);
  const tag = Math.random().toString(36).slice(2, 10);
  const tmp = join(dirname(target), `.${basename(target)}.${tag}.tmp`);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) {
      writeFileSync(tmp, content, { flush: true, mode: mode ?? 0o666 });
    } else {
      writePieces(tmp, content, mode ?? 0o666);
    }
    // the mode given at creation is cut by the umask; the old file's bits are restored exactly
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
  syncFolder(dirname(target));
  if (options.sweepStale) removeStaleTemporaries(target);
}

/** The buffer pieces are encoded into: one for the whole write, not one per piece. */
const pieceBufferBytes = 1 << 20;

/** writeFileSync's `{ flush: true, mode }` for text given in pieces: each written, then synced. */
function writePieces(path: string, content: TextPieces, mode: number): void {
  const fd = openSync(path, 'w', mode);
  try {
    const buffer = Buffer.allocUnsafe(pieceBufferBytes);
    for (const piece of content.pieces()) {
      // a piece too large for the buffer (rare: one value of over ~350 Ki characters) gets its own
      const bytes =
        piece.length * 3 <= buffer.length
          ? buffer.subarray(0, buffer.write(piece, 'utf8'))
          : Buffer.from(piece, 'utf8');
      for (let done = 0; done < bytes.length;) {
        done += writeSync(fd, bytes, done, bytes.length - done);
      }
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file a write to `path` should replace: `path` itself, or, when it is a symbolic link, the
 * file at the end of its chain (which may not exist yet: a dangling link creates its target, as
 * a plain write through it would). A loop is ELOOP, as the kernel reports it.
 */
function linkTarget(path: string): string {
  let current = resolve(path);
  for (let hop = 0; hop <= maxLinks; hop++) {
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return current; // nothing there yet: the write creates it
    }
    if (!isLink) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  const error: NodeJS.ErrnoException = new Error(`ELOOP: too many symbolic links, ${path}`);
  error.code = 'ELOOP';
  throw error;
}

/** The permission bits of an existing file, or undefined when there is none to keep. */
function modeOf(path: string): number | undefined {
  try {
    const stat = lstatSync(path);
    return stat.isFile() ? stat.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Flushes the folder's entry for the rename, so that after a power loss the folder names the new
 * file. Best effort: some systems cannot open a folder, and the write itself has succeeded.
 */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not supported here (Windows, some network file systems): the rename stands
  }
}

/**
 * Removes `.name.<tag>.tmp` files beside `target` left by runs killed mid-write, once they are
 * old enough that no running write can own them. Best effort: a folder that cannot be listed, or
 * a file someone else removes first, changes nothing.
 */
function removeStaleTemporaries(target: string): void {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[a-z0-9]+\.tmp$/.test(name.slice(prefix.length))) continue;
    try {
      const stat = lstatSync(join(folder, name));
      if (stat.isFile() && now - stat.mtimeMs > staleAfterMs) unlinkSync(join(folder, name));
    } catch {
      // gone already, or not ours to remove
    }
  }
}
