import type { Issue } from '../../core/issues.js';
import { sortIssues } from '../issue-format.js';
import { markdownTable } from '../markdown-table.js';
import { messageWithHint, placeOf } from './check-parts.js';

/** The problems as a Markdown table (where, severity, message — hint, rule); `No problems.` when none. */
export function problemsTable(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'No problems.\n';
  return markdownTable(
    ['Where', 'Severity', 'Problem', 'Rule'],
    sortIssues(issues).map((i) => [placeOf(i), i.severity, messageWithHint(i), `\`${i.rule}\``]),
  );
}
