import type { DecisionChange, PolicyOutcome } from '../../core/model/check.js';
import type { Ranking } from '../../core/model/ranking.js';
import { formatMoney } from '../cost-model.js';
import {
  answerChangeText,
  placeChangeText,
  scoreDecimals,
  scoreFiguresText,
  weightChangeText,
  nothingChanged,
  weightDelta,
} from '../decision-change-text.js';
import type { Format } from '../format.js';
import { codeSpan, escapeText, markdownTable, type Align } from '../markdown-table.js';
import type { CheckModel } from '../models.js';
import { eligibleText } from '../ranking-markdown.js';
import { rankDecimals } from '../numbers.js';
import { counted, notJudged, verdictOf, verdictText } from './check-parts.js';
import { problemsTable } from './problems-table.js';

const arrow = ' → ';

/** A vendor's name by id in the ranking after, else its id (for a table cell). */
function nameOf(change: DecisionChange, id: string | null): string {
  if (id === null) return 'none';
  return change.vendors.find((v) => v.id === id)?.name ?? id;
}

/** The same for a line of text, escaped. */
function nameInText(change: DecisionChange, id: string | null): string {
  return escapeText(nameOf(change, id));
}

/** How many criterion weights the comment lists; a category's change can move dozens. */
const weightRows = 15;

/** `What the change did`: the winner, each vendor before → after, weights and answers. */
function changeSection(change: DecisionChange): string[] {
  const out = [`### What the change did (against ${codeSpan(change.base)}, ${change.commit})`, ''];
  if (change.baseProblem !== null) {
    return [
      ...out,
      `The project could not be evaluated at ${codeSpan(change.base)}: ${escapeText(change.baseProblem)}.`,
      '',
    ];
  }
  const w = change.winner;
  // as in the terminal: a change that moved nothing is one sentence, not a table of `1 → 1`
  if (nothingChanged(change)) {
    const still =
      w.after === null
        ? 'still no vendor is eligible'
        : `the winner is still ${nameInText(change, w.after)}`;
    return [...out, `Nothing changed; ${still}.`, ''];
  }
  out.push(
    w.changed
      ? `**The winner changed**: ${nameInText(change, w.before)}${arrow}${nameInText(change, w.after)}.`
      : `The winner is unchanged: ${nameInText(change, w.after)}.`,
    '',
  );
  // the terminal's wording and decimals: a score that moved never reads the same before and after
  const digits = scoreDecimals(change.vendors);
  out.push(
    markdownTable(
      ['Vendor', 'Place', 'Score'],
      change.vendors.map((v) => [
        v.name,
        placeChangeText(v.before, v.after),
        scoreFiguresText(v.before, v.after, digits),
      ]),
      ['left', 'left', 'right'],
    ),
  );
  if (change.groups.length) {
    out.push(
      '**Category weights that changed**',
      '',
      markdownTable(
        ['Category', 'Weight'],
        change.groups.map((g) => [g.name, weightChangeText(g)]),
        ['left', 'right'],
      ),
    );
  }
  if (change.weights.length) {
    // a category's new weight moves every criterion below it: the largest moves, the rest counted
    const shown = [...change.weights]
      .sort((a, b) => weightDelta(b) - weightDelta(a))
      .slice(0, weightRows);
    const rest = change.weights.length - shown.length;
    out.push(
      `**Criterion weights that changed**${change.weights.length > 1 ? ' (largest change first)' : ''}`,
      '',
      markdownTable(
        ['Criterion', 'Weight'],
        shown.map((c) => [c.name, weightChangeText(c)]),
        ['left', 'right'],
      ),
      ...(rest > 0 ? [`… and ${rest} more (\`check --format json\` lists every one).`, ''] : []),
    );
  }
  if (change.answers.length) {
    out.push(
      '**Answers that changed**',
      '',
      markdownTable(
        ['Vendor', 'Criterion', 'Answer'],
        change.answers.map((a) => [nameOf(change, a.vendor), a.criterion, answerChangeText(a)]),
      ),
    );
  }
  if (
    change.groups.length === 0 &&
    change.weights.length === 0 &&
    change.answers.length === 0 &&
    change.other.length === 0
  ) {
    out.push('No weight or answer changed.', '');
  }
  for (const line of change.other) out.push(`- ${escapeText(line)}`);
  if (change.other.length) out.push('');
  return out;
}

