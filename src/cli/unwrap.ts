import { InputError, UsageError, type Issue, type Result } from '../core/issues.js';
import { rules } from '../core/rules.js';
import { placeIssues } from '../io/locate.js';
import type { SourceFile } from '../io/source.js';

/**
 * The value of a core result, or the error that makes it an exit code: a command-line mistake
 * (every error in the `usage` group) is a UsageError saying the first one with its hint; any
 * other failure an InputError with every issue placed at file:line:column in `sources`.
 * The one place cli turns a failed Result into an error.
 */
export function unwrap<T>(
  result: Result<T>,
  sources: ReadonlyMap<string, SourceFile> = new Map(),
): T {
  if (result.ok) return result.value;
  const errors = result.issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  if (first && errors.every((i) => rules[i.rule].group === 'usage')) {
    throw new UsageError(first.message, first.hint);
  }
  throw new InputError(placeIssues(errors.length ? errors : result.issues, sources));
}

/** The warnings of a result, placed at file:line:column in `sources`. */
export function placedWarnings<T>(
  result: Result<T>,
  sources: ReadonlyMap<string, SourceFile> = new Map(),
): Issue[] {
  return placeIssues(
    result.issues.filter((i) => i.severity !== 'error'),
    sources,
  );
}
