// `vendor-eval template` (issue 11, the scripted path): a blank vendor file for a criteria set,
// every criterion `~` with its question, answer, levels or options, knock-out and evidence rule
// as comments, that loads as printed and ranks once answers are filled in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

const demoSet = `id: demo
name: Demo set
version: 2
demand:
  currency: EUR
  channels:
    voice: { live: true, contactsPerMonth: 2000, ahtSeconds: 180, openHoursPerMonth: 10, serviceLevel: { percent: 80, seconds: 20 } }
    email: { contactsPerMonth: 600, ahtSeconds: 240 }
requires:
  - name: No card data or a high resolution rate
    anyOf: [no-card-data, fcr]
categories:
  - id: service
    name: Service
    weight: 3
    criteria:
      - id: quality
        name: Quality of coaching
        question: How do team leaders coach agents?
        type: scale
        rubric:
          "1": "No coaching."
          "3": "Monthly coaching sessions against a written quality form, with calibration across the team leaders of every site."
          "5": "Weekly coaching with recorded goals."
      - id: fcr
        name: First-contact resolution
        question: What share of contacts do you resolve at first contact?
        help: Count a contact resolved when the customer does not contact us again about it within 7 days.
        type: number
        unit: "%"
        min: 0
        max: 100
        direction: higher
        scoring: { worst: 50, best: 90 }
        must: { min: 50 }
      - id: hours
        name: Hours
        type: choice
        options:
          - { value: office, label: "Office hours", score: 0.3 }
          - { value: extended, score: 1 }
      - id: channels
        name: Channels
        type: multi
        options:
          - { value: voice, label: Voice, points: 2 }
          - { value: chat, label: Live chat, points: 1 }
  - id: risk
    name: Risk
    criteria:
      - id: pci
        name: PCI DSS attestation
        question: Do you hold a current PCI DSS attestation of compliance?
        type: boolean
        must: true
        evidence: required
      - id: no-card-data
        name: No card data
        question: Do card payments bypass your agents and systems entirely?
        type: boolean
      - id: fit
        name: Cultural fit
        type: pairwise
        comparisons: []
  - id: price
    name: Price
    criteria:
      - { id: total-cost, name: Contract cost, type: cost, scoring: lowest-price }
`;

const demoTemplate = `# A vendor file for the criteria set Demo set (demo v2). Replace each ~ with the vendor's answer, or
# write { value: …, evidence: "document, date", note: "…" }. An answer left as ~ counts as not
# answered yet. Check the file with: vendor-eval validate -c set.yaml <this file>
vendor: acme-care
name: acme-care  # the display name: change it
evaluator: R. Okafor
answers:
  # ── Service (service, 60 %) ──

  # Quality of coaching — How do team leaders coach agents?
  # answer: whole number 1–5
  # 1 = No coaching.
  # 3 = Monthly coaching sessions against a written quality form, with calibration across the team
  #     leaders of every site.
  # 5 = Weekly coaching with recorded goals.
  quality: ~

  # First-contact resolution — What share of contacts do you resolve at first contact?
  # Count a contact resolved when the customer does not contact us again about it within 7 days.
  # answer: number 0–100 %, higher is better
  # knock-out rule "No card data or a high resolution rate": one of no-card-data, fcr
  # this criterion passes it when it is at least 50
  fcr: ~

  # Hours
  # answer: one of office, extended
  # office = Office hours
  # extended
  hours: ~

  # Channels
  # answer: any of voice, chat
  # voice = Voice
  # chat = Live chat
  # a list of the values that apply, e.g. [voice, chat]
  channels: ~

  # ── Risk (risk, 20 %) ──

  # PCI DSS attestation — Do you hold a current PCI DSS attestation of compliance?
  # answer: true or false
  # knock-out: must be yes
  # evidence required
  pci: ~

  # No card data — Do card payments bypass your agents and systems entirely?
  # answer: true or false
  # knock-out rule "No card data or a high resolution rate": one of no-card-data, fcr
  # this criterion passes it when it is yes
  no-card-data: ~

  # Cultural fit
  # fit: not answered here, computed from the criteria set's pairwise comparisons of the vendors

  # ── Price (price, 20 %) ──

  # Contract cost
  # total-cost: not answered here, computed from \`pricing:\` below

# The vendor's price offer, which the cost criterion needs (until it is filled in, validate and rank
# report missing-pricing): remove the # signs and fill in (docs/file-formats.md, Pricing).
# pricing:
#   model: ~  # per-hour | per-fte-month | per-contact | per-minute | per-resolution | hybrid
#   currency: EUR
#   rates:  # per channel, in the model's unit
#     voice: ~
#     email: ~
#   setupFee: ~
`;

