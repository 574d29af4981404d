import { inertStrings } from './inert-text.js';
import { pricingModelIds } from '../core/model/pricing-models.js';
import type { CriteriaSet, Criterion, GroupNode } from '../core/model/types.js';
import { describeMust } from '../core/scoring/knockout.js';
import type { NodeWeight } from '../core/scoring/weights.js';
import { answerShape } from './criteria-json.js';
import { setLabel } from './numbers.js';
import { conditionText, requirementText } from './requirement-text.js';

/** What `template` prints besides the set: who the file is for and where its schema is. */
export interface TemplateOptions {
  /** The vendor's id (`--vendor`): written as `vendor:` and as the `name:` placeholder. */
  vendor?: string | undefined;
  /** Who scores (`--evaluator`). */
  evaluator?: string | undefined;
  /** The vendor schema's path relative to the file, for the editor modeline; none when unknown. */
  schemaPath?: string | undefined;
}

/** Comment lines are wrapped to fit this many columns, indent included. */
const width = 100;

/**
 * A blank vendor file for `set`: every answerable criterion as `id: ~`, grouped under a comment
 * per category with its question, answer shape, levels or options, knock-out and evidence rule;
 * computed criteria (cost, pairwise) as comments only, since answering them is an error; and a
 * commented-out `pricing:` skeleton when the set prices bids. Loads with no error as printed,
 * because `~` means "not answered yet". The set's text is made inert and one line
 * (`inertStrings`), as it only appears in comments.
 */
export function formatVendorTemplate(
  setAsWritten: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  options: TemplateOptions = {},
): string {
  // the set's text goes into comments: a line break in a name must not start a line of YAML
  const set = inertStrings(setAsWritten, 'line');
  const lines: string[] = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`, '#');
  lines.push(
    ...wrap(
      `A vendor file for the criteria set ${set.name} (${setLabel(set)}). Replace each ~ with the vendor's answer, or write { value: …, evidence: "document, date", note: "…" }. An answer left as ~ counts as not answered yet. Check the file with: vendor-eval validate -c ${set.builtin ? set.id : set.file} <this file>`,
      '',
    ),
  );
  if (options.vendor !== undefined) {
    lines.push(
      `vendor: ${options.vendor}`,
      `name: ${options.vendor}  # the display name: change it`,
    );
  } else {
    lines.push(
      '# vendor: acme-care  # the vendor id (kebab-case); without it, the file name',
      '# name: Acme Care  # the display name; without it, the id',
    );
  }
  lines.push(
    options.evaluator !== undefined
      ? `evaluator: ${yamlScalar(options.evaluator)}`
      : '# evaluator: your-name  # who scored; several evaluators of a vendor write a file each',
  );
  lines.push('answers:');
  let path: string | undefined;
  for (const c of set.criteria) {
    const key = c.path.join('/');
    if (key !== path) {
      path = key;
      lines.push(...(lines.at(-1) === 'answers:' ? [] : ['']), groupHeader(set, c.path, weights));
    }
    lines.push('', ...criterionLines(set, c));
  }
  if (set.demand || set.criteria.some((c) => c.type === 'cost'))
    lines.push('', ...pricingSkeleton(set));
  return `${lines.join('\n')}\n`;
}

/** `# ── Service levels › Voice accessibility (sla-voice, 7 %) ──`. */
function groupHeader(
  set: CriteriaSet,
  path: readonly string[],
  weights: ReadonlyMap<string, NodeWeight>,
): string {
  const id = path.at(-1);
  if (id === undefined) return `  # ── ${set.name} ──`;
  const names: string[] = [];
  let node: GroupNode | undefined = set.root;
  for (const step of path) {
    node = node?.children.find((n): n is GroupNode => n.kind === 'group' && n.id === step);
    names.push(node?.name ?? step);
  }
  const global = weights.get(id)?.global;
  const share = global === undefined ? '' : `, ${Number((global * 100).toFixed(1))} %`;
  return `  # ── ${names.join(' › ')} (${id}${share}) ──`;
}

