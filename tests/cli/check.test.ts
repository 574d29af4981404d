import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

// A small project every test starts from: three eligible vendors, every answer given, the
// required evidence cited, priced under a demand, top-level AHP weights (CR 0.016). Its base
// policy passes; each test changes one file to make one rule fail.
const set = `id: gate
name: Gate demo
version: 1
demand:
  currency: USD
  contractMonths: 12
  channels:
    email: { live: false, contactsPerMonth: 1000, ahtSeconds: 360 }
weighting:
  method: ahp
  comparisons:
    - [service, security, 3]
    - [service, people, 2]
    - [security, people, 1]
categories:
  - id: service
    name: Service
    criteria:
      - { id: csat, name: CSAT, type: scale, evidence: required }
      - { id: fcr, name: First-contact resolution, type: scale }
  - id: security
    name: Security
    criteria:
      - { id: soc2, name: SOC 2 Type 2, type: boolean, must: true }
  - id: people
    name: People
    criteria:
      - { id: attrition, name: Agent attrition, type: scale }
`;

const vendor = (id: string, csat: string, fcr: string, soc2: string, rate: number): string =>
  `vendor: ${id}
answers:
  csat: ${csat}
  fcr: ${fcr}
  soc2: ${soc2}
  attrition: 3
pricing: { model: per-contact, currency: USD, rates: { email: ${rate} } }
`;

const vendors = {
  alpha: vendor('alpha', '{ value: 5, evidence: "CSAT survey, March 2026" }', '4', 'true', 2),
  beta: vendor('beta', '{ value: 3, evidence: "CSAT survey, April 2026" }', '3', 'true', 1.5),
  gamma: vendor('gamma', '{ value: 4, evidence: "CSAT survey, May 2026" }', '1', 'true', 1.8),
};

const basePolicy = `policy:
  selected: alpha
  minScore: 60
  requireEligible: true
  requireTop: true
  maxMissing: 0
  requireEvidence: true
  maxMonthlyCost: 2500
  maxConsistencyRatio: 0.1
`;

/** The project in a fresh folder: `policy` replaces the base policy, `files` add or replace files. */
function project(policy = basePolicy, files: Record<string, string> = {}): string {
  const dir = makeTempDir();
  mkdirSync(join(dir, 'vendors'));
  const all: Record<string, string> = {
    'vendor-eval.config.yaml': `criteria: set.yaml\nvendors: vendors/\n${policy}`,
    'set.yaml': set,
    ...Object.fromEntries(
      Object.entries(vendors).map(([id, text]) => [`vendors/${id}.yaml`, text]),
    ),
    ...files,
  };
  for (const [file, text] of Object.entries(all)) writeFileSync(join(dir, file), text);
  return dir;
}

const check = (dir: string, ...args: string[]) => runCli(['check', ...args], { cwd: dir });

/** The stylish lines of one policy rule (its ✓/✖/– lines). */
const policyLines = (stdout: string, rule: string): string[] =>
  stdout.split('\n').filter((l) => l.includes(` ${rule} `));

describe('check: a project that passes its policy', () => {
  it('lists every rule as passed, the top of the ranking, and exits 0', async () => {
    const run = await check(project());
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`Policy (vendor-eval.config.yaml)
  ✓ policy/min-score              alpha  selected vendor alpha scores 81.1; the policy asks at least 60
  ✓ policy/require-eligible       alpha  selected vendor alpha passes every knock-out
  ✓ policy/require-top            alpha  selected vendor alpha ranks first
  ✓ policy/max-missing            alpha  alpha answers every criterion
  ✓ policy/max-missing            beta   beta answers every criterion
  ✓ policy/max-missing            gamma  gamma answers every criterion
  ✓ policy/require-evidence       alpha  every answer of alpha that needs evidence cites it
  ✓ policy/require-evidence       beta   every answer of beta that needs evidence cites it
  ✓ policy/require-evidence       gamma  every answer of gamma that needs evidence cites it
  ✓ policy/max-monthly-cost       alpha  selected vendor alpha costs 2,000 USD a month; the policy allows at most 2,500
  ✓ policy/max-consistency-ratio  —      the AHP weights of "gate" have a consistency ratio of 0.016; the policy allows at most 0.1

Ranking (gate v1, weighted-sum)
  1  alpha   81.1
  2  beta    60.5
  3  gamma   53.6

✓ check passed: 5 files checked, 11 policy checks passed
`);
    expect(run.code).toBe(0);
  });
});

