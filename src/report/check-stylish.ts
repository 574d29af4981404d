import type { PolicyOutcome } from '../core/model/check.js';
import type { Ranking } from '../core/model/ranking.js';
import type { Format } from './format.js';
import { countIssues, stylishProblems, stylishSummary } from './issue-format.js';
import { renderDecisionChange } from './decision-change-text.js';
import { verdictText } from './ci/check-parts.js';
import type { CheckModel } from './models.js';
import { rankDecimals, setLabel } from './numbers.js';
import { oneLine } from './inert-text.js';
import { plain, type Theme } from './theme.js';

/** How many vendors of the ranking `check` shows: enough to see the winner and its rivals. */
const rankingLines = 3;

/**
 * `check --format stylish` (the default): `validate`'s problems grouped by file, then the policy
 * rule by rule (✓ passed, ✖ failed, – not evaluated), what the change did (`--base`), the top of
 * the ranking, and the summary.
 */
export function formatCheckStylish(model: CheckModel, style: Theme = plain): string {
  const out = [
    ...stylishProblems(model.issues, style),
    ...policyLines(model, style),
    '',
    ...(model.change ? [...renderDecisionChange(model.change, style), ''] : []),
    ...(model.ranking ? [...rankingTop(model.ranking, style), ''] : []),
    summary(model, style),
  ];
  return `${out.join('\n')}\n`;
}

function policyLines(model: CheckModel, style: Theme): string[] {
  const title = style.bold(`Policy (${model.configFile})`);
  if (!model.ranking) return [title, `  not judged: the files have errors; fix them first`];
  if (model.policy.length === 0)
    return [
      title,
      `  no rules: write them under \`policy:\` in ${model.configFile} to gate the decision`,
    ];
  const ruleWidth = Math.max(...model.policy.map((o) => o.rule.length));
  const vendorWidth = Math.max(...model.policy.map((o) => (o.vendor ?? '—').length));
  return [
    title,
    ...model.policy.map(
      (o) =>
        `  ${mark(o, style)} ${o.rule.padEnd(ruleWidth)}  ${style.dim((o.vendor ?? '—').padEnd(vendorWidth))}  ${oneLine(o.message)}`,
    ),
  ];
}

function mark(o: PolicyOutcome, style: Theme): string {
  if (o.status === 'passed') return style.green('✓');
  if (o.status === 'failed') return style.red('✖');
  return style.dim('–');
}

function rankingTop(ranking: Ranking, style: Theme): string[] {
  const decimals = rankDecimals(ranking.vendors);
  const shown = ranking.vendors.slice(0, rankingLines);
  const places = shown.map((v) => (v.rank === null ? '—' : String(v.rank)));
  const placeWidth = Math.max(...places.map((p) => p.length));
  const idWidth = Math.max(...shown.map((v) => v.id.length));
  const rest = ranking.vendors.length - shown.length;
  return [
    style.bold(`Ranking (${setLabel(ranking.criteriaSet)}, ${ranking.method})`),
    ...shown.map(
      (v, k) =>
        `  ${(places[k] ?? '').padStart(placeWidth)}  ${v.id.padEnd(idWidth)}  ${v.score.toFixed(decimals).padStart(5)}${v.eligible ? '' : style.dim('  ineligible')}`,
    ),
    ...(rest > 0 ? [style.dim(`  … ${rest} more: "vendor-eval rank" shows every vendor`)] : []),
  ];
}

function summary(model: CheckModel, style: Theme): string {
  const { errors, warnings } = countIssues(model.issues);
  // ESLint's count of problems, then the same verdict every CI format ends with
  if (errors > 0)
    return `${stylishSummary(model.issues, style)}\n${style.bold(style.red(`✖ ${verdictText(model)}`))}`;
  const files = `${model.files.length} file${model.files.length === 1 ? '' : 's'} checked`;
  const passed = model.policy.filter((o) => o.status === 'passed').length;
  const rules = model.policy.length
    ? `, ${passed} policy check${passed === 1 ? '' : 's'} passed`
    : '';
  // warnings do not fail the gate: say it passed, and how many warnings there are to read
  const warned = warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
  return style.bold(style.green(`✓ check passed: ${files}${rules}${warned}`));
}

/** `check --format stylish`. */
export const checkStylishFormat: Format<CheckModel> = {
  id: 'stylish',
  description: 'problems grouped by file, the policy rule by rule, the top of the ranking',
  extension: 'txt',
  userText: 'line',
  render: (m, ctx) => formatCheckStylish(m, ctx.theme),
};
