// The decision record's provenance as Markdown: enough to reproduce the record and audit it.
import { overridesLine } from '../weight-overrides.js';
import { skippedFileLine, skippedHeadline } from '../skipped-files.js';
import { escapeText, markdownTable } from '../markdown-table.js';
import { plural, setLabel } from '../numbers.js';
import type { Provenance, WeightSource } from './model.js';
import { codeSpan, shellLine } from './shell-words.js';

/** The random-index tables AHP's consistency ratio may use (`riTable`), by name. */
const riTableNames: Record<string, string> = {
  saaty: 'Saaty’s table',
  'donegan-dodd': 'Donegan and Dodd’s table',
  'alonso-lamata': 'Alonso and Lamata’s table',
};

/** How a group's weights were made, in words: `AHP (pairwise comparisons), CR 0.043, consistent`. */
export function weightSourceText(
  w: Pick<WeightSource, 'method' | 'cr' | 'consistent' | 'riTable' | 'comparisons' | 'ranges'>,
): string {
  const how: Record<string, string> = {
    direct: 'as written in the set (direct)',
    ahp: 'AHP (pairwise comparisons)',
    roc: 'ROC (rank-order centroid of the stated order)',
    swing: 'swing weighting',
    entropy: 'entropy (from how much the answers vary)',
    critic: 'CRITIC (from the answers’ contrast and correlation)',
  };
  const parts = [how[w.method] ?? w.method];
  if (w.cr !== undefined)
    parts.push(
      `CR ${w.cr.toFixed(3)} (random index: ${riTableNames[w.riTable ?? 'saaty'] ?? w.riTable}), ${w.consistent ? 'consistent (≤ 0.1)' : 'inconsistent (> 0.1)'}`,
    );
  if (w.comparisons)
    parts.push(
      w.comparisons.completed > 0
        ? `${plural(w.comparisons.given, 'comparison')} given, ${w.comparisons.completed} more filled in by completion (least λmax)`
        : `${plural(w.comparisons.given, 'comparison')} given`,
    );
  if (w.ranges.length) parts.push(`weight ranges on ${w.ranges.join(', ')} (the middle used)`);
  return parts.join('; ');
}

/**
 * The command that prints the input digest from the files: `sha256sum <files> | sha256sum`, each
 * name quoted for the shell, and `--` first when a name starts with `-` (else read as an option).
 */
export function sha256sumCommand(files: readonly string[]): string {
  const dashed = files.some((f) => f.startsWith('-'));
  return `${shellLine(['sha256sum', ...(dashed ? ['--'] : []), ...files])} | sha256sum`;
}

/** A method option's value for reading: strings as they are, anything else as JSON. */
const optionText = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

/** `## Provenance`. */
export function provenanceMarkdown(p: Provenance): string[] {
  const options = Object.entries(p.method.options);
  const overrides = overridesLine(p.weightOverrides);
  const skipped = skippedHeadline(p.skipped);
  const lines = [
    '## Provenance',
    '',
    `- Criteria set: ${escapeText(p.set.name)} (${escapeText(setLabel(p.set))}), ${p.set.builtin ? 'built in' : `file ${codeSpan(p.set.file)}`}`,
    `- Method: ${escapeText(p.method.name)} (${p.method.id}): ${escapeText(p.method.summary)}`,
    `- Method options: ${options.length ? escapeText(options.map(([k, v]) => `${k} ${optionText(v)}`).join(', ')) : 'none'}`,
    `- Unanswered criteria: ${p.missing === 'exclude' ? 'left out of the vendor’s weights (missing: exclude)' : 'scored 0 (missing: zero)'}`,
    `- Weight overrides (--weights): ${overrides ? escapeText(overrides.replace(/^weights overridden: /, '')) : "none: the set's own weights"}`,
    `- Skipped files (--skip-invalid): ${skipped ? escapeText(skipped) : 'none'}`,
    ...p.skipped.map((s) => `  - ${escapeText(skippedFileLine(s))}`),
    `- Made by: vendor-eval ${p.toolVersion}, ${p.generatedAt}`,
    `- Command: ${codeSpan(p.command)}`,
    '',
    '### Where the weights came from',
    '',
    ...p.weightSources.map(
      (w) =>
        `${'  '.repeat(w.depth)}- ${escapeText(w.name)}${w.depth === 0 ? ' (top level)' : ` (${w.id})`}: ${escapeText(weightSourceText(w))}`,
    ),
    '',
    '### Evaluators',
    '',
    markdownTable(
      ['Vendor', 'Evaluators', 'Panel', 'Moderated answers', 'Moderated by'],
      p.evaluators.map((e) => [
        e.vendor,
        e.evaluators.length ? e.evaluators.join(', ') : '—',
        String(e.panel),
        String(e.moderated),
        e.moderators.length ? e.moderators.join(', ') : '—',
      ]),
      ['left', 'left', 'right', 'right', 'left'],
    ),
    '### Input files',
    '',
  ];
  const files = p.inputHash.files;
  if (files.length === 0) return [...lines, 'No input file could be read back to hash.', ''];
  return [
    ...lines,
    `SHA-256 of the listing below (each line \`<sha256>  <file>\`, files sorted by name): \`${p.inputHash.digest}\`. From the same folder, ${codeSpan(sha256sumCommand(files.map((f) => f.file)))} prints the same digest.`,
    '',
    markdownTable(
      ['File', 'SHA-256'],
      files.map((f) => [f.file, f.sha256]),
    ),
  ];
}
