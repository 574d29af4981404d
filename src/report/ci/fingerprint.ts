import type { Issue } from '../../core/issues.js';
import { pointerOf } from '../issue-format.js';

const prime = 0x100000001b3n;
const mask = (1n << 64n) - 1n;

/** 64-bit FNV-1a of the UTF-16 code units of `text`, 16 hex digits (pure: no node:crypto here). */
function fnv1a64(text: string, seed = 0xcbf29ce484222325n): string {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/** A 128-bit hash of `text` as 32 hex digits: two FNV-1a passes with different seeds. */
function hash128(text: string): string {
  return fnv1a64(text) + fnv1a64(text, 0x84222325cbf29ce4n);
}

/**
 * What identifies a problem across runs: its rule, file and key path, not its line (a line
 * moves when someone edits above it). A problem without a key path (a YAML syntax error) falls
 * back to its message.
 */
function identity(issue: Issue): string {
  const where = issue.path?.length ? pointerOf(issue.path) : `message:${issue.message}`;
  return [issue.rule, issue.file ?? '', where].join('\u0000');
}

/**
 * Stable fingerprints of `issues`, in their order: a hash of rule + file + key path. Problems
 * that share one (two findings of one rule on one key) get `#2`, `#3`, … in their order, so each
 * fingerprint is unique, as GitLab and code scanning need to tell findings apart.
 */
export function fingerprints(issues: readonly Issue[]): string[] {
  const seen = new Map<string, number>();
  return issues.map((issue) => {
    const key = identity(issue);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return hash128(n === 1 ? key : `${key}\u0000#${n}`);
  });
}
