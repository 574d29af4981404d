import { readFileSync } from 'node:fs';
import type { Issue } from '../core/issues.js';
import type { SkippedFile } from '../core/model/ranking.js';
import { readCached, type SourceCache } from './source-cache.js';
import { idFromFileName, type LoadedVendors } from './vendor-loader.js';
import type { FoundFile } from './walk.js';

/** Vendors loaded with the broken files left out, and what was left out. */
export interface SkippingLoad {
  loaded: LoadedVendors;
  /** Empty when nothing needed skipping (or skipping could not help: see {@link loadSkippingInvalid}). */
  skipped: SkippedFile[];
  /** The issues of the first load (all files), for when skipping cannot help. */
  firstIssues: Issue[];
}

/**
 * Loads the vendor files, and while any has errors, loads again without the files
 * {@link planSkips} leaves out: leaving one vendor out can raise an error elsewhere (a pairwise
 * judgement naming it), so this repeats until the load is clean; every round drops a file, so it
 * ends. When an error is in no vendor file, or every vendor file would go, nothing is skipped:
 * the caller reports the first load's errors as without `--skip-invalid`.
 */
export function loadSkippingInvalid(
  found: readonly FoundFile[],
  /** Errors found walking the folders (an unreadable file): a file to list as skipped. */
  walkIssues: readonly Issue[],
  load: (files: readonly FoundFile[], leftOut: ReadonlySet<string>) => LoadedVendors,
  cache: SourceCache,
  keepOut: ReadonlySet<string>,
): SkippingLoad {
  const first = load(found, new Set());
  const firstIssues = [...walkIssues, ...first.issues];
  let files = found;
  let loaded = first;
  let issues = firstIssues;
  const skipped: SkippedFile[] = [];
  for (let round = 0; ; round++) {
    let errors = issues.filter((i) => i.severity === 'error');
    // A file that did not parse is missing from the first load's vendors, so a pairwise
    // judgement naming it reads as a typo of a similar id. Plan without those errors while
    // other errors remain to skip; if one is real, it is still there after the next load.
    const rest = errors.filter((e) => e.rule !== 'unknown-compared-vendor');
    if (round === 0 && rest.length > 0) errors = rest;
    // the skipped files' sources stay, so `-o` still refuses to overwrite one
    if (errors.length === 0)
      return { loaded: { ...loaded, sources: first.sources }, skipped, firstIssues };
    const plan = planSkips(files, errors, cache, keepOut);
    // only the first round's walk errors name files outside the list; after that, a round that
    // drops nothing would repeat forever
    const stuck = plan !== undefined && plan.keep.length === files.length && round > 0;
    if (!plan || plan.keep.length === 0 || stuck) {
      return { loaded: first, skipped: [], firstIssues };
    }
    skipped.push(...plan.skipped);
    if (plan.keep.length < files.length) {
      files = plan.keep;
      const leftOut = new Set(skipped.flatMap((s) => (s.vendor === null ? [] : [s.vendor])));
      loaded = load(files, leftOut);
    }
    issues = loaded.issues;
  }
}

/** The vendor files to keep and the ones to leave out, so that the rest can be ranked. */
export interface SkipPlan {
  keep: FoundFile[];
  skipped: SkippedFile[];
}

/**
 * What `rank --skip-invalid` leaves out, given the errors found loading the vendor files: every
 * file with an error, listed with its first error in file order, and every other file of the
 * same vendor (another evaluator's), listed `with` the broken one — ranking a vendor on some of
 * its evaluators' answers would change its score silently. Undefined when an error belongs to
 * no vendor file (the criteria set, the project file, the command line): skipping cannot help.
 * Files are read through the run's cache, so nothing is parsed twice.
 */
