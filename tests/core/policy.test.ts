import { describe, expect, it } from 'vitest';
import { weightedSum } from '../../src/core/methods/weighted-sum.js';
import type { Policy } from '../../src/core/model/config-schema.js';
import type { CriteriaSet, Vendor } from '../../src/core/model/types.js';
import {
  consistencyFigures,
  evaluatePolicy,
  policyReferenceIssues,
  policyRules,
} from '../../src/core/policy/index.js';
import { figure, idList } from '../../src/core/policy/subject.js';
import { rules } from '../../src/core/rules.js';
import { answer, boolean, group, ranked, scale, set, vendor } from './builders.js';

// a set with a knock-out and a criterion that needs evidence; three vendors ranked a > b > c
const s: CriteriaSet = set([
  scale('quality'),
  { ...scale('csat'), evidence: 'required' as const },
  boolean('soc2', { must: { kind: 'true' } }),
]);
const vendors: Vendor[] = [
  vendor('a', { quality: 5, csat: [answer(5, { evidence: 'survey' })], soc2: true }),
  vendor('b', { quality: 4, csat: [answer(4, { evidence: '  ' })], soc2: true }),
  vendor('c', { quality: 5, csat: [answer(5, { evidence: 'survey' })], soc2: false }),
];
const ranking = ranked(s, vendors, { method: weightedSum, missing: 'zero' });

const judge = (policy: Policy, v: Vendor[] = vendors) =>
  evaluatePolicy({
    policy,
    ranking: v === vendors ? ranking : ranked(s, v, { method: weightedSum, missing: 'zero' }),
    set: s,
    vendors: v,
    consistency: consistencyFigures(s),
    configFile: 'vendor-eval.config.yaml',
  });

describe('the policy rule registry', () => {
  it('has one rule per policy key of the SPEC, each with a catalogued error rule id', () => {
    expect(policyRules.map((r) => r.key)).toEqual([
      'minScore',
      'requireEligible',
      'requireTop',
      'maxMissing',
      'requireEvidence',
      'maxMonthlyCost',
      'maxConsistencyRatio',
      'minRobustness',
    ]);
    for (const r of policyRules) expect(rules[r.rule].severity).toBe('error');
  });

  it('judges nothing for an empty policy', () => {
    expect(judge({})).toEqual([]);
  });
});

