import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('explain -m <method>: the method-specific figures', () => {
  it.each([
    ['topsis', /topsis: d⁺ \(to ideal\) 0\.0239, d⁻ \(to anti-ideal\) 0\.0438, closeness 0\.6468/],
    ['vikor', /vikor: S \(group utility\) 0\.5421, R \(individual regret\) 0\.0262, Q 0\.3758/],
    ['promethee2', /promethee2: φ⁺ 0\.2760, φ⁻ 0\.3876, φnet -0\.1116/],
  ])('%s figures appear under the headline', async (method, figures) => {
    const run = await runCli(['explain', 'tala-global', 'examples/vendors', '-m', method]);
    expect(run.code).toBe(0);
    // under the headline the bid's cost, then the method's figures
    const [headline, cost, third] = run.stdout.split('\n');
    expect(headline).toContain(`method ${method}`);
    // Tala's bid is 63 % of the median: the cost line says it is abnormally low
    expect(cost).toBe(
      'cost: USD 102,001 a month, USD 3,817,055 over the contract — an abnormally low bid, far below the median: ask for an explanation of the price before rejecting it',
    );
    expect(third).toMatch(figures);
  });

  it('vikor also shows the compromise set and whether the vendor is in it', async () => {
    const tala = await runCli(['explain', 'tala-global', 'examples/vendors', '-m', 'vikor']);
    expect(tala.stdout).toContain(
      'VIKOR compromise set: Puente Contact Partners, Tala Global Services (acceptable advantage: no, acceptable stability: yes) — this vendor is in it',
    );
    const loop = await runCli(['explain', 'loop-and-tell', 'examples/vendors', '-m', 'vikor']);
    expect(loop.stdout).toContain('— this vendor is not in it');
  });

  it('weighted-sum has no extra figures', async () => {
    const run = await runCli(['explain', 'tala-global', 'examples/vendors']);
    expect(run.stdout).not.toContain('compromise');
    expect(run.stdout.split('\n')[1]).toMatch(/^cost: /);
    expect(run.stdout.split('\n')[2]).not.toMatch(/weighted-sum:/);
  });

  it('markdown lists the figures; json carries details and the compromise', async () => {
    const md = await runCli([
      'explain',
      'tala-global',
      'examples/vendors',
      '-m',
      'topsis',
      '-f',
      'markdown',
    ]);
    expect(md.stdout).toMatch(/^- topsis: d⁺ \(to ideal\) 0\.0239/m);
    const json = JSON.parse(
      (await runCli(['explain', 'tala-global', 'examples/vendors', '-m', 'vikor', '-f', 'json']))
        .stdout,
    ) as { compromise: { vendors: string[] }; vendor: { details: Record<string, number> } };
    expect(json.compromise.vendors).toEqual(['puente-contact', 'tala-global']);
    expect(Object.keys(json.vendor.details)).toEqual(['S', 'R', 'Q', 'criteria']);
  });
});
