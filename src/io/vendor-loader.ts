import { implausibleAnswers } from '../core/analysis/plausibility.js';
import { pairwiseVendorIssues } from '../core/scoring/pairwise.js';
import { isId, slugOf } from '../core/model/ids.js';
import { basename, extname } from 'node:path';
import { reservedNames } from './data-guards.js';
import type { Issue } from '../core/issues.js';
import { vendorFileSchema, type VendorFileInput } from '../core/model/vendor-schema.js';
import { vendorFileOf } from '../core/model/vendor-shape.js';
import type { Answer, CriteriaSet, Criterion, Moderation, Vendor } from '../core/model/types.js';
import { detectKind } from './detect-kind.js';
import { placeIssues } from './locate.js';
import { shapeIssues } from './shape-issues.js';
import { knownKeysOf } from './schema-keys.js';
import { cachedSources, createSourceCache, readCached, type SourceCache } from './source-cache.js';
import type { SourceFile } from './source.js';

const vendorKnownKeys = once(() => knownKeysOf(vendorFileSchema));
import { checkAnswers } from './vendor-rules.js';
import { checkModerated } from './moderation-rules.js';
import { outOfScopeNote, type CriteriaScope } from './criteria-scope.js';
import type { FoundFile } from './walk.js';
import { once } from '../core/once.js';

/** One vendor file, parsed and checked. */
export interface VendorFile {
  file: string;
  id: string;
  input: VendorFileInput;
  answers: Map<string, Answer>;
  /** Criterion id → the value the panel agreed (the file's `moderated` block). */
  moderated: Map<string, Moderation>;
}

/** Vendors merged from their files, with every issue (warnings too) and the parsed sources. */
export interface LoadedVendors {
  vendors: Vendor[];
  files: VendorFile[];
  issues: Issue[];
  sources: Map<string, SourceFile>;
}

/**
 * Reads vendor files and checks each against the criteria set. Files found by walking a folder
 * that are plainly another kind (a criteria set, the project file) are skipped; one named
 * explicitly is a `wrong-file-kind` error saying what it is. Sources come from the run's cache.
 * With a `scope`, answers to criteria of the other known sets are left out, and one info issue
 * says how many were.
 */
export function loadVendors(
  found: readonly FoundFile[],
  set: CriteriaSet,
  cache: SourceCache = createSourceCache(),
  scope?: CriteriaScope,
  /** Vendor ids `--skip-invalid` left out: judgements naming them are not typos. */
  leftOut: ReadonlySet<string> = new Set(),
): LoadedVendors {
  const ignored: string[] = [];
  const sources = new Map<string, SourceFile>();
  const issues: Issue[] = [];
  const files: VendorFile[] = [];
  const byId = new Map<string, Criterion>(set.criteria.map((c) => [c.id, c]));
  for (const f of found) {
    const read = readCached(f.path, f.display, cache);
    if (read.source) sources.set(read.source.file, read.source);
    if (!read.source || read.issues.length > 0) {
      issues.push(...read.issues);
      continue;
    }
    const source = read.source;
    // A file in a folder that is plainly a criteria set or the project file is not a vendor;
    // anything else is read as one, so a misspelt key is reported rather than the file ignored.
    const kind = detectKind(source.data, f.display);
    if (kind === 'criteria' || kind === 'config') {
      if (f.explicit) issues.push(wrongKind(kind, source.file));
      continue;
    }
    // The zod-free check gives zod's own output for a valid file (proved equal by
    // tests/core/model/vendor-shape.test.ts), so zod runs only to word a file's problems.
    const shaped = vendorFileOf(source.data);
    const parsed =
      shaped !== undefined
        ? { success: true as const, data: shaped }
        : vendorFileSchema.safeParse(source.data);
    if (!parsed.success) {
      issues.push(...shapeIssues(source, parsed.error.issues, vendorKnownKeys()));
      // Still check the answers, so one misspelt top-level key does not hide their problems.
      const answers = plainRecord((source.data as Record<string, unknown>).answers);
      const evaluator = (source.data as Record<string, unknown>).evaluator;
      if (answers) {
        const checked = checkAnswers(
          answers,
          set,
          source.file,
          typeof evaluator === 'string' ? evaluator : undefined,
          byId,
          scope,
        );
        issues.push(...checked.issues);
        ignored.push(...checked.ignored);
      }
      const moderated = plainRecord((source.data as Record<string, unknown>).moderated);
      if (moderated)
        issues.push(...checkModerated(moderated, set, source.file, byId, scope).issues);
      continue;
    }
    // zod drops keys such as `__proto__` from records; keep the data exactly as written, so
    // such a key is reported (answers) or kept as plain data (profile), never lost or obeyed.
    const raw = source.data as Record<string, unknown>;
    const input: VendorFileInput = {
      ...parsed.data,
      answers: plainRecord(raw.answers),
      profile: plainRecord(raw.profile),
      moderated: plainRecord(raw.moderated) as VendorFileInput['moderated'],
    };
    const id = input.vendor ?? idFromFileName(f.display);
    // `vendor:` in the file is checked with the data (data-guards.ts); a file name is checked here
    if (input.vendor === undefined && reservedNames.has(id)) {
      issues.push({
        severity: 'error',
        rule: 'reserved-name',
        message: `the file name gives the vendor id "${id}", which is a reserved name`,
        hint: `add \`vendor: some-id\` to the file, or rename it (every JavaScript object has a property "${id}")`,
        file: source.file,
        line: 1,
        column: 1,
      });
      continue;
    }
    if (!isId(id)) {
      issues.push({
        severity: 'error',
        rule: 'invalid-vendor-id',
        message: `the file name gives the vendor id "${id}", which is not kebab-case`,
        hint: isId(slugOf(id))
          ? `add \`vendor: ${slugOf(id)}\` to the file, or rename it ${slugOf(id)}${extname(f.display)}`
          : 'add `vendor: some-id` to the file, or rename it',
        file: source.file,
        line: 1,
        column: 1,
      });
      continue;
    }
    const checked = checkAnswers(
      input.answers ?? {},
      set,
      source.file,
      input.evaluator,
      byId,
      scope,
    );
    issues.push(...checked.issues);
    ignored.push(...checked.ignored);
    const moderated = checkModerated(input.moderated ?? {}, set, source.file, byId, scope);
    issues.push(...moderated.issues);
    files.push({
      file: source.file,
      id,
      input,
      answers: checked.answers,
      moderated: moderated.moderated,
    });
  }
  const merged = mergeVendorFiles(files);
  issues.push(...merged.issues);
  // a unit slip (0.35 for 35 %) is valid input that scores wrongly: warn, never change a score
  issues.push(...implausibleAnswers(set, merged.vendors));
  const note = scope ? outOfScopeNote(ignored, set, scope) : undefined;
  if (note) issues.push(note);
  if (merged.vendors.length) {
    issues.push(...pairwiseVendorIssues(set, [...merged.vendors.map((v) => v.id)], leftOut));
  }
  return {
    vendors: merged.vendors,
    files,
    issues: placeIssues(issues, new Map([...cachedSources(cache), ...sources])),
    sources,
  };
}

function plainRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Shallow merge that defines keys (so `__proto__` stays an ordinary key). */
function mergeRecords(records: readonly Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of records) {
    for (const key of Object.keys(r)) {
      Object.defineProperty(out, key, {
        value: r[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/** The vendor id a file without a `vendor:` key gets: its name without the extension. */
export function idFromFileName(file: string): string {
  return basename(file, extname(file));
}

/**
 * Merges the files of one vendor id written by different evaluators. Two files with the same
 * vendor id and the same (or no) evaluator are an error: one would silently hide the other.
 */
export function mergeVendorFiles(files: readonly VendorFile[]): {
  vendors: Vendor[];
  issues: Issue[];
} {
  const groups = new Map<string, VendorFile[]>();
  for (const f of files) groups.set(f.id, [...(groups.get(f.id) ?? []), f]);
  const vendors: Vendor[] = [];
  const issues: Issue[] = [];
  for (const [id, group] of groups) {
    const kept: VendorFile[] = [];
    for (const f of group) {
      // a moderator's own file scores nothing, so it hides no one's answers
      const clash = moderatorOnly(f)
        ? undefined
        : kept.find((k) => !moderatorOnly(k) && k.input.evaluator === f.input.evaluator);
      if (clash) {
        issues.push(duplicateVendor(id, clash, f));
        continue;
      }
      kept.push(f);
    }
    const answers = new Map<string, Answer[]>();
    for (const f of kept) {
      // forEach, not for…of: cold code allocates an entry and an iterator result per answer
      f.answers.forEach((a, cid) => {
        // a literal, not a spread: a thousand vendors × 200 criteria of these, and a spread
        // array is made with room to grow (~170 bytes each instead of ~30)
        const earlier = answers.get(cid);
        answers.set(cid, earlier ? [...earlier, a] : [a]);
      });
    }
    const moderated = mergeModerated(id, kept, issues);
    const first = kept[0] as VendorFile;
    const bid = kept.find((k) => k.input.pricing);
    // one vendor makes one offer: two evaluators' files with different bids would let file
    // order pick the price silently
    const rival = kept.find(
      (k) =>
        k.input.pricing &&
        bid &&
        JSON.stringify(k.input.pricing) !== JSON.stringify(bid.input.pricing),
    );
    if (bid && rival) {
      issues.push({
        severity: 'error',
        rule: 'conflicting-pricing',
        message: `vendor "${id}" has a different \`pricing\` here than in ${bid.file}: one vendor makes one offer`,
        hint: 'keep the bid in one of its files (or make both the same)',
        file: rival.file,
        path: ['pricing'],
      });
    }
    vendors.push({
      id,
      name: kept.find((k) => k.input.name)?.input.name ?? id,
      evaluators: kept.flatMap((k) =>
        k.input.evaluator && !moderatorOnly(k) ? [k.input.evaluator] : [],
      ),
      profile: mergeRecords(kept.map((k) => k.input.profile ?? {})),
      answers,
      pricing: bid?.input.pricing,
      ...(bid && bid !== first ? { pricingFile: bid.file } : {}),
      files: kept.map((k) => k.file),
      origin: { file: first.file, path: [] },
      ...(moderated.size ? { moderated } : {}),
    });
  }
  return { vendors, issues };
}

/**
 * A moderator's own file: a `moderated` block and no answers. Its `evaluator` (e.g. `panel`)
 * names who moderated, not someone who scored, so it is not listed among the vendor's
 * evaluators (nor counted as one by `consensus`).
 */
function moderatorOnly(f: VendorFile): boolean {
  return (
    Object.keys(f.input.moderated ?? {}).length > 0 &&
    Object.keys(f.input.answers ?? {}).length === 0
  );
}

/**
 * The moderated values of one vendor's files, in file order. The same criterion moderated in
 * two files is fine when both agree on the value (the first file's rationale is kept); two
 * different values are a `conflicting-moderation` error at the second, naming the first: the
 * panel agreed one value, and file order must not pick it.
 */
function mergeModerated(
  id: string,
  files: readonly VendorFile[],
  issues: Issue[],
): Map<string, Moderation> {
  const out = new Map<string, Moderation>();
  for (const f of files) {
    for (const [cid, m] of f.moderated) {
      const earlier = out.get(cid);
      if (!earlier) {
        out.set(cid, m);
        continue;
      }
      if (sameValue(earlier.value, m.value)) continue;
      issues.push({
        severity: 'error',
        rule: 'conflicting-moderation',
        message: `vendor "${id}" has "${cid}" moderated to ${JSON.stringify(m.value)} here (by ${m.by}) and to ${JSON.stringify(earlier.value)} in ${earlier.origin.file} (by ${earlier.by})`,
        hint: 'the panel agrees one value: keep it in one file (or make both the same)',
        file: m.origin.file,
        path: [...m.origin.path, 'value'],
      });
    }
  }
  return out;
}

/** Two moderated values agree: equal, or (a `multi`) the same options in any order. */
function sameValue(a: Moderation['value'], b: Moderation['value']): boolean {
  const key = (v: Moderation['value']): string =>
    JSON.stringify(Array.isArray(v) ? [...v].map(String).sort() : v);
  return key(a) === key(b);
}

/**
 * Two files for the same vendor and evaluator. Usually one is a copy of the other made to add a
 * vendor (the README's workflow) whose `vendor:` was not changed: the copy is the file whose
 * name does not match the id, and the problem is put there, with the id its name suggests.
 */
function duplicateVendor(id: string, first: VendorFile, second: VendorFile): Issue {
  const named = (f: VendorFile) => slugOf(idFromFileName(f.file)) === id;
  const copy = named(second) && !named(first) ? first : second;
  const other = copy === first ? second : first;
  const suggested = slugOf(idFromFileName(copy.file));
  const evaluator = copy.input.evaluator;
  const newId = isId(suggested) && suggested !== id ? ` (e.g. vendor: ${suggested})` : '';
  return {
    severity: 'error',
    rule: 'duplicate-vendor',
    message: `vendor "${id}"${evaluator ? ` by evaluator "${evaluator}"` : ''} is also defined in ${other.file}`,
    hint: `if this file is a copy for another vendor, ${copy.input.vendor === undefined ? 'add' : 'change'} its \`vendor:\`${newId} and \`name:\`; if it is another evaluator's scores, give each file its own \`evaluator:\``,
    file: copy.file,
    path: copy.input.vendor !== undefined ? ['vendor'] : [],
  };
}

/** A criteria set or the project file named among the vendor paths: say what it is instead. */
function wrongKind(kind: 'criteria' | 'config', file: string): Issue {
  return {
    severity: 'error',
    rule: 'wrong-file-kind',
    message:
      kind === 'criteria'
        ? 'this is a criteria set, not a vendor file'
        : 'this is the project file, not a vendor file',
    hint:
      kind === 'criteria'
        ? `did you mean "-c ${file}"?`
        : 'the project file is read on its own; name vendor files or folders',
    file,
    line: 1,
    column: 1,
  };
}
