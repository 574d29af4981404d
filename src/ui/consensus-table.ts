import type { Format } from '../report/format.js';
import { independenceLines } from '../report/independence-text.js';
import { formatUtility, setLabel } from '../report/numbers.js';
import type { Theme } from '../report/theme.js';
import {
  alphaVerdict,
  answersText,
  consensusHeadline,
  consensusNotes,
  criteriaByAlpha,
  formatAlpha,
  noAlphaReason,
  shownDisagreements,
  singleEvaluator,
  singleEvaluatorSentence,
  type ConsensusModel,
} from '../report/consensus-model.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';
import { truncate } from './width.js';

/**
 * `consensus` for a terminal: a headline, the criteria with the lowest α (level, pairable
 * values), the widest disagreements (vendor, criterion, each evaluator's answer, range, the
 * combined utility) and the evaluators furthest from the rest, then what α means. With one
 * evaluator per vendor, one sentence.
 */
export function renderConsensusTable(m: ConsensusModel, theme: Theme, columns?: number): string {
  const head = `${theme.bold(m.set.name)} ${theme.dim(`(${setLabel(m.set)})`)} · where evaluators disagree`;
  if (singleEvaluator(m))
    return `${fitLines([head, `${singleEvaluatorSentence(m)}.`], columns).join('\n')}\n`;
  const r = m.analysis.result;
  const hidden: string[] = [];
  const alphaCell = (alpha: number | null, text: string): string =>
    alphaVerdict(alpha) === 'unreliable' ? theme.red(text) : text;
  const criteria = fitTable(
    [
      { header: theme.bold('Criterion'), wrap: true, minWidth: 16 },
      { header: theme.bold('Level'), drop: 2 },
      { header: theme.bold('α'), align: 'right' },
      { header: theme.bold('Reading'), drop: 1 },
      { header: theme.bold('Pairable'), align: 'right', drop: 3 },
    ],
    criteriaByAlpha(m)
      .slice(0, m.top)
      .map((c) => [
        truncate(m.criterionNames.get(c.id) ?? c.id, 48),
        c.level,
        alphaCell(c.alpha, formatAlpha(c.alpha)),
        c.alpha === null ? theme.dim(noAlphaReason(c)) : alphaVerdict(c.alpha),
        String(c.pairable),
      ]),
    columns,
  );
  hidden.push(...criteria.hidden);
  const shown = shownDisagreements(m);
  const disagreementCols: Column[] = [
    { header: theme.bold('Vendor'), wrap: true, minWidth: 12 },
    { header: theme.bold('Criterion'), wrap: true, minWidth: 12 },
    { header: theme.bold('Answers'), wrap: true, minWidth: 16 },
    { header: theme.bold('Range'), align: 'right' },
    {
      header: theme.bold(`Combined\n${theme.dim(r.combine)}`),
      name: 'Combined',
      align: 'right',
      drop: 1,
    },
  ];
  const disagreements = fitTable(
    disagreementCols,
    shown.map((d) => [
      truncate(m.names.get(d.vendor) ?? d.vendor, 48),
      truncate(m.criterionNames.get(d.criterion) ?? d.criterion, 48),
      answersText(m, d),
      formatUtility(d.range),
      `${formatUtility(d.combined)}${d.moderated ? theme.dim(' moderated') : ''}`,
    ]),
    columns,
  );
  hidden.push(...disagreements.hidden);
  const furthest = fitTable(
    [
      { header: theme.bold('Evaluator'), wrap: true, minWidth: 12 },
      { header: theme.bold('Mean distance'), align: 'right' },
      { header: theme.bold('Answers'), align: 'right' },
    ],
    r.furthest.map((f) => [f.evaluator, formatUtility(f.meanDistance), String(f.answers)]),
    columns,
  );
  const notes = consensusNotes(m).map((n) => `${theme.dim('·')} ${n}`);
  const hiddenLine = hiddenNote([...new Set(hidden)]);
  if (hiddenLine) notes.unshift(theme.dim(hiddenLine));
  const out = [
    ...fitLines([head, consensusHeadline(m)], columns),
    '',
    theme.bold("Agreement per criterion (Krippendorff's α, lowest first)"),
    criteria.text,
    '',
    theme.bold('Widest disagreements (range of utilities)'),
    shown.length ? disagreements.text : 'the evaluators gave every vendor the same answers',
    '',
    theme.bold('Furthest from the rest (mean distance from the others’ utilities)'),
    furthest.text,
    ...(m.independence
      ? [
          '',
          theme.bold('Independence (from the git history)'),
          ...fitLines(independenceLines(m.independence), columns),
        ]
      : []),
    ...fitLines(notes, columns),
  ];
  return `${out.join('\n')}\n`;
}

/** `consensus --format table` (the default). */
export const consensusTableFormat: Format<ConsensusModel> = {
  id: 'table',
  description: 'box-drawn tables for the terminal, fitted to its width',
  userText: 'line',
  render: (m, ctx) => renderConsensusTable(m, ctx.theme, ctx.columns),
};
