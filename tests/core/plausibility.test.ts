import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { implausibleAnswers } from '../../src/core/analysis/plausibility.js';
import { columnOf, fieldWithout } from '../../src/core/analysis/answer-field.js';
import { median, robustSpread } from '../../src/core/analysis/robust-spread.js';
import type { Answer, NumberScoring, Vendor } from '../../src/core/model/types.js';
import { builtinMethods } from '../../src/core/methods/index.js';
import { number, ranked, scale, set, vendor } from './builders.js';

/** One answer as io makes it: at `answers.<criterion>` in the vendor's own file. */
function at(vendorId: string, criterion: string, value: number, evaluator?: string): Answer {
  return {
    value,
    evidence: undefined,
    note: undefined,
    evaluator,
    origin: { file: `${vendorId}.yaml`, path: ['answers', criterion] },
  };
}

/** Vendors `v1`, `v2`, … answering `criterion` with `values`, the last one `slip`. */
function field(criterion: string, values: readonly number[]): Vendor[] {
  return values.map((x, i) => {
    const id = i === values.length - 1 ? 'slip' : `v${i + 1}`;
    return { ...vendor(id, {}), answers: new Map([[criterion, [at(id, criterion, x)]]]) };
  });
}

const relative = (unit?: string) => number('attrition', { direction: 'lower', unit });