describe('policy rules', () => {
  it('minScore judges the winner without `selected`, at the policy line', () => {
    const [o] = judge({ minScore: 100 });
    expect(o).toMatchObject({ vendor: 'a', status: 'failed' });
    expect(o?.issue).toMatchObject({
      severity: 'error',
      rule: 'policy/min-score',
      file: 'vendor-eval.config.yaml',
      path: ['policy', 'minScore'],
    });
  });

  it('requireEligible points at the answer that knocked the selected vendor out', () => {
    const [o] = judge({ selected: 'c', requireEligible: true });
    expect(o).toMatchObject({ vendor: 'c', status: 'failed' });
    expect(o?.issue).toMatchObject({ file: 'test.yaml', path: [] });
  });

  it('requireTop is not evaluated without `selected`: a warning', () => {
    const [o] = judge({ requireTop: true });
    expect(o).toMatchObject({ vendor: null, status: 'not-evaluated' });
    expect(o?.issue).toMatchObject({ severity: 'warning', rule: 'policy/not-evaluated' });
  });

  it('requireTop fails for a second place and names the first', () => {
    const [o] = judge({ selected: 'b', requireTop: true });
    expect(o?.message).toBe(
      'selected vendor b ranks 2 of 2 (first: a); the policy requires it to rank first',
    );
  });

  it('requireTop fails for an ineligible selected vendor, which has no rank', () => {
    const [o] = judge({ selected: 'c', requireTop: true });
    expect(o?.message).toBe(
      'selected vendor c is not ranked: it is ineligible (first: a); the policy requires it to rank first',
    );
    expect(o?.issue?.hint).toBe('run "vendor-eval explain c" to see the knock-out it fails');
  });

  it('maxMissing: one outcome per vendor, in ranking order', () => {
    const partial = [...vendors.slice(0, 2), vendor('d', { soc2: true })];
    const out = judge({ maxMissing: 1 }, partial);
    expect(out.map((o) => [o.vendor, o.status])).toEqual([
      ['a', 'passed'],
      ['b', 'passed'],
      ['d', 'failed'],
    ]);
    expect(out[2]?.message).toBe(
      'd leaves 2 criteria unanswered (quality, csat); the policy allows at most 1',
    );
    expect(out[2]?.issue).toMatchObject({
      file: 'd.yaml',
      path: ['answers', 'quality'],
      atKey: true,
    });
  });

  it('requireEvidence: blank evidence cites nothing, as for the vendor-file rule', () => {
    const out = judge({ requireEvidence: true });
    expect(out.map((o) => [o.vendor, o.status])).toEqual([
      ['a', 'passed'],
      ['b', 'failed'],
      ['c', 'passed'],
    ]);
  });

  it('requireEvidence as a list adds criteria; every uncited answer is an issue', () => {
    const [a] = judge({ requireEvidence: ['quality', 'soc2'] });
    expect(a?.message).toBe(
      'a cites no evidence for 2 criteria (quality, soc2); the policy requires it',
    );
    expect(a?.issue?.message).toBe(
      'the answer of a to "quality" cites no evidence; the policy requires it',
    );
    expect(a?.furtherIssues?.map((i) => i.message)).toEqual([
      'the answer of a to "soc2" cites no evidence; the policy requires it',
    ]);
  });

  it('maxMonthlyCost is not evaluated without a demand', () => {
    const [o] = judge({ maxMonthlyCost: 1000 });
    expect(o).toMatchObject({
      status: 'not-evaluated',
      message:
        'maxMonthlyCost not evaluated: the criteria set has no `demand` to price the bids against',
    });
  });

  it('maxConsistencyRatio passes a set without AHP judgements, saying so', () => {
    expect(judge({ maxConsistencyRatio: 0.1 })).toEqual([
      {
        rule: 'policy/max-consistency-ratio',
        key: 'maxConsistencyRatio',
        vendor: null,
        status: 'passed',
        message: 'the criteria set has no AHP judgements to be inconsistent',
      },
    ]);
  });

  it('minRobustness is not evaluated yet', () => {
    const [o] = judge({ selected: 'a', minRobustness: 0.6 });
    expect(o).toMatchObject({ vendor: 'a', status: 'not-evaluated' });
  });
});

describe('consistency figures', () => {
  it('one per AHP-weighted group, at its weighting', () => {
    const ahp = set(
      [group('x', [scale('x1')]), group('y', [scale('y1')]), group('z', [scale('z1')])],
      {
        weighting: {
          method: 'ahp',
          comparisons: [
            ['x', 'y', 9],
            ['y', 'z', 9],
            ['z', 'x', 9],
          ],
        },
      },
    );
    const [f] = consistencyFigures(ahp);
    expect(f).toMatchObject({ node: 'root', kind: 'weights' });
    expect(f?.cr).toBeGreaterThan(1);
    expect(f?.origin.path.at(-1)).toBe('weighting');
  });
});

describe('policy references', () => {
  it('an unknown selected vendor and an unknown listed criterion, with did-you-mean', () => {
    const issues = policyReferenceIssues(
      { selected: 'bb', requireEvidence: ['qualty'] },
      s,
      ['a', 'b', 'c'],
      'vendor-eval.config.yaml',
    );
    expect(issues.map((i) => [i.rule, i.path, i.hint])).toEqual([
      ['policy/unknown-vendor', ['policy', 'selected'], 'did you mean "b"?'],
      ['policy/unknown-criterion', ['policy', 'requireEvidence', 0], 'did you mean "quality"?'],
    ]);
  });
});

describe('figures in messages', () => {
  it('never shows a figure that misses the limit as the limit', () => {
    expect(figure(59.96, 60, 1)).toBe('59.96');
    expect(figure(81.06, 60, 1)).toBe('81.1');
    expect(figure(250000.4, 250000, 0, true)).toBe('250,000.4');
    expect(figure(60, 60, 1)).toBe('60.0');
  });

  it('lists at most five ids, then how many more', () => {
    expect(idList(['a', 'b'])).toBe('a, b');
    expect(idList(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
  });
});
