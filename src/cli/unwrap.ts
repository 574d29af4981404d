import { type Issue, type Result } from '../core/issues.js';
import { InputError } from './errors.js';
import { placeIssues } from '../io/locate.js';
import type { SourceFile } from '../io/source.js';

/**
 * The value of a successful result; a failed one becomes the `InputError` the entry point
 * reports, listing every error: those in a file placed at their `file:line:column` in
 * `sources`, command-line mistakes (no file) as usage lines. The one place cli turns a failed
 * Result into an error.
 */
export function unwrap<T>(
  result: Result<T>,
  sources: ReadonlyMap<string, SourceFile> = new Map(),
): T {
  if (result.ok) return result.value;
  const errors = result.issues.filter((i) => i.severity === 'error');
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
