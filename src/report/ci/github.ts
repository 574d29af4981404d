import type { Issue, Severity } from '../../core/issues.js';
import type { Format } from '../format.js';
import { renderDecisionChange } from '../decision-change-text.js';
import { formatIssueLine, sortIssues } from '../issue-format.js';
import type { ValidateModel } from '../models.js';
import { oneLine } from '../inert-text.js';
import { plain } from '../theme.js';
import { inRepository } from './repository-paths.js';
import { bySeverity, checkOf, counted, messageWithHint, verdictText } from './check-parts.js';

/** GitHub shows at most this many annotations of one type per step and drops the rest silently. */
export const annotationsPerType = 10;

/** Escapes a workflow command's message, as actions/toolkit `command.ts` (`escapeData`) does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`escapeProperty`): the data escapes, `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const commandOf: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * One annotation: `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=<rule>::<message —
 * hint>`. GitHub takes columns only on a one-line range, so they are left out of a longer one.
 */
export function annotation(issue: Issue): string {
  const props: [string, string | number][] = [];
  if (issue.file) {
    const line = issue.line ?? 1;
    const endLine = issue.endLine ?? line;
    props.push(['file', issue.file], ['line', line], ['endLine', endLine]);
    if (endLine === line) {
      const col = issue.column ?? 1;
      props.push(['col', col], ['endColumn', issue.endColumn ?? col]);
    }
  }
  props.push(['title', issue.rule]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${commandOf[issue.severity]} ${list}::${escapeData(messageWithHint(issue))}`;
}

const nouns: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

function overflowNotice(severity: Severity, more: number): string {
  return `::notice::${escapeData(`${counted(more, `more ${nouns[severity]}`)} not shown as annotations (GitHub shows ${annotationsPerType} per type): every problem is in the log below`)}`;
}

/**
 * The annotations of a run: errors first, at most {@link annotationsPerType} of each type; for a
 * type with more, one notice says how many more there are. The notices that say so count against
 * the notice limit, so infos give way to them.
 */
export function annotations(issues: readonly Issue[]): string[] {
  const sorted = bySeverity(issues);
  const of = (s: Severity) => sorted.filter((i) => i.severity === s);
  const out: string[] = [];
  let notices = 0;
  for (const severity of ['error', 'warning'] as const) {
    const list = of(severity);
    out.push(...list.slice(0, annotationsPerType).map(annotation));
    if (list.length > annotationsPerType) {
      out.push(overflowNotice(severity, list.length - annotationsPerType));
      notices++;
    }
  }
  const infos = of('info');
  const room = annotationsPerType - notices;
  const shown = infos.length <= room ? infos.length : room - 1;
  out.push(...infos.slice(0, shown).map(annotation));
  if (shown < infos.length) out.push(overflowNotice('info', infos.length - shown));
  return out;
}

/**
 * A plain log line for a problem. Line breaks become spaces: the runner reads any line starting
 * with `::` as a command, and a message quoting a user's text must not become one.
 */
function logLine(issue: Issue): string {
  return oneLine(formatIssueLine(issue));
}

/**
 * `--format github`: workflow commands GitHub turns into annotations on the pull request, then
 * every problem as a plain log line (annotations beyond GitHub's limit are not lost), with
 * `--base` what the change did (the terminal's lines, plain), and the verdict. A check's failed policy rules are among the problems, placed at their cause.
 */
export function formatGithub(model: ValidateModel): string {
  const change = checkOf(model)?.change;
  const lines = [
    ...annotations(model.issues),
    ...sortIssues(model.issues).map(logLine),
    ...(change ? renderDecisionChange(change, plain).map(oneLine) : []),
    checkOf(model) || model.issues.length > 0
      ? verdictText(model)
      : `${counted(model.files.length, 'file')} checked, no problems`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `validate --format github` and `check --format github`. */
export const githubFormat: Format<ValidateModel> = {
  id: 'github',
  description: 'GitHub Actions annotations (workflow commands) and a job summary',
  extension: 'txt',
  userText: 'text',
  render: (m, ctx) => formatGithub(inRepository(m, ctx.repository)),
};
