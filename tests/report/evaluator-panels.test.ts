import { describe, expect, it } from 'vitest';
import { evaluatorPanels, evaluatorPanelsLine } from '../../src/report/evaluator-panels.js';

const vendors = (panels: number[]) => panels.map((panel) => ({ panel }));

describe('evaluatorPanels', () => {
  it('counts the vendors with two evaluators or more, and the fewest and most evaluators', () => {
    const p = evaluatorPanels({ vendors: vendors([1, 2, 3, 3]) } as never);
    expect(p).toEqual({ vendors: 3, fewest: 2, most: 3, combine: 'mean' });
    expect(evaluatorPanelsLine(p as never)).toBe(
      '3 vendors combine the answers of 2–3 evaluators (mean); see vendor-eval consensus',
    );
  });

  it('one vendor, one panel size', () => {
    const p = evaluatorPanels({ vendors: vendors([2, 1]) } as never);
    expect(evaluatorPanelsLine(p as never)).toBe(
      '1 vendor combines the answers of 2 evaluators (mean); see vendor-eval consensus',
    );
  });

  it('is undefined when every vendor has one evaluator', () => {
    expect(evaluatorPanels({ vendors: vendors([1, 1]) } as never)).toBeUndefined();
  });
});
