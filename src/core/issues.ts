import type { RuleId, Severity } from './rules.js';

export type { Severity } from './rules.js';

/**
 * One problem found in the user's files or data. `line`/`column` are 1-based; core code that
 * knows only a file and a key path leaves them unset and io fills them in (`io/locate.ts`).
 */
export interface Issue {
  severity: Severity;
  /** Stable kebab-case rule id from the catalogue (`rules.ts`); part of the public output. */
  rule: RuleId;
  message: string;
  hint?: string | undefined;
  file?: string | undefined;
  /** Key path inside the file, e.g. `['categories', 0, 'weight']`. */
  path?: (string | number)[] | undefined;
  /** Point at the key of the last path segment rather than its value (unknown keys). */
  atKey?: boolean | undefined;
  line?: number | undefined;
  column?: number | undefined;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * The outcome of a step that checks user input: a value and the warnings found making it, or
 * no value and every problem (errors and warnings) found. Core and io return these; only `cli`
 * turns a failed result into an exit code.
 */
export type Result<T> =
  { ok: true; value: T; issues: Issue[] } | { ok: false; value?: undefined; issues: Issue[] };

/** A successful result, with the warnings found on the way. */
export function ok<T>(value: T, issues: Issue[] = []): Result<T> {
  return { ok: true, value, issues };
}

/** A failed result: `issues` holds at least one error. */
export function failed<T = never>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}