/** The ranking the policy was judged on: rank, vendor, score, eligible, contract cost. */
function rankingSection(ranking: Ranking): string[] {
  const costed = ranking.vendors.find((v) => v.cost);
  const currency = costed?.cost?.currency;
  const digits = rankDecimals(ranking.vendors);
  const head = [
    'Rank',
    'Vendor',
    'Score',
    'Eligible',
    ...(costed ? [`Contract${currency ? ` (${currency})` : ''}`] : []),
  ];
  const align: Align[] = ['right', 'left', 'right', 'left', ...(costed ? ['right' as const] : [])];
  const rows = ranking.vendors.map((v) => [
    v.rank === null ? '—' : String(v.rank),
    v.name,
    v.score.toFixed(digits),
    eligibleText(v),
    ...(costed ? [v.cost ? formatMoney(v.cost.contract) : '—'] : []),
  ]);
  return [`### Ranking (${ranking.method})`, '', markdownTable(head, rows, align)];
}

const statusText: Readonly<Record<PolicyOutcome['status'], string>> = {
  passed: 'passed',
  failed: '**failed**',
  'not-evaluated': 'not evaluated',
};

/** The policy section of a check whose files have errors: which rules wait for the fix. */
function notJudgedText(rules: readonly string[] | undefined): string {
  const which = rules?.length ? `its ${counted(rules.length, 'rule')}` : 'its rules';
  return `Not judged: the files have errors (see Problems). Fix them and ${which} will be judged.`;
}

/** Every outcome: rule, vendor (by name when the ranking has it), status, message. */
function policySection(model: CheckModel): string[] {
  const { policy, ranking } = model;
  const vendorName = (id: string | null) =>
    id === null ? '(project)' : (ranking?.vendors.find((v) => v.id === id)?.name ?? id);
  if (notJudged(model)) return ['### Policy', '', notJudgedText(model.policyRules), ''];
  if (policy.length === 0) return ['### Policy', '', 'The project file sets no policy rules.', ''];
  return [
    '### Policy',
    '',
    markdownTable(
      ['Rule', 'Vendor', 'Status', 'Outcome'],
      policy.map((o) => [`\`${o.rule}\``, vendorName(o.vendor), statusText[o.status], o.message]),
    ),
  ];
}

/**
 * `check --format markdown`: a pull-request comment. The verdict first, then what the change
 * did (with `--base`), the ranking the policy was judged on, every policy outcome and the
 * problems. Figures are rounded as `rank --format markdown` rounds them.
 */
export function formatCheckMarkdown(model: CheckModel): string {
  const v = verdictOf(model);
  const lines = [
    `## vendor-eval check: ${v.passed ? 'passed ✅' : 'failed ❌'}`,
    '',
    `${escapeText(verdictText(model).replace(/^check (passed|failed): /, ''))} (${codeSpan(model.configFile)}, ${counted(model.files.length, 'file')}).`,
    '',
    ...(model.change ? changeSection(model.change) : []),
    ...(model.ranking
      ? rankingSection(model.ranking)
      : ['### Ranking', '', 'Not ranked: the files have errors.', '']),
    ...policySection(model),
    '### Problems',
    '',
    problemsTable(model.issues),
  ];
  return lines.join('\n');
}

/** `check --format markdown`. */
export const checkMarkdownFormat: Format<CheckModel> = {
  id: 'markdown',
  description: 'a pull-request comment: verdict, what the change did, ranking, policy, problems',
  extension: 'md',
  userText: 'markdown',
  render: (m) => formatCheckMarkdown(m),
};
