import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('explain -m <method>: the method-specific figures', () => {
  it.each([
    ['topsis', /topsis: d⁺ \(to ideal\) 0\.0243, d⁻ \(to anti-ideal\) 0\.1082, closeness 0\.8167/],
    ['vikor', /vikor: S \(group utility\) 0\.6128, R \(individual regret\) 0\.0800, Q 0\.5626/],
    ['promethee2', /promethee2: φ⁺ 0\.6073, φ⁻ 0\.5612, φnet 0\.0461/],
  ])('%s figures appear under the headline', async (method, figures) => {
    const run = await runCli(['explain', 'tala-global', 'examples/vendors', '-m', method]);
    expect(run.code).toBe(0);
    // under the headline the bid's cost, then the method's figures
    const [headline, cost, third] = run.stdout.split('\n');
    expect(headline).toContain(`method ${method}`);
    // Tala is ineligible (no Spanish, B1 English) yet still gets the method's figures; its bid
    // is 62 % of the median: the cost line says it is abnormally low
    expect(cost).toBe(
      'cost: USD 102,001 a month, USD 3,817,055 over the contract — an abnormally low bid, far below the median: ask for an explanation of the price before rejecting it',
    );
    expect(third).toMatch(figures);
  });

  it('vikor also shows the compromise set and whether the vendor is in it', async () => {
    // no clear advantage of the leader: every eligible vendor is in the compromise set
    const meridian = await runCli(['explain', 'meridian-shore', 'examples/vendors', '-m', 'vikor']);
    expect(meridian.stdout).toContain(
      'VIKOR compromise set: Puente Contact Partners, Harbourline Customer Care, Meridian Shore BPO (acceptable advantage: no, acceptable stability: yes) — this vendor is in it',
    );
    // an ineligible vendor never is
    const tala = await runCli(['explain', 'tala-global', 'examples/vendors', '-m', 'vikor']);
    expect(tala.stdout).toContain('— this vendor is not in it');
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
    expect(md.stdout).toMatch(/^- topsis: d⁺ \(to ideal\) 0\.0243/m);
    const json = JSON.parse(
      (await runCli(['explain', 'tala-global', 'examples/vendors', '-m', 'vikor', '-f', 'json']))
        .stdout,
    ) as { compromise: { vendors: string[] }; vendor: { details: Record<string, number> } };
    expect(json.compromise.vendors).toEqual([
      'puente-contact',
      'harbourline-care',
      'meridian-shore',
    ]);
    expect(Object.keys(json.vendor.details)).toEqual(['S', 'R', 'Q', 'criteria']);
  });
});
