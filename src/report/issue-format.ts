import type { Issue, Severity } from '../core/issues.js';
import type { Format } from './format.js';
import type { ValidateModel } from './models.js';
import { oneLine } from './inert-text.js';
import { plain, type Theme } from './theme.js';

function severityText(severity: Severity, style: Theme): string {
  if (severity === 'error') return style.red('error');
  if (severity === 'warning') return style.yellow('warning');
  return style.cyan('info');
}

/**
 * `file:line:column severity message (rule) — hint`: one line per problem, line breaks in the
 * message and hint turned to spaces ({@link oneLine}).
 */
export function formatIssueLine(issue: Issue, style: Theme = plain): string {
  const where = issue.file ? `${oneLine(issue.file)}:${issue.line ?? 1}:${issue.column ?? 1} ` : '';
  const hint = issue.hint ? style.dim(` — ${oneLine(issue.hint)}`) : '';
  return `${where}${severityText(issue.severity, style)} ${oneLine(issue.message)} ${style.dim(`(${issue.rule})`)}${hint}`;
}

/** Issues sorted by file, then line and column, errors before warnings at one place. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...issues].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      rank[a.severity] - rank[b.severity],
  );
}

/** Counts of errors and warnings. */
export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
}

/**
 * ESLint's `stylish` layout: problems grouped under their file as
 * `line:column  severity  message  rule`, then a summary line. Each problem is one line: line
 * breaks in its message and hint are turned to spaces.
 */
export function formatStylish(issues: readonly Issue[], style: Theme = plain): string {
  if (issues.length === 0) return '';
  return `${[...stylishProblems(issues, style), stylishSummary(issues, style)].join('\n')}\n`;
}

/** The problems of the stylish layout, grouped by file, each group followed by a blank line. */
export function stylishProblems(issues: readonly Issue[], style: Theme = plain): string[] {
  const byFile = new Map<string, Issue[]>();
  for (const issue of sortIssues(issues)) {
    const file = issue.file ?? '(no file)';
    byFile.set(file, [...(byFile.get(file) ?? []), issue]);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(style.underline(oneLine(file)));
    const positions = list.map((i) => `${i.line ?? 1}:${i.column ?? 1}`);
    const width = Math.max(...positions.map((p) => p.length));
    list.forEach((issue, k) => {
      const sev =
        issue.severity === 'error'
          ? 'error  '
          : issue.severity === 'warning'
            ? 'warning'
            : 'info   ';
      const sevText =
        issue.severity === 'error'
          ? style.red(sev)
          : issue.severity === 'warning'
            ? style.yellow(sev)
            : style.cyan(sev);
      const hint = issue.hint ? style.dim(` — ${oneLine(issue.hint)}`) : '';
      out.push(
        `  ${style.dim((positions[k] ?? '').padEnd(width))}  ${sevText}  ${oneLine(issue.message)}${hint}  ${style.dim(issue.rule)}`,
      );
    });
    out.push('');
  }
  return out;
}

/** The stylish summary line: `✖ 3 problems (1 error, 2 warnings)`, red when any is an error. */
export function stylishSummary(issues: readonly Issue[], style: Theme = plain): string {
  const { errors, warnings } = countIssues(issues);
  const total = errors + warnings;
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  return errors > 0 ? style.bold(style.red(summary)) : style.bold(style.yellow(summary));
}

/**
 * Machine-readable problems: one entry per file with 1-based positions, the rule, the key path
 * and a JSON pointer, plus counts. (Positions are 1-based, unlike Spectral's JSON.)
 */
export function formatIssuesJson(issues: readonly Issue[], files: readonly string[]): string {
  return `${JSON.stringify(issuesToJson(issues, files), null, 2)}\n`;
}

/** The document of {@link formatIssuesJson}: counts, then the problems of each file. */
export function issuesToJson(
  issues: readonly Issue[],
  files: readonly string[],
): { errorCount: number; warningCount: number; files: object[] } {
  const byFile = new Map<string, Issue[]>(files.map((f) => [f, []]));
  for (const issue of sortIssues(issues)) {
    const file = issue.file ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), issue]);
  }
  const { errors, warnings } = countIssues(issues);
  return {
    errorCount: errors,
    warningCount: warnings,
    files: [...byFile].map(([file, list]) => ({
      file,
      errorCount: list.filter((i) => i.severity === 'error').length,
      warningCount: list.filter((i) => i.severity === 'warning').length,
      problems: list.map((i) => ({
        severity: i.severity,
        rule: i.rule,
        message: i.message,
        hint: i.hint ?? null,
        line: i.line ?? 1,
        column: i.column ?? 1,
        endLine: i.endLine ?? i.line ?? 1,
        endColumn: i.endColumn ?? i.column ?? 1,
        path: i.path ?? [],
        pointer: pointerOf(i.path ?? []),
      })),
    })),
  };
}

/** RFC 6901 JSON pointer of a key path. */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** `validate --format stylish` (the default). */
export const stylishFormat: Format<ValidateModel> = {
  id: 'stylish',
  description: 'problems grouped by file, as ESLint prints them',
  extension: 'txt',
  userText: 'line',
  render: (m, ctx) => formatStylish(m.issues, ctx.theme),
};

/** `validate --format json`. */
export const issuesJsonFormat: Format<ValidateModel> = {
  id: 'json',
  description: 'problems per file with positions, rule, key path and JSON pointer',
  extension: 'json',
  userText: 'encoded',
  render: (m) => formatIssuesJson(m.issues, m.files),
};
