import { describe, expect, it } from 'vitest';
import type { Moderation, Vendor } from '../../src/core/model/types.js';
import { evaluateVendors } from '../../src/core/scoring/evaluate.js';
import { answer, boolean, choice, number, set, vendor } from './builders.js';

const moderation = (value: Moderation['value']): Moderation => ({
  value,
  rationale: 'agreed in the panel',
  by: 'chair',
  origin: { file: 'panel.yaml', path: ['moderated', 'x'] },
});

/** A vendor with `moderated` entries by criterion id. */
function moderated(v: Vendor, entries: Record<string, Moderation['value']>): Vendor {
  return {
    ...v,
    moderated: new Map(Object.entries(entries).map(([id, value]) => [id, moderation(value)])),
  };
}

describe('evaluateVendors with a moderated value', () => {
  it('a relative scoring reads the moderated value as the vendor’s figure', () => {
    const s = set([number('sl')]);
    const a = moderated(
      vendor('a', { sl: [answer(70, { evaluator: 'x' }), answer(90, { evaluator: 'y' })] }),
      {
        sl: 85,
      },
    );
    const b = vendor('b', { sl: 80 });
    const c = vendor('c', { sl: 90 });
    const [ja, jb] = evaluateVendors(s, [a, b, c]);
    // the field is 80–90 (a's 85 agreed, not the mean 80): a at 0.5, b at 0
    expect(ja?.criteria[0]).toMatchObject({
      value: 85,
      utility: 0.5,
      moderated: { by: 'chair', rationale: 'agreed in the panel' },
      evaluations: [
        { evaluator: 'x', value: 70 },
        { evaluator: 'y', value: 90 },
      ],
    });
    expect(jb?.criteria[0]?.utility).toBe(0);
  });

  it('a choice is scored on the agreed option, not the mean of the evaluators’ utilities', () => {
    const s = set([
      choice('site', [
        ['onshore', 5],
        ['offshore', 1],
      ]),
    ]);
    const v = moderated(
      vendor('a', {
        site: [answer('onshore', { evaluator: 'x' }), answer('offshore', { evaluator: 'y' })],
      }),
      { site: 'offshore' },
    );
    const [j] = evaluateVendors(s, [v]);
    expect(j?.criteria[0]).toMatchObject({ value: 'offshore', utility: 0.2, answered: true });
  });

  it('a must-have is judged on the agreed value alone; an unanswered criterion can be moderated', () => {
    const s = set([
      boolean('pci', { must: { kind: 'true' } }),
      boolean('soc2', { must: { kind: 'true' } }),
    ]);
    const v = moderated(
      vendor('a', { pci: [answer(true, { evaluator: 'x' }), answer(false, { evaluator: 'y' })] }),
      { pci: true, soc2: true },
    );
    const [j] = evaluateVendors(s, [v]);
    expect(j?.knockouts).toEqual([]);
    expect(j?.missing).toEqual([]);
    // no evaluator answered soc2: no evaluations to show
    expect(j?.criteria[1]?.evaluations).toBeUndefined();
  });
});
