// `report --format markdown`: the decision record for a pull request or a wiki. The sections in
// the HTML page's order, exact figures where a reader checks them, and text from a user's file
// that can never become HTML or break a table.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../src/version.js';
import { writeFiles } from '../helpers/git.js';
import { examplesDir, makeTempDir, repoRoot, runCli } from './run-cli.js';

const env = { SOURCE_DATE_EPOCH: '0' };

async function record(args: string[], cwd?: string): Promise<string> {
  const r = await runCli(['report', ...args, '--format', 'markdown', '-q'], { env, cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const headings = (text: string): string[] => text.split('\n').filter((l) => /^#{1,2} /.test(l));

/** The lines of one `## ` section, without its heading. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const from = lines.indexOf(`## ${heading}`);
  expect(from, heading).toBeGreaterThanOrEqual(0);
  const to = lines.findIndex((l, i) => i > from && l.startsWith('## '));
  return lines.slice(from + 1, to < 0 ? undefined : to).filter((l) => l !== '');
}

/** The cells of a table row, split on the pipes GFM splits on (not `\|`). */
const cells = (row: string): string[] =>
  row
    .replace(/\\\\/g, '')
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());

describe('report --format markdown on the examples', () => {
  it('has the sections in the order a committee reads them', async () => {
    expect(headings(await record(['examples/vendors']))).toEqual([
      '# Decision record: Customer service outsourcing',
      '## At a glance',
      '## Ranking',
      '## Category contributions',
      '## Category profiles',
      '## Value for money',
      '## Tipping points',
      '## Top two',
      '## Vendors',
      '## Provenance',
    ]);
  });

  it('states the decision at a glance', async () => {
    expect(section(await record(['examples/vendors']), 'At a glance')).toEqual([
      '- Puente Contact Partners ranks first with 76.8 / 100, 5.3 points ahead of Harbourline Customer Care (71.5).',
      '- Puente Contact Partners costs USD 156,940 in its first month (USD 5,913,845 over the contract); the cheapest eligible vendor is Meridian Shore BPO at USD 156,780 in its first month (USD 5,669,080 over the contract).',
      '- 3 of 6 vendors are eligible; knocked out: Kestrel Contact Solutions (GDPR Art. 28 processor agreement: no (must be yes); Languages offered: en (must include en, es)); Tala Global Services (Minimum language proficiency: b1 (must be one of c2-native, c1, b2); Languages offered: en (must include en, es)); Loop & Tell Social Care (Voice service level (commitment at 20 s): 78 (must be at least 80 %); ISO/IEC 27001 certificate or SOC 2 Type 2 report: in-progress (must be one of full-scope, partial-scope)).',
      '- 1 of 6 vendors left criteria unanswered, scored 0: Meridian Shore BPO (12 criteria).',
    ]);
  });

  it('shows the value map as a table, the front named, knocked-out vendors never on it', async () => {
    expect(section(await record(['examples/vendors']), 'Value for money').slice(1)).toEqual([
      '| Vendor | Score | Monthly (USD) | Contract (USD) | Eligible | On the Pareto front |',
      '| --- | ---: | ---: | ---: | --- | --- |',
      '| Puente Contact Partners | 76.8 | 156,940 | 5,913,845 | yes | yes |',
      '| Harbourline Customer Care | 71.5 | 312,933 | 11,666,927 | yes | no |',
      '| Meridian Shore BPO | 50.4 | 156,780 | 5,669,080 | yes | yes |',
      '| Kestrel Contact Solutions | 77.2 | 173,352 | 6,471,343 | no | no |',
      '| Tala Global Services | 70.8 | 102,001 | 3,817,055 | no | no |',
      '| Loop & Tell Social Care | 64.1 | 219,240 | 8,226,475 | no | no |',
      // Harbourline scores less than Puente for more money. Kestrel (the highest score) and Tala
      // (the cheapest) would be on the front, but they are knocked out
      'On the front, from the cheapest up: Meridian Shore BPO, Puente Contact Partners.',
    ]);
  });

  it('splits each score over the categories, the parts adding up to the score', async () => {
    const lines = section(await record(['examples/vendors']), 'Category contributions');
    expect(lines[0]).toBe(
      "Score points per top-level category: each segment is the category's points: the sum of its criteria's weight × utility × 100, so the segments add up to the score (each figure rounded on its own).",
    );
    const rows = lines.slice(3).map(cells);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const parts = row.slice(2, -1).map(Number);
      expect(parts).toHaveLength(6);
      // each part rounded on its own: the sum is within half a unit per part of the score
      expect(Math.abs(parts.reduce((s, x) => s + x, 0) - Number(row.at(-1)))).toBeLessThan(0.3);
    }
  });

  it('adds up the top two by category, and lists the deciding criteria', async () => {
    const lines = section(await record(['examples/vendors']), 'Top two');
    expect(lines.slice(0, 9)).toEqual([
      'Puente Contact Partners leads Harbourline Customer Care by 5.3 points (76.8 vs 71.5) · Customer service outsourcing (customer-service v2), method weighted-sum.',
      '| Category | Weight | Puente Contact Partners | Harbourline Customer Care | Part of the lead |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| Pricing and commercial terms | 30.0% | 69.8 | 19.7 | +15.0 |',
      '| Service levels and remedies | 20.0% | 78.3 | 96.8 | −3.7 |',
      '| Security, payments and data protection | 15.0% | 79.1 | 92.3 | −2.0 |',
      '| Governance and control | 14.0% | 79.7 | 93.9 | −2.0 |',
      '| Delivery capability | 13.0% | 80.6 | 90.4 | −1.3 |',
      '| Language and cultural fit | 8.0% | 83.8 | 93.6 | −0.8 |',
    ]);
    // the parts shown, +15.0 −3.7 −2.0 −2.0 −1.3 −0.8, add up to 5.2: the sentence says why
    expect(lines[9]).toBe(
      "A category's part of the lead is the sum of its criteria's parts (Puente Contact Partners − Harbourline Customer Care, in score points); the parts add up to the lead, +5.3 points (each part rounded on its own, so the rounded parts may differ from it by a few tenths).",
    );
    expect(lines).toContain('### The criteria that decide the difference');
    const deciding = lines.slice(lines.indexOf('### The criteria that decide the difference') + 3);
    expect(deciding.filter((l) => l.startsWith('| '))).toHaveLength(10);
    expect(lines).toContain(
      '73 other criteria differ by at most 0.4 points each (every answer is in the vendor sections).',
    );
  });

  it('gives every vendor a section: knock-outs and missing answers marked, evidence counted', async () => {
    const lines = section(await record(['examples/vendors']), 'Vendors');
    expect(lines.filter((l) => l.startsWith('### '))).toEqual([
      '### Puente Contact Partners (puente-contact)',
      '### Harbourline Customer Care (harbourline-care)',
      '### Meridian Shore BPO (meridian-shore)',
      '### Kestrel Contact Solutions (kestrel-contact)',
      '### Tala Global Services (tala-global)',
      '### Loop & Tell Social Care (loop-and-tell)',
    ]);
    const kestrel = lines.slice(lines.indexOf('### Kestrel Contact Solutions (kestrel-contact)'));
    expect(kestrel.slice(1, 7)).toEqual([
      '- 77.2 / 100, ineligible — **KNOCK-OUT**',
      '- **KNOCK-OUT:** GDPR Art. 28 processor agreement: no (must be yes)',
      '- **KNOCK-OUT:** Languages offered: en (must include en, es)',
      '- Cost: USD 173,352 a month, USD 6,471,343 over the contract',
      '- Evidence: 27 answers cite it, 56 do not (not required), 0 required but missing; 0 criteria unanswered.',
      '- Evaluators: a.lee',
    ]);
    expect(
      kestrel.find((l) => l.startsWith('| Security, payments and data protection | GDPR Art. 28 ')),
    ).toMatch(
      /^\| Security, payments .* \| no \| 0\.00 \| 0\.56% \| 0\.0 \| .* \| \*\*KNOCK-OUT\*\*: .+ \|$/,
    );
    const meridian = lines.slice(lines.indexOf('### Meridian Shore BPO (meridian-shore)'));
    expect(meridian[2]).toBe('- _missing_: 12 criteria unanswered (scored 0)');
    expect(meridian.filter((l) => / \| _missing_ \| /.test(l)).length).toBeGreaterThanOrEqual(12);
    expect(lines.filter((l) => l === '<details>')).toHaveLength(6);
    expect(lines.filter((l) => l === '</details>')).toHaveLength(6);
  });

  it('states its provenance: the set, the method, the date, the command and the input hash', async () => {
    const lines = section(await record(['examples/vendors']), 'Provenance');
    expect(lines.slice(0, 9)).toEqual([
      '- Criteria set: Customer service outsourcing (customer-service v2), built in',
      '- Method: Weighted sum (weighted-sum): score = Σ weight × utility × 100; compensatory, easy to explain',
      '- Method options: none',
      '- Unanswered criteria: scored 0 (missing: zero)',
      "- Weight overrides (--weights): none: the set's own weights",
      '- Skipped files (--skip-invalid): none',
      `- Made by: vendor-eval ${version}, 1970-01-01T00:00:00.000Z`,
      '- Command: `vendor-eval report examples/vendors --format markdown -q`',
      '### Where the weights came from',
    ]);
    // the digest itself is checked against sha256sum in tests/io/input-hash.test.ts
    expect(lines).toContain('| File | SHA-256 |');
    expect(
      lines.filter((l) =>
        /^\| (criteria|examples\/vendors)\/[a-z-]+\.yaml \| [0-9a-f]{64} \|$/.test(l),
      ),
    ).toHaveLength(13);
    expect(lines.find((l) => l.startsWith('SHA-256 of the listing'))).toMatch(
      /^SHA-256 of the listing below \(each line `<sha256> {2}<file>`, files sorted by name\): `[0-9a-f]{64}`\. From the same folder, `sha256sum criteria\/capability\.yaml .* examples\/vendors\/tala-global\.yaml \| sha256sum` prints the same digest\.$/,
    );
  });

  it('adds the robustness section with --robustness, before the tipping points', async () => {
    const text = await record(['examples/vendors', '--robustness', '--iterations', '500']);
    expect(headings(text).slice(5, 8)).toEqual([
      '## Value for money',
      '## Robustness',
      '## Tipping points',
    ]);
    const lines = section(text, 'Robustness');
    expect(lines[1]).toBe('| Vendor | Base rank | Rank 1 | Rank 2 | Rank 3 | Mean rank | P5–P95 |');
    expect(lines).toContain(
      '### Central weights: the weights under which each vendor typically wins',
    );
  });

  it('states --weights overrides first in the glance and in the provenance', async () => {
    const text = await record(['examples/vendors', '--weights', 'pricing=40']);
    const overridden =
      "pricing 40 (was 30) — effective weights: pricing 36.4% — not the set's own weighting";
    expect(section(text, 'At a glance')[0]).toBe(`- Weights overridden: ${overridden}.`);
    expect(section(text, 'Provenance')).toContain(`- Weight overrides (--weights): ${overridden}`);
  });

  it('has no top two with one vendor', async () => {
    const text = await record(['examples/vendors/puente-contact.yaml']);
    expect(headings(text)).not.toContain('## Top two');
    expect(text.split('\n')[2]).toMatch(
      /^Customer service outsourcing, 1 vendor, method weighted-sum;/,
    );
    expect(section(text, 'At a glance')).toContain(
      '- Puente Contact Partners is the only eligible vendor, with 76.8 / 100.',
    );
  });
});

describe('report --format markdown with hostile text in a vendor file', () => {
  const hostileName = 'Evil <script>alert(1)</script> | Co';
  const hostileNote = '<img src=x onerror=alert(1)> a | b\n| x | y |\n`<b>` &lt;';

  function project(): string {
    const dir = makeTempDir();
    cpSync(examplesDir, join(dir, 'vendors'), { recursive: true });
    for (const f of ['kestrel-contact', 'loop-and-tell', 'meridian-shore', 'tala-global'])
      rmSync(join(dir, 'vendors', `${f}.yaml`));
    const file = join(dir, 'vendors', 'harbourline-care.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('name: Harbourline Customer Care', `name: ${JSON.stringify(hostileName)}`)
      .replace(
        '  sla-chat-first-response: 45',
        `  sla-chat-first-response: { value: 45, note: ${JSON.stringify(hostileNote)} }`,
      );
    writeFileSync(file, text);
    return dir;
  }

  it('never writes the HTML, and keeps every table row whole', async () => {
    const text = await record(['vendors'], project());
    expect(text).not.toMatch(/<(script|img)\b/i);
    expect(text).toContain('# Decision record: Customer service outsourcing');
    expect(text).toContain('### Evil &lt;script>alert(1)&lt;/script> \\| Co (harbourline-care)');
    expect(text).toContain(
      '| note: &lt;img src=x onerror=alert(1)> a \\| b<br>\\| x \\| y \\|<br>\\`&lt;b>\\` &amp;lt; |',
    );
    // every row of every table has as many cells as its header
    const lines = text.split('\n');
    let width = 0;
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      if (width === 0) width = cells(line).length;
      else expect(cells(line), `line ${i + 1}`).toHaveLength(width);
    }
  });
});

describe('report --no-answers', () => {
  it("keeps every vendor's facts but not its answer table, says so, and fits a GitHub comment", async () => {
    const full = await record(['examples/vendors']);
    const short = await record(['examples/vendors', '--no-answers']);
    expect(full).toContain('<details>');
    expect(short).not.toContain('<summary>Every answer');
    const vendors = section(short, 'Vendors');
    expect(vendors[0]).toBe(
      "**Answer tables left out (--no-answers): each vendor's facts are here; `vendor-eval explain <vendor>` shows every answer.**",
    );
    // every vendor keeps its heading and its knock-outs
    expect(vendors.filter((l) => l.startsWith('### '))).toHaveLength(6);
    expect(short).toContain('**KNOCK-OUT:** GDPR Art. 28 processor agreement: no (must be yes)');
    // GitHub refuses a comment body over 65,536 characters
    expect(full.length).toBeGreaterThan(65_536);
    expect(short.length).toBeLessThan(65_536);
  });
});

describe('report --format markdown: a provenance a reader can run again', () => {
  it('quotes a path with a space in the command and in the sha256sum check, which prints the digest', async () => {
    const dir = makeTempDir('vendor-eval-report-space-');
    mkdirSync(join(dir, 'my vendors'));
    for (const [id, csat] of [
      ['tala', 4],
      ['puente', 3],
    ] as const)
      writeFileSync(
        join(dir, 'my vendors', `${id}.yaml`),
        `vendor: ${id}\nanswers: { csat: ${csat} }\n`,
      );
    writeFileSync(
      join(dir, 'set.yaml'),
      'id: s\nname: S\ncriteria:\n  - { id: csat, name: CSAT, type: scale }\n',
    );
    const lines = section(await record(['my vendors', '-c', 'set.yaml'], dir), 'Provenance');
    expect(lines).toContain(
      "- Command: `vendor-eval report 'my vendors' -c set.yaml --format markdown -q`",
    );
    const check = lines.find((l) => l.startsWith('SHA-256 of the listing')) ?? '';
    const [, digest, command] =
      /: `([0-9a-f]{64})`\. From the same folder, `(.*)` prints the same digest\.$/.exec(check) ??
      [];
    expect(command).toBe(
      "sha256sum 'my vendors/puente.yaml' 'my vendors/tala.yaml' set.yaml | sha256sum",
    );
    const run = spawnSync('sh', ['-c', command ?? ''], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout).toBe(`${digest}  -\n`);
  });

  it('states an AHP group’s consistency ratio, its random-index table and the completed comparisons', async () => {
    const dir = makeTempDir('vendor-eval-report-ahp-');
    cpSync(join(repoRoot, 'tests', 'fixtures', 'weigh', 'car.yaml'), join(dir, 'car.yaml'));
    for (const [id, price] of [
      ['a', 3],
      ['b', 4],
    ] as const)
      writeFileSync(
        join(dir, `${id}.yaml`),
        `vendor: car-${id}\nanswers: { price: ${price}, fuel: 3, maintenance: 2, resale: 4, crash-test: 5, looks: 2 }\n`,
      );
    const lines = section(await record(['a.yaml', 'b.yaml', '-c', 'car.yaml'], dir), 'Provenance');
    expect(lines).toContain(
      '  - Cost (cost): AHP (pairwise comparisons); CR 0.000 (random index: Donegan and Dodd’s table), consistent (≤ 0.1); 3 comparisons given, 3 more filled in by completion (least λmax)',
    );
  });
});

describe('report --format markdown: the top two read true when rounded or knocked out', () => {
  it('says the rounded category parts may not add up to the lead, shown at the headline’s decimals', async () => {
    const lines = section(await record(['examples/vendors', '-m', 'vikor']), 'Top two');
    expect(lines[0]).toMatch(
      /^Puente Contact Partners leads Harbourline Customer Care by 42\.3 points/,
    );
    // the parts shown, +88.5 −12.5 −8.3 −5.6 −9.7 −10.0, add up to 42.4
    expect(lines.slice(3, 9).map((l) => cells(l).at(-1))).toEqual([
      '+88.5',
      '−12.5',
      '−8.3',
      '−5.6',
      '−9.7',
      '−10.0',
    ]);
    expect(lines).toContain(
      "A category's part of the lead is the sum of its criteria's parts (Puente Contact Partners − Harbourline Customer Care, in score points); the parts add up to the lead, +42.3 points (each part rounded on its own, so the rounded parts may differ from it by a few tenths).",
    );
  });

  it('says neither can be chosen when both are knocked out', async () => {
    const dir = makeTempDir('vendor-eval-report-ko-');
    for (const f of ['kestrel-contact.yaml', 'loop-and-tell.yaml'])
      cpSync(join(examplesDir, f), join(dir, f));
    const lines = section(await record([dir]), 'Top two');
    // four decimals: at fewer, the rounded scores' difference would not read as the rounded lead
    // (77.2 − 64.1 = 13.1 against a lead of 13.2)
    expect(lines[0]).toMatch(
      /^Kestrel Contact Solutions leads Loop & Tell Social Care by 13\.1656 points \(77\.2232 vs 64\.0576\)/,
    );
    expect(lines).toContain(
      'Neither is eligible: both are knocked out (see their sections), so neither can be chosen; the table only shows how far apart the two highest scores are.',
    );
  });
});

describe('report --format markdown: evaluators and moderators in the provenance', () => {
  it('names who moderated a vendor’s answers, beside its evaluators', async () => {
    const dir = makeTempDir('vendor-eval-report-moderated-');
    writeFiles(dir, {
      'set.yaml':
        'id: s\nname: S\ncriteria:\n  - { id: quality, name: Quality, type: scale }\n  - { id: soc2, name: SOC 2, type: boolean }\n',
      'acme-lee.yaml': 'vendor: acme\nevaluator: a.lee\nanswers: { quality: 3, soc2: false }\n',
      'acme-kim.yaml': 'vendor: acme\nevaluator: b.kim\nanswers: { quality: 5, soc2: false }\n',
      'acme-panel.yaml':
        'vendor: acme\nevaluator: panel\nmoderated:\n  quality: { value: 4, rationale: "QA reviewed", by: panel-chair }\n',
      'beta.yaml': 'vendor: beta\nevaluator: a.lee\nanswers: { quality: 4, soc2: true }\n',
    });
    const lines = section(
      await record(
        ['acme-lee.yaml', 'acme-kim.yaml', 'acme-panel.yaml', 'beta.yaml', '-c', 'set.yaml'],
        dir,
      ),
      'Provenance',
    );
    const from = lines.indexOf('### Evaluators');
    expect(lines.slice(from + 1, from + 5)).toEqual([
      '| Vendor | Evaluators | Panel | Moderated answers | Moderated by |',
      '| --- | --- | ---: | ---: | --- |',
      '| beta | a.lee | 1 | 0 | — |',
      '| acme | a.lee, b.kim | 2 | 1 | panel-chair |',
    ]);
  });
});

describe('report --format markdown: the set’s own text in the provenance', () => {
  it('escapes a set version holding HTML, and shows a file name with a backtick as typed', async () => {
    const dir = makeTempDir('vendor-eval-report-version-');
    writeFileSync(
      join(dir, 'my`set.yaml'),
      'id: s\nname: S\nversion: "<img src=x onerror=alert(1)>"\ncriteria:\n  - { id: q, name: Q, type: scale }\n',
    );
    writeFileSync(join(dir, 'a.yaml'), 'vendor: a\nanswers: { q: 3 }\n');
    writeFileSync(join(dir, 'b.yaml'), 'vendor: b\nanswers: { q: 4 }\n');
    const lines = section(
      await record(['a.yaml', 'b.yaml', '-c', 'my`set.yaml'], dir),
      'Provenance',
    );
    expect(lines[0]).toBe(
      '- Criteria set: S (s v&lt;img src=x onerror=alert(1)>), file ``my`set.yaml``',
    );
  });
});