/** A criterion's comment lines and its `id: ~` line (computed criteria: comments only). */
function criterionLines(set: CriteriaSet, c: Criterion): string[] {
  const title = c.question ? `${c.name} — ${c.question}` : c.name;
  if (c.type === 'cost' || c.type === 'pairwise') {
    const from =
      c.type === 'cost'
        ? 'computed from `pricing:` below'
        : "computed from the criteria set's pairwise comparisons of the vendors";
    return [...wrap(title, '  '), `  # ${c.id}: not answered here, ${from}`];
  }
  const out = wrap(title, '  ');
  if (c.help) out.push(...wrap(c.help, '  '));
  out.push(...wrap(`answer: ${answerShape(c)}`, '  ', '  '));
  if (c.type === 'scale')
    for (const [level, text] of [...c.rubric].sort((a, b) => a[0] - b[0]))
      out.push(...wrap(`${level} = ${text}`, '  ', '    '));
  if ((c.type === 'choice' || c.type === 'multi') && c.options.some((o) => o.label)) {
    for (const o of c.options)
      out.push(
        ...wrap(o.label ? `${String(o.value)} = ${o.label}` : String(o.value), '  ', '    '),
      );
  }
  if (c.type === 'multi')
    out.push(
      `  # a list of the values that apply, e.g. [${c.options
        .slice(0, 2)
        .map((o) => String(o.value))
        .join(', ')}]`,
    );
  // a `must` that a rule names is the rule's test, not a knock-out of its own (decisions.md)
  const rules = set.requires.filter((r) => r.criteria.includes(c.id));
  if (c.must && !rules.length)
    out.push(`  # knock-out: ${describeMust(c.must, c.type === 'number' ? c.unit : undefined)}`);
  for (const r of rules) {
    out.push(...wrap(`knock-out rule "${r.name}": ${requirementText(r)}`, '  ', '  '));
    out.push(
      ...wrap(
        `this criterion passes it when it ${conditionText(c.must ?? { kind: 'true' })}`,
        '  ',
      ),
    );
  }
  if (c.evidence === 'required') out.push('  # evidence required');
  out.push(`  ${c.id}: ~`);
  return out;
}

/** The `pricing:` block, commented out: uncommented with its `~`s it would not load. */
function pricingSkeleton(set: CriteriaSet): string[] {
  const demand = set.demand?.input;
  const channels = Object.keys(demand?.channels ?? {});
  return [
    ...wrap(
      set.criteria.some((c) => c.type === 'cost')
        ? "The vendor's price offer, which the cost criterion needs (until it is filled in, validate and rank report missing-pricing): remove the # signs and fill in (docs/file-formats.md, Pricing)."
        : "The vendor's price offer: remove the # signs and fill in (docs/file-formats.md, Pricing).",
      '',
    ),
    '# pricing:',
    `#   model: ~  # ${pricingModelIds.join(' | ')}`,
    `#   currency: ${demand?.currency ?? '~'}`,
    "#   rates:  # per channel, in the model's unit",
    ...(channels.length ? channels : ['channel-id']).map((ch) => `#     ${ch}: ~`),
    '#   setupFee: ~',
  ];
}

/** Text as `# ` comment lines of at most `width` columns; later lines take `more` after `# `. */
function wrap(text: string, indent: string, more = ''): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const prefix = `${indent}# ${lines.length ? more : ''}`;
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(`${prefix}${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(`${indent}# ${lines.length ? more : ''}${line}`);
  return lines;
}

/**
 * Text as a YAML scalar that reads back as the same string: plain when it is words, dots and
 * `@` only and no YAML keyword (`a.lee`, `R. Okafor`), else double-quoted (JSON is valid YAML).
 */
function yamlScalar(text: string): string {
  const plain =
    /^[A-Za-z][\w.@' -]*[\w.]$|^[A-Za-z]$/.test(text) &&
    !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
