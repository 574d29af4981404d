import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { failed, ok, type Issue, type Result } from '../core/issues.js';
import type { ProjectConfig } from './config.js';
import { loadCriteria } from './criteria-loader.js';
import { loadFile } from './load-file.js';
import { defaultCriteria, resolveCriteria, resolveVendorPaths } from './resolve-inputs.js';
import { cachedSources, type SourceCache } from './source-cache.js';
import { loadVendors } from './vendor-loader.js';
import { criteriaScope } from './criteria-scope.js';
import { projectMethodFor, scoringChecks, withFieldRanges } from './scoring-checks.js';
import { evaluateVendors } from '../core/scoring/evaluate.js';
import { costVendors } from '../core/cost/cost.js';
import { abnormallyLowIssues } from '../core/cost/abnormally-low.js';
import type { CriteriaSet, Vendor } from '../core/model/types.js';
import { placeIssues } from './locate.js';
import type { FoundFile } from './walk.js';

/** What `validate` checks, and against which criteria set vendor answers are checked. */
export interface CheckRequest {
  cwd: string;
  files: readonly FoundFile[];
  /** `-c`: the set vendor answers are checked against (else the project file's, else built-in). */
  criteria?: string | undefined;
  /** The project file, when it has no errors of its own. */
  config: ProjectConfig | undefined;
  cache: SourceCache;
}

/** Every problem found in the files (`issues`) and what was said about the inputs (`notes`). */
export interface CheckedFiles {
  issues: Issue[];
  notes: Issue[];
}

/**
 * Checks every file as the kind it is (criteria set, project file, vendor file), each read once;
 * vendor answers against the criteria set. Every problem is reported, syntax errors included;
 * a file of no known kind is an `unknown-kind` error, except a mapping, which is checked as a
 * vendor file so each of its keys is reported.
 */
export function checkFiles(request: CheckRequest): CheckedFiles {
  const { cwd, cache } = request;
  const issues: Issue[] = [];
  const vendorFiles: FoundFile[] = [];
  for (const f of request.files) {
    const loaded = loadFile(f.path, f.display, cwd, cache);
    issues.push(...loaded.issues);
    if (loaded.kind === 'criteria')
      issues.push(...scoringChecks(loaded.criteria, projectMethodFor(f.path, request.config)));
    if (loaded.kind === 'vendor') vendorFiles.push({ ...f, explicit: true });
    if (loaded.kind !== 'unknown' || loaded.issues.length > 0) continue;
    if (isMapping(loaded.source?.data)) vendorFiles.push({ ...f, explicit: true });
    else issues.push(unknownKind(f.display));
  }
  const notes: Issue[] = [];
  if (vendorFiles.length) {
    const resolved = resolveCriteria(
      { cwd, criteria: request.criteria, command: 'validate' },
      request.config,
      cache,
    );
    notes.push(...resolved.issues.filter((i) => i.severity !== 'error'));
    const criteria = resolved.ok
      ? loadCriteria(resolved.value.file, cwd, cwd, cache)
      : { set: undefined, issues: resolved.issues };
    if (criteria.set) {
      // a set named with -c has its own warnings shown (an inconsistent AHP judgement, …), as
      // `validate <set file>` shows them; one also named among the files is reported once
      // (dedupe). The project's or the built-in set is checked when named, not on every run.
      if (resolved.ok && resolved.value.origin === 'option')
        issues.push(
          ...criteria.issues,
          ...scoringChecks(criteria, projectMethodFor(resolved.value.file, request.config)),
        );
      const scope = criteriaScope({ cwd, command: 'validate', config: request.config, cache });
      const vendors = loadVendors(vendorFiles, criteria.set, cache, scope);
      // the out-of-scope count is about the run, not a file: it is said beside the report
      const outOfScope = (i: Issue) => i.rule === 'out-of-scope';
      notes.push(...vendors.issues.filter(outOfScope));
      issues.push(...vendors.issues.filter((i) => !outOfScope(i)));
      // each bid checked as `cost` prices it: a rate for every demanded channel, a currency it
      // can be converted from, a price where a cost criterion needs one
      if (costed(criteria.set, vendors.vendors)) {
        const cost = costVendors(criteria.set, vendors.vendors);
        const low = cost.value
          ? abnormallyLowIssues(
              cost.value.abnormallyLow,
              vendors.vendors,
              cost.value.demand.abnormallyLowBelow,
            )
          : [];
        issues.push(...placeIssues([...cost.issues, ...low], cachedSources(cache)));
      }
      const evaluations = evaluateVendors(criteria.set, vendors.vendors);
      issues.splice(0, issues.length, ...withFieldRanges(issues, criteria, evaluations));
    } else {
      issues.push(...criteria.issues);
      const ref = request.criteria ?? request.config?.input?.criteria ?? defaultCriteria;
      for (const f of vendorFiles) issues.push(unchecked(f.display, ref));
    }
  }
  return { issues: dedupe(issues), notes };
}

/**
 * What `validate` checks when given no files: the project file, its vendors and its own
 * criteria file (a built-in id is not the project's to check). Only the project file itself
 * when it has errors (`usable` undefined).
 */
export function projectFiles(
  config: ProjectConfig | undefined,
  usable: ProjectConfig | undefined,
): Result<string[]> {
  if (!config) {
    return failed([
      {
        severity: 'error',
        rule: 'no-files-given',
        message: 'no files given',
        hint: 'name files or folders, e.g. "vendor-eval validate criteria/ vendors/", or add a vendor-eval.config.yaml',
      },
    ]);
  }
  if (!usable) return ok([config.path]);
  const vendors = resolveVendorPaths({ cwd: usable.dir, vendors: 'optional' }, usable);
  if (!vendors.ok) return vendors;
  const crit = usable.input?.criteria;
  const critPath = crit === undefined ? undefined : resolve(usable.dir, crit);
  return ok([
    config.path,
    ...vendors.value,
    ...(critPath && existsSync(critPath) ? [critPath] : []),
  ]);
}

function unknownKind(file: string): Issue {
  return {
    severity: 'error',
    rule: 'unknown-kind',
    message: `${file} is not a criteria set, vendor file or project file`,
    hint: 'criteria sets have categories/criteria/include; vendor files have answers; the project file is vendor-eval.config.yaml',
    file,
    line: 1,
    column: 1,
  };
}

function unchecked(file: string, ref: string): Issue {
  return {
    severity: 'warning',
    rule: 'unchecked-answers',
    message: `answers not checked: criteria set "${ref}" has errors`,
    file,
    line: 1,
    column: 1,
  };
}

/** One report of each problem: a file reached twice (named and inside a folder) counts once. */
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}:${i.line}:${i.column}:${i.rule}:${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isMapping(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

/** Bids are checked when the set prices them: it has a demand, or a cost criterion. */
function costed(set: CriteriaSet, vendors: readonly Vendor[]): boolean {
  return (
    (set.demand !== undefined && vendors.some((v) => v.pricing)) ||
    set.criteria.some((c) => c.type === 'cost')
  );
}
