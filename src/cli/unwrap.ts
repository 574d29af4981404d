import { type Issue, type Result } from '../core/issues.js';
import { InputError, UsageError } from './errors.js';
import { placeIssues } from '../io/locate.js';
import type { SourceFile } from '../io/source.js';

/**
 * The value of a successful result; a failed one becomes the error the entry point reports:
 * errors that name no file are command-line mistakes (`UsageError`, the first one with its
 * hint), any other failure an `InputError` listing every error placed at its `file:line:column`
 * in `sources`. The one place cli turns a failed Result into an error.
 */
export function unwrap<T>(
  result: Result<T>,
  sources: ReadonlyMap<string, SourceFile> = new Map(),
): T {
  if (result.ok) return result.value;
  const errors = result.issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  if (first && errors.every((i) => i.file === undefined)) {
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
