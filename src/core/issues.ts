/** Severity of a finding, highest first. */
export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/**
 * One problem found in the user's files or data. `line`/`column` are 1-based; core code that
 * knows only a file and a key path leaves them unset and io fills them in (`io/locate.ts`).
 */
export interface Issue {
  severity: Severity;
  /** Stable kebab-case rule id, e.g. `unknown-key`; part of the public output. */
  rule: string;
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

/** Bad arguments or options: exit 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
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

/** Findings that fail a `validate` or `check` run: exit 1. */
export class FindingsError extends Error {
  override name = 'FindingsError';
  constructor(message = 'errors found') {
    super(message);
  }
}

/** The user interrupted an interactive session: exit 130. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}