describe('check: each policy rule failing on a project made for it', () => {
  it('minScore: at the policy line, exit 1', async () => {
    const run = await check(project(basePolicy.replace('minScore: 60', 'minScore: 90')));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendor-eval.config.yaml\n  5:13  error    selected vendor alpha scores 81.1; the policy asks at least 90 — award a vendor that reaches the minimum, or change minScore through your approval process  policy/min-score\n',
    );
    expect(policyLines(run.stdout, 'policy/min-score')).toEqual([
      '  ✖ policy/min-score              alpha  selected vendor alpha scores 81.1; the policy asks at least 90',
    ]);
    expect(run.stdout).toMatch(
      /✖ 1 problem \(1 error, 0 warnings\)\n✖ check failed: \d+ errors?, \d+ warnings?; policy: [^\n]*\n$/,
    );
  });

  it('minScore without selected judges the winner', async () => {
    const run = await check(project('policy:\n  minScore: 85\n'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '4:13  error    winner alpha scores 81.1; the policy asks at least 85',
    );
  });

  it('minScore: a score that ties with the minimum (floating-point noise) passes and reads as it', async () => {
    // three answers of 9 on 0–10: the score is 89.99999999999999, the 90 rank shows
    const tiny = `id: tiny
name: Tiny
version: 1
categories:
  - id: all
    name: All
    criteria:
${['a', 'b', 'c'].map((id) => `      - { id: ${id}, name: ${id}, type: number, scoring: { worst: 0, best: 10 } }\n`).join('')}`;
    const dir = makeTempDir();
    mkdirSync(join(dir, 'vendors'));
    writeFileSync(
      join(dir, 'vendor-eval.config.yaml'),
      'criteria: set.yaml\nvendors: vendors/\npolicy:\n  minScore: 90\n',
    );
    writeFileSync(join(dir, 'set.yaml'), tiny);
    writeFileSync(join(dir, 'vendors/x.yaml'), 'vendor: x\nanswers:\n  a: 9\n  b: 9\n  c: 9\n');
    const run = await check(dir);
    expect(policyLines(run.stdout, 'policy/min-score')).toEqual([
      '  ✓ policy/min-score  x  winner x scores 90.0; the policy asks at least 90',
    ]);
    expect(run.code).toBe(0);
  });

  it('minScore and maxMonthlyCost without selected fail when no vendor is eligible', async () => {
    const off = (text: string) => text.replace('soc2: true', 'soc2: false');
    const run = await check(
      project('policy:\n  minScore: 60\n  maxMonthlyCost: 2500\n', {
        'vendors/alpha.yaml': off(vendors.alpha),
        'vendors/beta.yaml': off(vendors.beta),
        'vendors/gamma.yaml': off(vendors.gamma),
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendor-eval.config.yaml\n  4:13  error    no vendor is eligible, so none can be awarded; the policy asks a score of at least 60 — every vendor fails a knock-out: see `vendor-eval rank` for what knocked each out  policy/min-score\n  5:19  error    no vendor is eligible, so none can be awarded; the policy allows at most 2,500 a month — every vendor fails a knock-out: see `vendor-eval rank` for what knocked each out  policy/max-monthly-cost\n',
    );
    expect(run.stdout).toMatch(
      /✖ 2 problems \(2 errors, 0 warnings\)\n✖ check failed: \d+ errors?, \d+ warnings?; policy: [^\n]*\n$/,
    );
  });

  it('minScore on a knocked-out selected vendor says it cannot be awarded', async () => {
    const run = await check(
      project('policy:\n  selected: alpha\n  minScore: 60\n', {
        'vendors/alpha.yaml': vendors.alpha.replace('soc2: true', 'soc2: false'),
      }),
    );
    expect(policyLines(run.stdout, 'policy/min-score')).toEqual([
      '  ✓ policy/min-score  alpha  selected vendor alpha (knocked out, so it cannot be awarded) scores 60.1; the policy asks at least 60',
    ]);
  });

  it('requireEligible: at the answer that knocked the selected vendor out', async () => {
    const run = await check(
      project(
        basePolicy
          .replace('selected: alpha', 'selected: gamma')
          .replace('  requireTop: true\n', ''),
        {
          'vendors/gamma.yaml': vendors.gamma.replace('soc2: true', 'soc2: false'),
        },
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendors/gamma.yaml\n  5:9  error    selected vendor gamma is knocked out: SOC 2 Type 2: no (must be yes) — the policy requires an eligible vendor: award one that passes every knock-out, or correct the answer if it is wrong  policy/require-eligible\n',
    );
  });

  it('requireEligible: at the evaluator’s answer that fails the knock-out, not the first file', async () => {
    const evaluator = (who: string, soc2: string) =>
      vendors.alpha.replace('answers:', `evaluator: ${who}\nanswers:`).replace('soc2: true', soc2);
    const run = await check(
      project(basePolicy.replace('  requireTop: true\n', ''), {
        // read first (files are read in name order), and its answer passes
        'vendors/alpha.a-lee.yaml': evaluator('a.lee', 'soc2: true'),
        'vendors/alpha.yaml': evaluator('b.kim', 'soc2:   false'),
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendors/alpha.yaml\n  6:11  error    selected vendor alpha is knocked out: SOC 2 Type 2: no (must be yes)',
    );
  });

  it('requireEligible without selected: at the policy line when no vendor is eligible', async () => {
    const off = (text: string) => text.replace('soc2: true', 'soc2: false');
    const run = await check(
      project('policy:\n  requireEligible: true\n', {
        'vendors/alpha.yaml': off(vendors.alpha),
        'vendors/beta.yaml': off(vendors.beta),
        'vendors/gamma.yaml': off(vendors.gamma),
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendor-eval.config.yaml\n  4:20  error    no vendor passes every knock-out, so there is no winner — the policy requires at least one eligible vendor: see `vendor-eval rank` for what knocked each out  policy/require-eligible\n',
    );
  });

  it('requireTop: at the policy line, naming the winner', async () => {
    const run = await check(
      project(
        basePolicy
          .replace('selected: alpha', 'selected: beta')
          .replace('minScore: 60', 'minScore: 50'),
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendor-eval.config.yaml\n  7:15  error    selected vendor beta ranks 2 of 3 (first: alpha); the policy requires it to rank first — run "vendor-eval explain beta" to see where it loses points  policy/require-top\n',
    );
  });

  it('requireTop passes on a shared first place and names who shares it', async () => {
    const run = await check(
      project(basePolicy, {
        'vendors/beta.yaml': vendors.alpha.replace('vendor: alpha', 'vendor: beta'),
      }),
    );
    expect(policyLines(run.stdout, 'policy/require-top')).toEqual([
      '  ✓ policy/require-top            alpha  selected vendor alpha ranks first, a place shared with beta',
    ]);
  });

  it('requireTop without selected is not evaluated: a warning, exit 0', async () => {
    const run = await check(project('policy:\n  requireTop: true\n'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'vendor-eval.config.yaml\n  4:15  warning  requireTop not evaluated: it judges the selected vendor, and the policy selects none — add `selected: <vendor id>` to the policy, or remove requireTop  policy/not-evaluated\n',
    );
    expect(policyLines(run.stdout, 'policy/require-top')).toEqual([
      '  – policy/require-top  —  requireTop not evaluated: it judges the selected vendor, and the policy selects none',
    ]);
  });

  it('maxMissing: at the first unanswered criterion of the vendor, listing the missing ids', async () => {
    const run = await check(
      project(basePolicy, { 'vendors/gamma.yaml': vendors.gamma.replace('fcr: 1', 'fcr: ~') }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendors/gamma.yaml\n  4:3  error    gamma leaves 1 criterion unanswered (fcr); the policy allows at most 0 — answer it: "vendor-eval score vendors/gamma.yaml" asks the open questions  policy/max-missing\n',
    );
  });

  it('maxMissing: at the first unanswered criterion the file writes as ~, when an earlier one is not written', async () => {
    const run = await check(
      project(basePolicy, {
        'vendors/gamma.yaml': vendors.gamma
          .replace('  fcr: 1\n', '')
          .replace('attrition: 3', 'attrition: ~'),
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendors/gamma.yaml\n  5:3  error    gamma leaves 2 criteria unanswered (fcr, attrition); the policy allows at most 0',
    );
  });

  it('maxMissing lists at most five ids, then how many more', async () => {
    const run = await check(
      project('policy:\n  maxMissing: 1\n', {
        'set.yaml': set.replace(
          '      - { id: attrition, name: Agent attrition, type: scale }\n',
          '      - { id: attrition, name: Agent attrition, type: scale }\n' +
            [1, 2, 3, 4, 5, 6]
              .map((k) => `      - { id: extra-${k}, name: Extra ${k}, type: scale }\n`)
              .join(''),
        ),
      }),
    );
    expect(run.code).toBe(1);
    expect(policyLines(run.stdout, 'policy/max-missing')[0]).toBe(
      '  ✖ policy/max-missing  alpha  alpha leaves 6 criteria unanswered (extra-1, extra-2, extra-3, extra-4, extra-5 and 1 more); the policy allows at most 1',
    );
    // none of them is written in the file: the failure points at its `answers`
    expect(run.stdout).toContain('vendors/alpha.yaml\n  2:1  error    alpha leaves 6 criteria');
  });

  it('requireEvidence: at each answer that cites no source', async () => {
    const run = await check(
      project(basePolicy, {
        'vendors/beta.yaml': vendors.beta.replace(
          '{ value: 3, evidence: "CSAT survey, April 2026" }',
          '3',
        ),
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendors/beta.yaml\n  3:9  error    the answer of beta to "csat" cites no evidence; the policy requires it — write it as { value: 3, evidence: "document, date" }  policy/require-evidence\n  3:9  warning  the answer to "csat" cites no evidence, which this criterion requires — write it as { value: 3, evidence: "document, date" }  evidence-required\n',
    );
    expect(policyLines(run.stdout, 'policy/require-evidence')).toContain(
      '  ✖ policy/require-evidence       beta   beta cites no evidence for 1 criterion (csat); the policy requires it',
    );
  });

  it('requireEvidence as a list adds those criteria (an extension); each answer is a problem', async () => {
    const run = await check(project('policy:\n  requireEvidence: [fcr, attrition]\n'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendors/alpha.yaml\n  4:8   error    the answer of alpha to "fcr" cites no evidence; the policy requires it — write it as { value: 4, evidence: "document, date" }  policy/require-evidence\n  6:14  error    the answer of alpha to "attrition" cites no evidence; the policy requires it — write it as { value: 3, evidence: "document, date" }  policy/require-evidence\n',
    );
    expect(policyLines(run.stdout, 'policy/require-evidence')[0]).toBe(
      '  ✖ policy/require-evidence  alpha  alpha cites no evidence for 2 criteria (fcr, attrition); the policy requires it',
    );
    expect(run.stdout).toMatch(
      /✖ 6 problems \(6 errors, 0 warnings\)\n✖ check failed: \d+ errors?, \d+ warnings?; policy: [^\n]*\n$/,
    );
  });

  it('maxMonthlyCost: at the vendor file’s pricing', async () => {
    const run = await check(
      project(basePolicy.replace('maxMonthlyCost: 2500', 'maxMonthlyCost: 1999.5')),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'vendors/alpha.yaml\n  7:1  error    selected vendor alpha costs 2,000 USD a month; the policy allows at most 1,999.5 — run "vendor-eval cost --explain" to see how the bill is made  policy/max-monthly-cost\n',
    );
  });

  it('maxMonthlyCost without a demand is not evaluated, and says why', async () => {
    const noDemand = set.replace(/demand:\n(?: {2}.*\n)+/, '');
    const run = await check(project('policy:\n  maxMonthlyCost: 2500\n', { 'set.yaml': noDemand }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'vendor-eval.config.yaml\n  4:19  warning  maxMonthlyCost not evaluated: the criteria set has no `demand` to price the bids against — add a `demand` to the criteria set (see "Cost" in the docs), or remove maxMonthlyCost  policy/not-evaluated\n',
    );
  });

  it('maxConsistencyRatio: at the weighting of the inconsistent group', async () => {
    const run = await check(project('policy:\n  maxConsistencyRatio: 0.01\n'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'set.yaml\n  9:1  error    the AHP weights of "gate" have a consistency ratio of 0.016; the policy allows at most 0.01 — revise these judgements: `vendor-eval weigh` asks them again and shows the ratio as you go  policy/max-consistency-ratio\n',
    );
  });

  it('maxConsistencyRatio: one outcome per pairwise criterion too, at its comparisons', async () => {
    const pairwise = set.replace(
      '      - { id: attrition, name: Agent attrition, type: scale }\n',
      '      - { id: attrition, name: Agent attrition, type: scale }\n' +
        '      - id: empathy\n        name: Empathy in calls\n        type: pairwise\n' +
        '        comparisons:\n          - [alpha, beta, 3]\n          - [beta, gamma, 3]\n          - [gamma, alpha, 3]\n',
    );
    const run = await check(
      project('policy:\n  maxConsistencyRatio: 0.1\n', { 'set.yaml': pairwise }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'set.yaml\n  32:9   error    the comparisons of "empathy" have a consistency ratio of 1.149; the policy allows at most 0.1',
    );
    expect(policyLines(run.stdout, 'policy/max-consistency-ratio')).toEqual([
      '  ✓ policy/max-consistency-ratio  —  the AHP weights of "gate" have a consistency ratio of 0.016; the policy allows at most 0.1',
      '  ✖ policy/max-consistency-ratio  —  the comparisons of "empathy" have a consistency ratio of 1.149; the policy allows at most 0.1',
    ]);
  });

  it('minRobustness judges P(rank 1) over 10,000 weight draws: a pass and a failure at its line', async () => {
    const passed = await check(project('policy:\n  minRobustness: 0.6\n'));
    expect(passed.code).toBe(0);
    expect(policyLines(passed.stdout, 'policy/min-robustness')).toEqual([
      '  ✓ policy/min-robustness  alpha  winner alpha ranks first in 100.0% of 10,000 weight draws (spread 0.2, seed 1); the policy asks at least 60%',
    ]);
    const failed = await check(project('policy:\n  selected: beta\n  minRobustness: 0.6\n'));
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      'vendor-eval.config.yaml\n  5:18  error    selected vendor beta ranks first in 0.0% of 10,000 weight draws (spread 0.2, seed 1); the policy asks at least 60% — the winner depends on the weights: `vendor-eval sensitivity` shows who else ranks first and how often; agree the weights, or change minRobustness through your approval process  policy/min-robustness\n',
    );
  });
  it('minRobustness on a knocked-out selected vendor: the hint says the knock-out, not the weights, is why', async () => {
    const run = await check(
      project('policy:\n  selected: alpha\n  minRobustness: 0.6\n', {
        'vendors/alpha.yaml': vendors.alpha.replace('soc2: true', 'soc2: false'),
      }),
      '-f',
      'github',
    );
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.includes('title=policy/min-robustness'))).toEqual(
      [
        '::error file=vendor-eval.config.yaml,line=5,endLine=5,col=18,endColumn=21,title=policy/min-robustness::selected vendor alpha (knocked out, so it cannot be awarded) ranks first in 0.0%25 of 10,000 weight draws (spread 0.2, seed 1); the policy asks at least 60%25 — alpha is knocked out, so it ranks first in no draw whatever the weights: award an eligible vendor, or correct the answer that knocks it out if it is wrong',
      ],
    );
  });
});

describe('check: bad input', () => {
  it('a selected vendor that is not in the project: did-you-mean at the policy line, exit 2', async () => {
    const run = await check(project(basePolicy.replace('selected: alpha', 'selected: alpah')));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'vendor-eval.config.yaml:4:13 error the policy selects "alpah", which is not one of the project\'s vendors (policy/unknown-vendor) — did you mean "alpha"?\n',
    );
  });

  it.each([
    [
      '80',
      'must be at most 1, found number 80 (out-of-range)',
      'write 0.8: minRobustness is a share from 0 to 1 (0.8 is 80%)',
    ],
    [
      '"80%"',
      'must be a number, found the text "80%" (invalid-type)',
      'write 0.8: minRobustness is a share from 0 to 1 (0.8 is 80%)',
    ],
    [
      '"150%"',
      'must be a number, found the text "150%" (invalid-type)',
      'minRobustness is a share from 0 to 1: 0.8 is 80%',
    ],
  ])(
    'minRobustness written as a percentage (%s): the hint gives the share, exit 2',
    async (value, problem, hint) => {
      const run = await check(project(`policy:\n  minRobustness: ${value}\n`));
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `vendor-eval.config.yaml:4:18 error policy.minRobustness ${problem} — ${hint}\n`,
      );
    },
  );

  it('requireEvidence listing an unknown criterion: did-you-mean at its entry, exit 2', async () => {
    const run = await check(project('policy:\n  requireEvidence: [fcr, atrition]\n'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vendor-eval.config.yaml:4:26 error requireEvidence lists "atrition", which is not a criterion of set "gate" (policy/unknown-criterion) — did you mean "attrition"?\n',
    );
  });

  it('a selected vendor that is not an id: one line, no line break of the value, exit 2', async () => {
    const run = await check(
      project(
        basePolicy.replace(
          'selected: alpha',
          'selected: "alpha\\n::error file=README.md,line=1::pwned"',
        ),
      ),
      '-f',
      'github',
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'vendor-eval.config.yaml:4:13 error policy.selected must be kebab-case (lower-case letters, digits and hyphens), found the text "alpha\\n::error file=README.md,line=1::…" (invalid-format) — write "alpha-error-file-readme-md-line-1-pwned"\n',
    );
  });

  it('requireEvidence listing something that is not an id: the entry named, exit 2', async () => {
    const run = await check(project('policy:\n  requireEvidence: [fcr, 1]\n'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vendor-eval.config.yaml:4:26 error policy.requireEvidence[1] must be text, found number 1 (invalid-type)\n',
    );
  });

  it('requireEvidence listing a cost criterion: no answer to cite evidence for, exit 2', async () => {
    const withCost = set.replace(
      '      - { id: attrition, name: Agent attrition, type: scale }\n',
      '      - { id: attrition, name: Agent attrition, type: scale }\n      - { id: price, name: Price, type: cost }\n',
    );
    const run = await check(
      project('policy:\n  requireEvidence: [csat, price]\n', { 'set.yaml': withCost }),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'vendor-eval.config.yaml:4:27 error requireEvidence lists "price", a cost criterion worked out from each vendor\'s `pricing`: no vendor file answers it, so there is no evidence to cite (policy/computed-criterion) — remove "price" from requireEvidence\n',
    );
  });

  it('a project file that is not YAML: exit 2, positioned', async () => {
    const dir = project();
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'criteria: set.yaml\nvendors: [vendors/\n');
    const run = await check(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^vendor-eval\.config\.yaml:\d+:\d+ error .*\(yaml-syntax\)/);
  });

  it('a project file naming a missing folder: exit 2 at its entry', async () => {
    const dir = project();
    rmSync(join(dir, 'vendors'), { recursive: true });
    const run = await check(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^vendor-eval\.config\.yaml:2:10 error .*vendors\/.*\(path-not-found\)/,
    );
  });

  it('a vendor file with an error: exit 1, the policy is not judged', async () => {
    const run = await check(
      project(basePolicy, { 'vendors/beta.yaml': vendors.beta.replace('fcr: 3', 'fcr: 9') }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^vendors\/beta\.yaml\n {2}4:8 {2}error {4}.*\n/);
    expect(run.stdout).toContain(
      'Policy (vendor-eval.config.yaml)\n  not judged: the files have errors; fix them first\n\n✖ 1 problem (1 error, 0 warnings)\n',
    );
    expect(run.stdout).not.toContain('Ranking');
  });

  it('no project file: exit 2 with a hint to run init', async () => {
    const run = await check(makeTempDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error no vendor-eval.config.yaml in this folder or above it: check judges a project (no-project-file) — run "vendor-eval init" to create one, or run check inside the project folder\n',
    );
  });
});

describe('check --format json', () => {
  it('carries the counts, the problems per file, every outcome with its place, and the ranking', async () => {
    const dir = project(basePolicy.replace('minScore: 60', 'minScore: 90'));
    const run = await check(dir, '--format', 'json');
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'tool',
      'ok',
      'errorCount',
      'warningCount',
      'files',
      'policy',
      'ranking',
      'change',
    ]);
    expect(doc).toMatchObject({ ok: false, errorCount: 1, warningCount: 0, change: null });
    const policy = doc.policy as Record<string, unknown>[];
    expect(policy[0]).toEqual({
      rule: 'policy/min-score',
      key: 'minScore',
      vendor: 'alpha',
      status: 'failed',
      message: 'selected vendor alpha scores 81.1; the policy asks at least 90',
      file: 'vendor-eval.config.yaml',
      line: 5,
      column: 13,
    });
    expect(policy[1]).toMatchObject({
      rule: 'policy/require-eligible',
      status: 'passed',
      file: null,
    });
    const files = doc.files as { file: string; errorCount: number }[];
    expect(files.map((f) => [f.file, f.errorCount])).toEqual([
      ['vendor-eval.config.yaml', 1],
      ['vendors/alpha.yaml', 0],
      ['vendors/beta.yaml', 0],
      ['vendors/gamma.yaml', 0],
      ['set.yaml', 0],
    ]);
    // the ranking is rank --format json's document
    const rank = await runCli(['rank', '--format', 'json'], { cwd: dir });
    expect(doc.ranking).toEqual(JSON.parse(rank.stdout));
  });

  it('ranking is null when the files have errors', async () => {
    const run = await check(
      project(basePolicy, { 'vendors/beta.yaml': vendors.beta.replace('fcr: 3', 'fcr: 9') }),
      '-f',
      'json',
    );
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ ok: false, errorCount: 1, policy: [], ranking: null });
  });

  it('-o never overwrites a file of the project', async () => {
    const run = await check(project(), '-o', 'vendors/alpha.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error -o vendors/alpha.yaml would overwrite an input file (overwrites-input) — write the report to a new file\n',
    );
  });

  it('-o writes the report to a file and says so', async () => {
    const dir = project();
    const run = await check(dir, '-f', 'json', '-o', 'check.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('wrote check.json\n');
  });
});

describe('check: a project without a policy', () => {
  it('validates and ranks, and says the policy has no rules', async () => {
    const run = await check(project('policy:\n  selected: alpha\n'));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Policy (vendor-eval.config.yaml)
  no rules: write them under \`policy:\` in vendor-eval.config.yaml to gate the decision

Ranking (gate v1, weighted-sum)
  1  alpha   81.1
  2  beta    60.5
  3  gamma   53.6

✓ check passed: 5 files checked
`);
  });
});