describe('implausibleAnswers', () => {
  it('flags the issue’s example: 0.35 among answers of 28–40 %, suggesting 35', () => {
    const issues = implausibleAnswers(
      set([relative('%')]),
      field('attrition', [28, 31, 35, 38, 40, 0.35]),
    );
    expect(issues).toEqual([
      {
        severity: 'warning',
        rule: 'implausible-answer',
        message: `"attrition" is 0.35 for slip, far from the other vendors' answers (28–40 %)`,
        hint: 'did you mean 35 (%)?',
        file: 'slip.yaml',
        path: ['answers', 'attrition'],
      },
    ]);
  });

  it.each([
    ['inside the field', 33],
    ['at the field’s edge', 40],
    ['a factor of 2.6 below the median (an unusual but real offer)', 13.5],
    ['three times the median', 105],
    ['zero (no factor makes it right)', 0],
    ['negative', -35],
  ])('says nothing about an answer %s', (_, x) => {
    expect(
      implausibleAnswers(set([relative('%')]), field('attrition', [28, 31, 35, 38, 40, x])),
    ).toEqual([]);
  });

  it('suggests ×60 for seconds given in minutes (an AHT of 6.5 among 380–420 s)', () => {
    const aht = number('aht', { direction: 'lower', unit: 's' });
    const [issue] = implausibleAnswers(set([aht]), field('aht', [380, 395, 400, 410, 420, 6.5]));
    expect(issue?.message).toBe(
      `"aht" is 6.5 for slip, far from the other vendors' answers (380–420 s)`,
    );
    expect(issue?.hint).toBe('did you mean 390 (s)?');
  });

  it('judges against the scoring anchors, with or without a field', () => {
    const scoring: NumberScoring = { kind: 'linear', worst: 60, best: 20 };
    const c = number('attrition', { direction: 'lower', unit: '% per year', scoring });
    const s = set([c]);
    expect(implausibleAnswers(s, field('attrition', [28, 35, 0.35]))).toEqual([
      expect.objectContaining({
        message:
          '"attrition" is 0.35 for slip, far outside the scoring range 20–60 % per year and far from the other vendors\' answers (28–35 % per year)',
        hint: 'did you mean 35 (% per year)?',
      }),
    ]);
    // with one other answer (no field), the anchors alone decide: a tenth of the lower anchor
    // (2) and ten times the upper (600) are still plausible
    expect(implausibleAnswers(s, field('attrition', [30, 2]))).toEqual([]);
    expect(implausibleAnswers(s, field('attrition', [30, 600]))).toEqual([]);
    expect(implausibleAnswers(s, field('attrition', [30, 601]))).toEqual([
      expect.objectContaining({ hint: 'check the figure and its unit (% per year)' }),
    ]);
    expect(implausibleAnswers(s, field('attrition', [30, 3500]))).toEqual([
      expect.objectContaining({ hint: 'did you mean 35 (% per year)?' }),
    ]);
  });

  it('takes the anchors of `points` scoring, and gives both reasons when both checks flag', () => {
    const scoring: NumberScoring = {
      kind: 'points',
      points: [
        [20, 1],
        [35, 0.5],
        [60, 0],
      ],
    };
    const c = number('attrition', { direction: 'lower', unit: '%', scoring });
    const [issue] = implausibleAnswers(set([c]), field('attrition', [28, 31, 35, 38, 40, 0.35]));
    expect(issue?.message).toBe(
      `"attrition" is 0.35 for slip, far outside the scoring range 20–60 % and far from the other vendors' answers (28–40 %)`,
    );
  });

  it('lets the factor decide when most other vendors give the same answer (MAD 0)', () => {
    const s = set([relative('%')]);
    expect(implausibleAnswers(s, field('attrition', [30, 30, 30, 30, 35, 0.3]))).toEqual([
      expect.objectContaining({ hint: 'did you mean 30 (%)?' }),
    ]);
    // 12 differs from every other answer, but by a factor of 2.5, not a unit slip
    expect(implausibleAnswers(s, field('attrition', [30, 30, 30, 30, 35, 12]))).toEqual([]);
    // every other answer 0: no positive field to compare with
    expect(implausibleAnswers(s, field('attrition', [0, 0, 0, 0, 0, 35]))).toEqual([]);
  });

  it('does not flag a figure in a field that itself spans a wide range', () => {
    const fee = number('setup-fee', { direction: 'lower', unit: 'USD' });
    const vendors = field('setup-fee', [1000, 5000, 50000, 200000, 100]);
    expect(implausibleAnswers(set([fee]), vendors)).toEqual([]);
  });

  it('with 2 or 3 other vendors, flags only an answer 10× beyond every other answer', () => {
    const [issue] = implausibleAnswers(
      set([relative('%')]),
      field('attrition', [28, 35, 40, 0.35]),
    );
    expect(issue?.message).toBe(
      `"attrition" is 0.35 for slip, far from the other vendors' answers (28–40 %)`,
    );
    expect(issue?.hint).toBe('did you mean 35 (%)?');
    // a hand-written rate of 1995 among 19.90–20.00 (the reviewer's four-vendor project)
    const [rate] = implausibleAnswers(
      set([relative('USD/h')]),
      field('attrition', [19.9, 20, 19.95, 1995]),
    );
    expect(rate?.hint).toBe('did you mean 19.95 (USD/h)?');
    // 9× the highest of three is not flagged: a small field says little about its spread
    expect(implausibleAnswers(set([relative('%')]), field('attrition', [28, 35, 40, 360]))).toEqual(
      [],
    );
    // one other answer is no field at all
    expect(implausibleAnswers(set([relative('%')]), field('attrition', [28, 0.35]))).toEqual([]);
  });

  it('tries 60 only for a time unit or none, and prefers 100 for a per cent', () => {
    const rate = number('rate', { direction: 'lower', unit: 'USD/h' });
    // ×60 would give 20.34, nearer the median; a price has no minutes to slip into
    const [issue] = implausibleAnswers(set([rate]), field('rate', [18.2, 22.5, 17.2, 11.3, 0.339]));
    expect(issue?.hint).toBe('did you mean 33.9 (USD/h)?');
    const plain = number('rate', { direction: 'lower' });
    const [bare] = implausibleAnswers(set([plain]), field('rate', [18.2, 22.5, 17.2, 11.3, 0.339]));
    expect(bare?.hint).toBe('did you mean 20.34?');
  });

  it('says to check the figure when no factor brings it in line', () => {
    const c = number('seats', { unit: 'seats' });
    const [issue] = implausibleAnswers(set([c]), field('seats', [100, 110, 120, 130, 7]));
    expect(issue?.hint).toBe('check the figure and its unit (seats)');
    const bare = number('seats');
    const [plain] = implausibleAnswers(set([bare]), field('seats', [100, 110, 120, 130, 7]));
    expect(plain?.hint).toBe('check the figure');
  });

  it('checks each evaluator’s answer against one figure per other vendor', () => {
    const c = relative('%');
    const others = field('attrition', [28, 31, 35, 38, 40]);
    const panel: Vendor = {
      ...vendor('panel', {}),
      answers: new Map([
        ['attrition', [at('panel', 'attrition', 33, 'ana'), at('panel', 'attrition', 0.33, 'bo')]],
      ]),
    };
    expect(implausibleAnswers(set([c]), [...others, panel])).toEqual([
      expect.objectContaining({
        message: `"attrition" is 0.33 for panel (evaluator bo), far from the other vendors' answers (28–40 %)`,
        hint: 'did you mean 33 (%)?',
      }),
    ]);
  });

  it('leaves the answer’s own key path (the long form points at `value`)', () => {
    const vendors = field('attrition', [28, 31, 35, 38, 40, 0.35]);
    const slip = vendors[5] as Vendor;
    const a = slip.answers.get('attrition')?.[0] as Answer;
    a.origin = { file: 'slip.yaml', path: ['answers', 'attrition', 'value'] };
    const [issue] = implausibleAnswers(set([relative('%')]), vendors);
    expect(issue?.path).toEqual(['answers', 'attrition', 'value']);
  });

  it('checks only number criteria', () => {
    const vendors = ['a', 'b', 'c', 'd', 'e'].map((id, i) => vendor(id, { q: i === 4 ? 1 : 5 }));
    expect(implausibleAnswers(set([scale('q')]), vendors)).toEqual([]);
  });
});

