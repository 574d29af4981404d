// The decision record's provenance as Markdown: enough to reproduce the record and audit it.
import { overridesLine } from '../weight-overrides.js';
import { skippedFileLine, skippedHeadline } from '../skipped-files.js';
import { codeSpan, escapeText, markdownTable } from '../markdown-table.js';
import { setLabel } from '../numbers.js';
import type { Provenance } from './model.js';
import { sha256sumCommand, weightSourceText } from './provenance-text.js';

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
