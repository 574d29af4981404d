import type { Issue } from '../core/issues.js';
import type { RuleId } from '../core/rules.js';

/**
 * The errors that become exit codes. They live in cli because only cli decides exit codes:
 * core and io return problems as values (`Issue[]`, `Result<T>`), and `unwrap` turns a failed
 * result into one of these; `handle-error.ts` is the one place they are reported.
 */

/** Bad arguments or options: exit 2, one line with its catalogued rule, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    readonly rule: RuleId,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** An input file that cannot be read, parsed or validated: exit 2, every issue printed. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => i.message).join('; '));
  }
}

/** `-c` and a command's criteria-set argument both given (`weights`, `criteria show`). */
export function twoCriteriaSets(option: string, positional: string): UsageError {
  return new UsageError(
    'conflicting-options',
    `two criteria sets given: -c ${option} and ${positional}`,
    'name the set once, either with -c or as the first argument',
  );
}
