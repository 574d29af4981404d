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
import { figure, idList, meets } from '../../src/core/policy/subject.js';
import { rules } from '../../src/core/rules.js';
import { answer, boolean, group, number, ranked, scale, set, vendor } from './builders.js';

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
    // a scores 100 less floating-point noise, which meets a minimum of 100: lower it
    const lower = [
      vendor('a', { quality: 4, csat: [answer(5, { evidence: 'survey' })], soc2: true }),
      ...vendors.slice(1),
    ];
    const [o] = judge({ minScore: 100 }, lower);
    expect(o).toMatchObject({ vendor: 'a', status: 'failed' });
    expect(o?.issue).toMatchObject({
      severity: 'error',
      rule: 'policy/min-score',
      file: 'vendor-eval.config.yaml',
      path: ['policy', 'minScore'],
    });
  });

  it('minScore fails when no vendor is eligible and none is selected: none can be awarded', () => {
    const out = vendors.map((v) => vendor(v.id, { quality: 5, csat: 5, soc2: false }));
    const [min, cost] = judge({ minScore: 10, maxMonthlyCost: 1000 }, out);
    expect(min).toMatchObject({
      vendor: null,
      status: 'failed',
      message:
        'no vendor is eligible, so none can be awarded; the policy asks a score of at least 10',
    });
    expect(min?.issue).toMatchObject({
      severity: 'error',
      rule: 'policy/min-score',
      path: ['policy', 'minScore'],
      hint: 'every vendor fails a knock-out: see `vendor-eval rank` for what knocked each out',
    });
    expect(cost).toMatchObject({
      vendor: null,
      status: 'failed',
      message:
        'no vendor is eligible, so none can be awarded; the policy allows at most 1,000 a month',
    });
    expect(cost?.issue).toMatchObject({ rule: 'policy/max-monthly-cost' });
  });

  it('minScore judges a knocked-out selected vendor, saying it cannot be awarded', () => {
    const [o] = judge({ selected: 'c', minScore: 10 });
    expect(o).toMatchObject({
      vendor: 'c',
      status: 'passed',
      message:
        'selected vendor c (knocked out, so it cannot be awarded) scores 66.7; the policy asks at least 10',
    });
  });

  it('minScore: a score that ties with the minimum meets it and reads as it', () => {
    // three answers of 9 on 0–10 score 89.99999999999999, the 90 that `rank` shows
    const tiny = set(['a', 'b', 'c'].map((id) => number(id, { scoring: lin })));
    const v = [vendor('x', { a: 9, b: 9, c: 9 })];
    const r = ranked(tiny, v, { method: weightedSum, missing: 'zero' });
    expect(r.vendors[0]?.score).not.toBe(90);
    const [o] = evaluatePolicy({
      policy: { minScore: 90 },
      ranking: r,
      set: tiny,
      vendors: v,
      consistency: [],
      configFile: 'vendor-eval.config.yaml',
    });
    expect(o).toMatchObject({
      status: 'passed',
      message: 'winner x scores 90.0; the policy asks at least 90',
    });
  });

  it('requireEligible points at the answer that knocked the selected vendor out', () => {
    const [o] = judge({ selected: 'c', requireEligible: true });
    expect(o).toMatchObject({ vendor: 'c', status: 'failed' });
    expect(o?.issue).toMatchObject({ file: 'test.yaml', path: [] });
  });

  it('requireEligible points at the evaluator whose answer fails the knock-out, not the first', () => {
    const at = (file: string) => ({ file, path: ['answers', 'soc2', 'value'] });
    const split = vendor('c', {
      quality: 5,
      csat: [answer(5, { evidence: 'survey' })],
      soc2: [
        { ...answer(true, { evaluator: 'a.lee' }), origin: at('c.a-lee.yaml') },
        { ...answer(false, { evaluator: 'b.kim' }), origin: at('c.b-kim.yaml') },
      ],
    });
    const [o] = judge({ selected: 'c', requireEligible: true }, [...vendors.slice(0, 2), split]);
    expect(o).toMatchObject({ vendor: 'c', status: 'failed' });
    expect(o?.issue).toMatchObject({ file: 'c.b-kim.yaml', path: ['answers', 'soc2'] });
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

  it('maxMissing points at the first unanswered criterion written as `~`, not the first missing', () => {
    const tilde = { ...answer(null), origin: { file: 'd.yaml', path: ['answers', 'csat'] } };
    const [, , d] = judge({ maxMissing: 0 }, [
      ...vendors.slice(0, 2),
      vendor('d', { soc2: true, csat: [tilde] }),
    ]);
    expect(d?.message).toBe(
      'd leaves 2 criteria unanswered (quality, csat); the policy allows at most 0',
    );
    expect(d?.issue).toMatchObject({ file: 'd.yaml', path: ['answers', 'csat'], atKey: true });
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

  const robust = (pRank1: [string, number][]) => ({
    ...ranking,
    robustness: { iterations: 10000, spread: 0.2, seed: 1, pRank1: new Map(pRank1) },
  });
  const judgeRobust = (policy: Policy, pRank1: [string, number][]) =>
    evaluatePolicy({
      policy,
      ranking: robust(pRank1),
      set: s,
      vendors,
      consistency: consistencyFigures(s),
      configFile: 'vendor-eval.config.yaml',
    });

  it('minRobustness fails a winner that ranks first in too few weight draws, stating the settings', () => {
    const [o] = judgeRobust({ minRobustness: 0.6 }, [
      ['a', 0.581],
      ['b', 0.419],
    ]);
    expect(o).toMatchObject({
      rule: 'policy/min-robustness',
      vendor: 'a',
      status: 'failed',
      message:
        'winner a ranks first in 58.1% of 10,000 weight draws (spread 0.2, seed 1); the policy asks at least 60%',
      issue: {
        severity: 'error',
        rule: 'policy/min-robustness',
        file: 'vendor-eval.config.yaml',
        path: ['policy', 'minRobustness'],
        hint: 'the winner depends on the weights: `vendor-eval sensitivity` shows who else ranks first and how often; agree the weights, or change minRobustness through your approval process',
      },
    });
  });

  it('minRobustness passes at the limit, and shows a near miss with the decimals it needs', () => {
    expect(judgeRobust({ minRobustness: 0.6 }, [['a', 0.6]])[0]).toMatchObject({
      status: 'passed',
      message:
        'winner a ranks first in 60.0% of 10,000 weight draws (spread 0.2, seed 1); the policy asks at least 60%',
    });
    expect(judgeRobust({ minRobustness: 0.6 }, [['a', 0.5996]])[0]).toMatchObject({
      status: 'failed',
      message:
        'winner a ranks first in 59.96% of 10,000 weight draws (spread 0.2, seed 1); the policy asks at least 60%',
    });
  });

  it('minRobustness judges the selected vendor; a knocked-out one has a share of 0', () => {
    expect(
      judgeRobust({ selected: 'b', minRobustness: 0.3 }, [
        ['a', 0.6],
        ['b', 0.4],
      ])[0],
    ).toMatchObject({
      vendor: 'b',
      status: 'passed',
    });
    expect(judgeRobust({ selected: 'c', minRobustness: 0.1 }, [['a', 1]])[0]).toMatchObject({
      vendor: 'c',
      status: 'failed',
      message:
        'selected vendor c (knocked out, so it cannot be awarded) ranks first in 0.0% of 10,000 weight draws (spread 0.2, seed 1); the policy asks at least 10%',
    });
  });

  it('minRobustness is not evaluated on a ranking made without weight draws', () => {
    const [o] = judge({ selected: 'a', minRobustness: 0.6 });
    expect(o).toMatchObject({
      vendor: 'a',
      status: 'not-evaluated',
      message: 'minRobustness not evaluated: no weight draws were made for this ranking',
    });
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

const lin = { kind: 'linear' as const, worst: 0, best: 10 };

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

  it('a listed criterion that no vendor file answers (a cost, a pairwise) is refused', () => {
    const withCost = set([
      scale('quality'),
      { ...number('price'), type: 'cost' as const, scoring: { kind: 'lowest-price' as const } },
    ]);
    const issues = policyReferenceIssues(
      { requireEvidence: ['quality', 'price'] },
      withCost,
      ['a'],
      'vendor-eval.config.yaml',
    );
    expect(issues).toEqual([
      {
        severity: 'error',
        rule: 'policy/computed-criterion',
        message:
          'requireEvidence lists "price", a cost criterion worked out from each vendor\'s `pricing`: no vendor file answers it, so there is no evidence to cite',
        hint: 'remove "price" from requireEvidence',
        file: 'vendor-eval.config.yaml',
        path: ['policy', 'requireEvidence', 1],
      },
    ]);
  });
});

describe('figures in messages', () => {
  it('never shows a figure that misses the limit as the limit', () => {
    expect(figure(59.96, 60, 1)).toBe('59.96');
    // on the right side of the limit, not just off it
    expect(figure(59.951, 59.96, 1)).toBe('59.95');
    // a figure that misses by more than the tie tolerance shows as many decimals as that takes
    expect(figure(89.9999999, 90, 1)).toBe('89.9999999');
    expect(figure(81.06, 60, 1)).toBe('81.1');
    expect(figure(250000.4, 250000, 0, true)).toBe('250,000.4');
    expect(figure(60, 60, 1)).toBe('60.0');
  });

  it('shows a figure that ties with the limit as the limit', () => {
    expect(figure(89.99999999999999, 90, 1)).toBe('90.0');
    expect(figure(0.10000000000000002, 0.1, 3)).toBe('0.100');
    expect(figure(90.049999999999, 90.05, 1)).toBe('90.05');
  });

  it('judges limits with the tie tolerance of the ranking', () => {
    expect(meets('min', 89.99999999999999, 90)).toBe(true);
    expect(meets('min', 89.9999999, 90)).toBe(false);
    expect(meets('max', 180000.00000001, 180000)).toBe(true);
    expect(meets('max', 180000.01, 180000)).toBe(false);
    expect(meets('max', 0.10000000000000002, 0.1)).toBe(true);
    expect(meets('max', 0, 0)).toBe(true);
  });

  it('lists at most five ids, then how many more', () => {
    expect(idList(['a', 'b'])).toBe('a, b');
    expect(idList(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
  });
});