function demoProject(): string {
  const dir = makeTempDir('vendor-eval-template-');
  writeFileSync(join(dir, 'set.yaml'), demoSet);
  return dir;
}

/** Uncomments the template's pricing block and fills in every `~` in it with `rate`. */
function withPricing(template: string, model: string, rate: number): string {
  const start = template.indexOf('# pricing:');
  const block = template
    .slice(start)
    .split('\n')
    .map((line) =>
      line
        .replace(/^# ?/, '')
        .replace(/^(\s*model): ~/, `$1: ${model}`)
        .replace(/: ~$/, `: ${rate}`),
    )
    .join('\n');
  return template.slice(0, start) + block;
}

describe('template', () => {
  it('prints every criterion of a set, with its question, answer, levels, options and rules', async () => {
    const cwd = demoProject();
    const r = await runCli(
      ['template', 'set.yaml', '--vendor', 'acme-care', '--evaluator', 'R. Okafor'],
      { cwd },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(demoTemplate);
  });

  it('without --vendor, leaves vendor and name commented out (the file name is the id)', async () => {
    const r = await runCli(['template', '-c', 'set.yaml'], { cwd: demoProject() });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(3, 7)).toEqual([
      '# vendor: acme-care  # the vendor id (kebab-case); without it, the file name',
      '# name: Acme Care  # the display name; without it, the id',
      '# evaluator: your-name  # who scored; several evaluators of a vendor write a file each',
      'answers:',
    ]);
  });

  it('quotes an evaluator name that YAML would read otherwise', async () => {
    const r = await runCli(['template', 'set.yaml', '--evaluator', 'null'], { cwd: demoProject() });
    expect(r.stdout).toContain('\nevaluator: "null"\n');
    const colon = await runCli(['template', 'set.yaml', '--evaluator', 'a.lee: QA #2'], {
      cwd: demoProject(),
    });
    expect(colon.stdout).toContain('\nevaluator: "a.lee: QA #2"\n');
    const plain = await runCli(['template', 'set.yaml', '--evaluator', 'a.lee'], {
      cwd: demoProject(),
    });
    expect(plain.stdout).toContain('\nevaluator: a.lee\n');
  });

  it('loads as printed: validate reports only the missing bid, and nothing once it is filled in', async () => {
    const cwd = demoProject();
    const { stdout } = await runCli(['template', 'set.yaml', '--vendor', 'acme-care'], { cwd });
    writeFileSync(join(cwd, 'acme-care.yaml'), stdout);
    const raw = await runCli(['validate', '-c', 'set.yaml', 'acme-care.yaml'], { cwd });
    expect(raw.code).toBe(1);
    expect(raw.stdout).toContain(
      'vendor "acme-care" has no `pricing`, which the cost criterion "total-cost" needs',
    );
    expect(raw.stdout).toContain('(1 error, 0 warnings)');

    writeFileSync(join(cwd, 'acme-care.yaml'), withPricing(stdout, 'per-contact', 2));
    const priced = await runCli(['validate', '-c', 'set.yaml', 'acme-care.yaml'], { cwd });
    expect(priced.stdout + priced.stderr).toBe('✓ 1 file checked, no problems\n');
    expect(priced.code).toBe(0);
  });

  it('the built-in customer-service template validates once its bid is in, and ranks with one answer', async () => {
    const dir = makeTempDir('vendor-eval-template-');
    const file = join(dir, 'acme-care.yaml');
    const made = await runCli([
      'template',
      '-c',
      'customer-service',
      '--vendor',
      'acme-care',
      '-o',
      file,
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toBe('');
    const template = readFileSync(file, 'utf8');
    const answers = template.match(/^ {2}[a-z0-9-]+: ~$/gm) ?? [];
    // every criterion but the computed contract cost is listed to answer
    expect(answers).toHaveLength(82);

    const raw = await runCli(['validate', '-c', 'customer-service', file]);
    expect(raw.stdout.match(/ error /g)).toHaveLength(1);
    expect(raw.stdout).toContain('missing-pricing');

    writeFileSync(file, withPricing(template, 'per-hour', 20));
    const priced = await runCli(['validate', '-c', 'customer-service', file]);
    expect(priced.stdout + priced.stderr).toBe('✓ 1 file checked, no problems\n');
    expect(priced.code).toBe(0);

    writeFileSync(
      file,
      withPricing(template, 'per-hour', 20).replace(
        '  sla-abandon-rate: ~',
        '  sla-abandon-rate: 4',
      ),
    );
    const ranked = await runCli(['rank', '-c', 'customer-service', file, '--format', 'json']);
    expect(ranked.code).toBe(0);
    const doc = JSON.parse(ranked.stdout) as {
      vendors: { id: string; missing: string[] }[];
    };
    expect(doc.vendors[0]?.id).toBe('acme-care');
    expect(doc.vendors[0]?.missing).toHaveLength(81);
    expect(doc.vendors[0]?.missing).not.toContain('sla-abandon-rate');
  });

  it('a set without a cost criterion: the raw template validates with no problem', async () => {
    const dir = makeTempDir('vendor-eval-template-');
    const file = join(dir, 'x.yaml');
    expect((await runCli(['template', 'security', '-o', file])).code).toBe(0);
    const r = await runCli(['validate', '-c', 'security', file]);
    expect(r.stdout + r.stderr).toBe('✓ 1 file checked, no problems\n');
    expect(r.code).toBe(0);
  });

  it('points the editor at the schema, relative to where the file is written', async () => {
    const here = await runCli(['template', 'sla']);
    expect(here.stdout.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=schema/vendor.schema.json',
    );
    const below = await runCli(['template', 'sla'], { cwd: join(repoRoot, 'examples') });
    expect(below.stdout.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/vendor.schema.json',
    );
    // a file outside the project would get one machine's path: no modeline then
    const file = join(makeTempDir('vendor-eval-template-'), 'x.yaml');
    expect((await runCli(['template', 'sla', '-o', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# A vendor file for the criteria set /);
  });

  it('a vendor id that is not kebab-case is a usage error with the id it most likely means', async () => {
    const r = await runCli(['template', 'sla', '--vendor', 'Bad_Id']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error --vendor "Bad_Id" is not a vendor id: ids are lower-case letters and digits joined by hyphens (invalid-vendor-id) — did you mean --vendor bad-id?\n',
    );
  });

  it('-o never overwrites: an existing file is a usage error and stays as it was', async () => {
    const dir = makeTempDir('vendor-eval-template-');
    writeFileSync(join(dir, 'acme-care.yaml'), 'vendor: acme-care\n');
    const r = await runCli(['template', 'sla', '-o', 'acme-care.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error acme-care.yaml already exists: template writes only new files (output-exists) — name a new file, or delete or move the existing one first\n',
    );
    expect(readFileSync(join(dir, 'acme-care.yaml'), 'utf8')).toBe('vendor: acme-care\n');
    expect(existsSync(join(dir, 'sla.yaml'))).toBe(false);
  });
});
