import type { RuleInfo } from '../core/rules.js';

const groupTitles: Readonly<Record<RuleInfo['group'], string>> = {
  syntax: 'Reading a file',
  shape: 'Shape of a file (keys and value types)',
  criteria: 'Criteria sets',
  weighting: 'Weighting',
  vendor: 'Vendor files',
  project: 'The project file',
  policy: 'The policy (`check`)',
  usage: 'The command line',
};

/**
 * The anchor of a rule group's heading in `docs/rules.md` (GitHub's slug of the title), for
 * links to a rule from a report (SARIF `helpUri`).
 */
export function ruleGroupAnchor(group: RuleInfo['group']): string {
  return groupTitles[group]
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

/**
 * `docs/rules.md`: every rule id of the catalogue with its severity and what it reports, grouped
 * as the catalogue groups them. Generated (`npm run docs:rules`); a test keeps it current.
 */
export function formatRulesMarkdown(rules: Readonly<Record<string, RuleInfo>>): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from src/core/rules.ts by `npm run docs:rules`; do not edit by hand. -->',
    '',
    'Every problem vendor-eval reports carries one of these rule ids: in the one-line',
    '`file:line:column severity message (rule)` form, in `validate --format stylish` and in the',
    'machine formats. Rule ids are stable: scripts and CI filters may depend on them. The severity',
    'is the one the rule reports with; errors stop `rank` (exit 2) and fail `validate` (exit 1),',
    'warnings and infos never change an exit code.',
    '',
  ];
  for (const group of Object.keys(groupTitles) as RuleInfo['group'][]) {
    const entries = Object.entries(rules).filter(([, info]) => info.group === group);
    if (entries.length === 0) continue;
    lines.push(
      `## ${groupTitles[group]}`,
      '',
      '| rule | severity | reports |',
      '| --- | --- | --- |',
    );
    for (const [id, info] of entries) {
      lines.push(`| \`${id}\` | ${info.severity} | ${info.description.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