describe('implausibleAnswers, properties', () => {
  const positive = fc.double({ min: 0.01, max: 1e5, noNaN: true });
  const answers = fc.array(positive, { minLength: 1, maxLength: 8 });
  const anchored = (k = 1) =>
    number('x', { unit: '%', scoring: { kind: 'linear', worst: 10 * k, best: 50 * k } });

  it('reads and never writes: every method scores the same after the check as before', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...builtinMethods), (xs, method) => {
        const s = set([anchored(), number('y'), scale('q')]);
        const vendors = field('x', xs).map((v, i) => {
          const w = vendor(v.id, { y: xs[i] ?? 0, q: 3 });
          return { ...w, answers: new Map([...v.answers, ...w.answers]) };
        });
        const before = ranked(s, vendors, { method, missing: 'zero' });
        const copy = structuredClone(vendors);
        implausibleAnswers(s, vendors);
        expect(vendors).toEqual(copy);
        expect(ranked(s, vendors, { method, missing: 'zero' })).toEqual(before);
      }),
    );
  });

  it('flags the same answers in any unit: scaling every figure and anchor changes nothing', () => {
    // powers of 2 scale a double exactly, so only the unit changes
    fc.assert(
      fc.property(answers, fc.constantFrom(2 ** -10, 0.5, 8, 1024), (xs, k) => {
        const flagged = (scale: number): string[] =>
          implausibleAnswers(
            set([anchored(scale)]),
            field(
              'x',
              xs.map((x) => x * scale),
            ),
          ).map((i) => i.file ?? '');
        expect(flagged(k)).toEqual(flagged(1));
      }),
    );
  });

  it('flags the same answers whatever the order of the vendors', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 7 }), (xs, shift) => {
        const vendors = field('x', xs);
        const rotated = [...vendors.slice(shift), ...vendors.slice(0, shift)];
        const files = (vs: Vendor[]) =>
          implausibleAnswers(set([anchored()]), vs)
            .map((i) => i.file)
            .sort();
        expect(files(rotated)).toEqual(files(vendors));
      }),
    );
  });

  it('never flags an answer within a factor of 10 of the anchors and of the others’ median', () => {
    fc.assert(
      fc.property(answers, fc.double({ min: -1, max: 1, noNaN: true }), (xs, t) => {
        // anchors 10–50: plausible from 1 to 500; the field, when there is one, around its median
        const x = (xs.length >= 2 ? median(xs) : 30) * 10 ** (0.99 * t);
        fc.pre(x > 1 && x < 500);
        const issues = implausibleAnswers(set([anchored()]), field('x', [...xs, x]));
        expect(issues.filter((i) => i.file === 'slip.yaml')).toEqual([]);
      }),
    );
  });
});

describe('fieldWithout', () => {
  it('is exactly the median, range and log spread of the column without the own figure', () => {
    const figure = fc.oneof(
      fc.integer({ min: 1, max: 6 }),
      fc.double({ min: 0.5, max: 1e4, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 12 }), fc.nat(), (xs, pick) => {
        const own = pick % (xs.length + 1) < xs.length ? xs[pick % (xs.length + 1)] : undefined;
        const others = own === undefined ? xs : xs.filter((_, i) => i !== xs.indexOf(own));
        const field = fieldWithout(columnOf(xs), own, 1);
        if (others.length === 0) {
          expect(field).toBeUndefined();
          return;
        }
        expect(field?.median).toBe(median(others));
        expect(field?.lo).toBe(Math.min(...others));
        expect(field?.hi).toBe(Math.max(...others));
        expect(field?.logSpread()).toBe(robustSpread(others.map((x) => Math.log(x))));
      }),
    );
  });

  it('leaves out non-positive figures and needs `minCount` of them', () => {
    expect(fieldWithout(columnOf([0, -3, 5, 7]), 5, 1)).toMatchObject({ median: 7, lo: 7, hi: 7 });
    expect(fieldWithout(columnOf([1, 2, 3, 4]), 4, 4)).toBeUndefined();
    expect(fieldWithout(columnOf([1, 2, 3, 4]), 0, 4)).toMatchObject({ median: 2.5 });
  });
});