export function planSkips(
  found: readonly FoundFile[],
  errors: readonly Issue[],
  cache: SourceCache,
  /** Files that are not vendor files (the criteria set, its included files, the project file). */
  keepOut: ReadonlySet<string>,
): SkipPlan | undefined {
  // an error outside the vendor files, or a file that is plainly not a vendor's (a criteria set
  // or the project file named among the vendor paths), is not a broken draft to leave out
  const blocking = (e: Issue) =>
    e.file === undefined || keepOut.has(e.file) || e.rule === 'wrong-file-kind';
  if (errors.some(blocking)) return undefined;
  const byFile = new Map<string, Issue[]>();
  for (const e of errors) {
    const file = e.file as string;
    byFile.set(file, [...(byFile.get(file) ?? []), e]);
  }
  const idOf = new Map(found.map((f) => [f.display, vendorIdOfFile(f, cache)]));
  const brokenIds = new Set<string>();
  for (const file of byFile.keys()) {
    const id = idOf.get(file);
    if (id !== undefined) brokenIds.add(id);
  }
  const skipped: SkippedFile[] = [...byFile].map(([file, issues]) => ({
    file,
    vendor: idOf.get(file) ?? null,
    error: firstError(issues),
  }));
  const keep: FoundFile[] = [];
  for (const f of found) {
    if (byFile.has(f.display)) continue;
    const id = idOf.get(f.display) as string;
    if (!brokenIds.has(id)) {
      keep.push(f);
      continue;
    }
    const broken = skipped.find((s) => s.vendor === id);
    skipped.push({ file: f.display, vendor: id, error: null, with: broken?.file });
  }
  // the broken files, then the ones that went with them, each in the order the files were found
  // (a walk error, naming no listed file, first)
  const order = new Map(found.map((f, k) => [f.display, k]));
  const key = (s: SkippedFile): number => (s.error ? 0 : found.length) + (order.get(s.file) ?? -1);
  skipped.sort((a, b) => key(a) - key(b));
  return { keep, skipped };
}

/**
 * The id a vendor file is for, as the loader would give it: its `vendor:` key, else its name.
 * A file that did not parse (a syntax error, bad UTF-8) is searched for a top-level
 * `vendor: id` line, so a broken evaluator's file still takes its vendor's other files with it.
 */
function vendorIdOfFile(f: FoundFile, cache: SourceCache): string {
  const read = readCached(f.path, f.display, cache);
  const data = read.source?.data;
  const vendor =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>).vendor
      : undefined;
  if (typeof vendor === 'string') return vendor;
  if (read.issues.length) {
    const written = vendorLine(f.path);
    if (written) return written;
  }
  return idFromFileName(f.display);
}

/** The value of a top-level `vendor:` line in a file's raw bytes, if there is one. */
function vendorLine(path: string): string | undefined {
  let text: string;
  try {
    // latin1 never fails to decode, so a file with bad UTF-8 can still be searched
    text = readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
  return /^vendor:[ \t]*["']?([a-z0-9]+(?:-[a-z0-9]+)*)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
}

/** The earliest error in the file (line, then column); one without a place counts as line 1. */
function firstError(issues: readonly Issue[]): NonNullable<SkippedFile['error']> {
  const at = (i: Issue): [number, number] => [i.line ?? 1, i.column ?? 1];
  const first = [...issues].sort((a, b) => {
    const [al, ac] = at(a);
    const [bl, bc] = at(b);
    return al - bl || ac - bc;
  })[0] as Issue;
  const [line, column] = at(first);
  return { rule: first.rule, message: first.message, line, column };
}

/**
 * One warning per skipped file for stderr, at the file's first error (or its top, for a file
 * skipped with its vendor's broken one), so a run written to a file (`-o`) still says so.
 */
export function skippedWarnings(skipped: readonly SkippedFile[]): Issue[] {
  return skipped.map((s) => ({
    severity: 'warning',
    rule: 'skipped-file',
    message: s.error
      ? `skipped (--skip-invalid), first error: ${s.error.message}, rule ${s.error.rule}`
      : `skipped (--skip-invalid) with ${s.with ?? 'another file'}, a file of the same vendor with errors`,
    hint: `\`vendor-eval validate ${s.with ?? s.file}\` lists every problem`,
    file: s.file,
    line: s.error?.line ?? 1,
    column: s.error?.column ?? 1,
  }));
}
