import type { Format } from './format.js';
import { independenceLines } from './independence-text.js';
import { escapeText, markdownTable } from './markdown-table.js';
import { formatUtility } from './numbers.js';
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
} from './consensus-model.js';

/**
 * `consensus --format markdown`: the headline, the criteria with the lowest α, the widest
 * disagreements and the evaluators furthest from the rest, for a decision record.
 */
export function formatConsensusMarkdown(m: ConsensusModel): string {
  const title = `## ${escapeText(m.set.name)}: where evaluators disagree`;
  if (singleEvaluator(m))
    return [title, '', `${escapeText(singleEvaluatorSentence(m))}.`, ''].join('\n');
  const r = m.analysis.result;
  const criteria = criteriaByAlpha(m)
    .slice(0, m.top)
    .map((c) => [
      m.criterionNames.get(c.id) ?? c.id,
      c.level,
      formatAlpha(c.alpha),
      c.alpha === null ? noAlphaReason(c) : alphaVerdict(c.alpha),
      String(c.pairable),
    ]);
  const disagreements = shownDisagreements(m).map((d) => [
    m.names.get(d.vendor) ?? d.vendor,
    m.criterionNames.get(d.criterion) ?? d.criterion,
    answersText(m, d),
    formatUtility(d.range),
    `${formatUtility(d.combined)}${d.moderated ? ' (moderated)' : ''}`,
  ]);
  const furthest = r.furthest.map((f) => [
    f.evaluator,
    formatUtility(f.meanDistance),
    String(f.answers),
  ]);
  return [
    title,
    '',
    `${escapeText(capitalise(consensusHeadline(m)))}.`,
    '',
    '### Agreement per criterion (lowest first)',
    '',
    markdownTable(['Criterion', 'Level', 'α', 'Reading', 'Pairable'], criteria, [
      'left',
      'left',
      'right',
      'left',
      'right',
    ]),
    '### Widest disagreements',
    '',
    disagreements.length
      ? markdownTable(['Vendor', 'Criterion', 'Answers', 'Range', 'Combined'], disagreements, [
          'left',
          'left',
          'left',
          'right',
          'right',
        ])
      : 'The evaluators gave every vendor the same answers.\n',
    '### Furthest from the rest',
    '',
    markdownTable(['Evaluator', 'Mean distance', 'Answers'], furthest, ['left', 'right', 'right']),
    ...(m.independence
      ? [
          '### Independence (from the git history)',
          '',
          ...independenceLines(m.independence).map((l) => `- ${escapeText(l)}`),
          '',
        ]
      : []),
    ...consensusNotes(m).map((n) => `- ${escapeText(n)}`),
    '',
  ].join('\n');
}

/** The first letter in upper case. */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `consensus --format markdown`. */
export const consensusMarkdownFormat: Format<ConsensusModel> = {
  id: 'markdown',
  description: 'the agreement and the disagreements as a Markdown section',
  extension: 'md',
  userText: 'markdown',
  render: (m) => formatConsensusMarkdown(m),
};
