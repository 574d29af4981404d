import type { Provenance } from '../../decision-record/model.js';
import { sha256sumCommand, weightSourceText } from '../../decision-record/provenance-text.js';
import { formatPercent } from '../../numbers.js';
import { skippedFileLine } from '../../skipped-files.js';
import { escapeHtml } from '../escape.js';
import { list, paragraph, section } from '../markup.js';
import { htmlTable } from '../table.js';

/** A definition list of label → text, every text escaped. */
function facts(rows: readonly [string, string | undefined][]): string {
  const items = rows.flatMap(([k, v]) =>
    v === undefined ? [] : [`<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`],
  );
  return `<dl class="facts">${items.join('')}</dl>`;
}

/** An option's value for reading: text as is, anything else as JSON. */
function optionText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * 9. Provenance: the set and the method with its options, where each group's weights came from
 * and every override, skipped files, who evaluated, the tool, the date, the command, and the
 * hash of the input files (each file's own folded).
 */
export function provenanceSection(p: Provenance, names: ReadonlyMap<string, string>): string {
  const set = facts([
    ['Criteria set', p.set.name],
    ['Id', p.set.id],
    ['Version', p.set.version === undefined ? 'not stated' : String(p.set.version)],
    ['File', p.set.builtin ? `${p.set.file} (built in)` : p.set.file],
    ['Method', `${p.method.name} (${p.method.id})`],
    ['About the method', p.method.summary],
    [
      'Unanswered criteria',
      p.missing === 'exclude'
        ? 'left out of the weights (--missing exclude)'
        : p.missing === 'zero'
          ? 'scored 0 (--missing zero)'
          : 'an error (--missing fail)',
    ],
  ]);
  const options = Object.entries(p.method.options);
  const sources = htmlTable({
    head: ['Group', 'Weights from', 'Weight ranges (middle used)'],
    rows: p.weightSources.map((s) => ({
      cells: [
        // indented by depth; the arrow says "inside the group above" without the stylesheet too
        {
          text: `${s.depth > 0 ? '↳ ' : ''}${s.name} (${s.id})`,
          className: s.depth > 0 ? `depth-${Math.min(s.depth, 4)}` : undefined,
        },
        weightSourceText(s),
        s.ranges.length ? s.ranges.join(', ') : '—',
      ],
    })),
  });
  const overrides = p.weightOverrides.length
    ? htmlTable({
        head: ['Node', 'Set weight', 'Given (--weights)', 'Effective global weight'],
        rows: p.weightOverrides.map((o) => ({
          cells: [
            `${o.name} (${o.id})`,
            o.setRange ? `${o.setRange.min}–${o.setRange.max}` : String(o.setWeight),
            String(o.weight),
            formatPercent(o.global),
          ],
        })),
        numeric: [1, 2, 3],
      })
    : paragraph("No --weights override: the set's own weights.");
  const evaluators = htmlTable({
    head: ['Vendor', 'Evaluators', 'Panel', 'Moderated criteria', 'Moderated by'],
    rows: p.evaluators.map((e) => ({
      vendor: e.vendor,
      cells: [
        `${names.get(e.vendor) ?? e.vendor} (${e.vendor})`,
        e.evaluators.length ? e.evaluators.join(', ') : '—',
        String(e.panel),
        String(e.moderated),
        e.moderators.length ? e.moderators.join(', ') : '—',
      ],
    })),
    numeric: [2, 3],
  });
  const files = htmlTable({
    head: ['File', 'SHA-256'],
    rows: p.inputHash.files.map((f) => ({
      cells: [f.file, { text: '', html: `<code>${escapeHtml(f.sha256)}</code>` }],
    })),
  });
  return section('provenance', 'Provenance', [
    set,
    '<h3>Method options</h3>',
    options.length
      ? htmlTable({
          head: ['Option', 'Value'],
          rows: options.map(([k, v]) => ({ cells: [k, optionText(v)] })),
        })
      : paragraph('The method takes no options.'),
    '<h3>Where the weights came from</h3>',
    sources,
    '<h3>Weight overrides</h3>',
    overrides,
    p.skipped.length ? '<h3>Skipped files (--skip-invalid)</h3>' : '',
    list(p.skipped.map(skippedFileLine)),
    '<h3>Evaluators</h3>',
    evaluators,
    '<h3>This record</h3>',
    facts([
      ['Tool', `vendor-eval ${p.toolVersion}`],
      ['Generated', p.generatedAt],
      ['Command', p.command],
      [`Input hash (${p.inputHash.algorithm})`, p.inputHash.digest],
    ]),
    `<details><summary>Each input file's SHA-256 (${p.inputHash.files.length} ${p.inputHash.files.length === 1 ? 'file' : 'files'})</summary>${files}</details>`,
    paragraph(
      'The input hash is the SHA-256 of the lines “sha256  file”, one per file sorted by name, as sha256sum prints them: the same files give the same hash. From the folder the record was made in, this prints it:',
      'note',
    ),
    `<pre class="command"><code>${escapeHtml(sha256sumCommand(p.inputHash.files.map((f) => f.file)))}</code></pre>`,
  ]);
}
