import { InputError, UsageError, type Result } from '../core/issues.js';

/**
 * The value of a successful result; a failed one becomes the error the entry point reports:
 * errors that name no file are command-line mistakes (`UsageError`, the first one with its
 * hint), any other failure an `InputError` listing every error at its `file:line:column`.
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const errors = result.issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  if (first && errors.every((i) => i.file === undefined)) {
    throw new UsageError(first.message, first.hint);
  }
  throw new InputError(errors.length > 0 ? errors : result.issues);
}
