// `cost` and cost criteria (SPEC "Cost", "cost --format json"). The shipped figures are checked
// against docs/cost-check.py, an independent re-computation in Python of the SPEC's arithmetic
// (Erlang C per interval, workload ÷ occupancy, the six pricing models) that shares no code with
// the tool. The small project's figures are worked by hand in the comments.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { match } from '../helpers/match.js';
import { examplesDir, makeTempDir, runCli } from './run-cli.js';

/** Contract totals of the shipped examples as docs/cost-check.py prints them (USD). */
const handChecked: Record<string, number> = {
  'tala-global': 3_817_055,
  'meridian-shore': 5_669_080,
  'puente-contact': 5_913_845,
  'kestrel-contact': 6_471_343,
  'loop-and-tell': 8_226_475,
  'harbourline-care': 11_666_927,
};

// Call Centre Helper's example as a month: 10 open hours = 20 half-hour intervals of 100 calls,
// AHT 180 s → 10 erlangs → 14 agents (R ErlangC 0.1.0: SL 88.835 %); agent hours 14 × 10 = 140;
// FTE = 140 ÷ 160 ÷ (1 − 0.3) = 1.25; paid hours 1.25 × 160 = 200. Email: 600 × 240 s = 40 h of
// work ÷ 0.8 = 50 agent hours; FTE = 50 ÷ 160 ÷ 0.7 = 0.446428…, paid hours 71.43.
const set = (extra = '') => `id: demo
demand:
  currency: USD
  contractMonths: 24
  shrinkage: 0.3
  maxOccupancy: 0.8
  fteHoursPerMonth: 160
  channels:
    voice: { live: true, contactsPerMonth: 2000, ahtSeconds: 180, openHoursPerMonth: 10, serviceLevel: { percent: 80, seconds: 20 } }
    email: { contactsPerMonth: 600, ahtSeconds: 240 }
${extra}criteria:
  - { id: quality, type: scale, weight: 1 }
  - { id: price, type: cost, scoring: lowest-price, weight: 1 }
`;

function project(vendors: Record<string, string>, setText = set()): string {
  const dir = makeTempDir('vendor-eval-cost-');
  writeFileSync(join(dir, 'set.yaml'), setText);
  for (const [id, text] of Object.entries(vendors)) writeFileSync(join(dir, `${id}.yaml`), text);
  return dir;
}

// per-contact: 2,000 × 2.00 + 600 × 1.50 = 4,900 a month; 24 months = 117,600
const alpha =
  'answers: { quality: 3 }\npricing: { model: per-contact, rates: { voice: 2.0, email: 1.5 } }\n';
// per-hour on paid hours: 200 × 30 + 71.428571 × 20 = 7,428.57 a month; + setup 1,000
const bravo =
  'answers: { quality: 5 }\npricing: { model: per-hour, setupFee: 1000, rates: { voice: 30, email: 20 } }\n';
const files = ['alpha.yaml', 'bravo.yaml'];

describe('cost', () => {
  it('prices the shipped examples as the independent hand-check does', async () => {
    const r = await runCli(['cost', examplesDir, '-f', 'json', '-q']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      currency: string;
      contractMonths: number;
      vendors: { id: string; contract: number }[];
    };
    expect([doc.currency, doc.contractMonths]).toEqual(['USD', 36]);
    expect(doc.vendors.map((v) => [v.id, Math.round(v.contract)])).toEqual(
      Object.entries(handChecked),
    );
  });

  it('a table: model, monthly, contract, agents / FTE per channel, per contact, cheapest first', async () => {
    const cwd = project({ alpha, bravo });
    const r = await runCli(['cost', '-c', 'set.yaml', ...files, '-q'], { cwd });
    expect(r.stdout.split('\n')).toEqual([
      'demo (demo) · cost of each bid for voice, email, 24-month contract, USD',
      '┌───┬────────┬─────────────┬─────────┬───────────┬──────────────┬───────┬─────────┐',
      '│ # │ Vendor │ Model       │ Monthly │  Contract │        voice │ email │     Per │',
      '│   │        │             │     USD │ 24 months │ agents / FTE │   FTE │ contact │',
      '├───┼────────┼─────────────┼─────────┼───────────┼──────────────┼───────┼─────────┤',
      '│ 1 │ alpha  │ per-contact │   4,900 │   117,600 │     14 / 1.3 │   0.4 │    1.88 │',
      '│ 2 │ bravo  │ per-hour    │   7,429 │   179,286 │     14 / 1.3 │   0.4 │    2.86 │',
      '└───┴────────┴─────────────┴─────────┴───────────┴──────────────┴───────┴─────────┘',
      "· monthly is the first month's bill; contract = set-up fee + every month, with annual increases from month 13",
      // two bids: minmax gives the dearer one 0 on price, and the cheaper one wins
      '· the winner depends on the price formula: bravo (set, lowest-price, value-for-money); alpha (minmax) (vendor-eval rank --price-formulas)',
      '',
    ]);
  });

  it('--explain shows each step, each figure from the ones above it', async () => {
    const cwd = project({ alpha, bravo });
    const r = await runCli(['cost', '-c', 'set.yaml', ...files, '--explain', 'bravo', '-q'], {
      cwd,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        '  voice (live, Erlang C, target 80 % in 20 s):',
        '    2,000 contacts over 10.0 open hours = 20.0 intervals of 30 min → 100.00 arrivals per interval',
        '    traffic = 100.00 × 180 s ÷ 1800 s = 10.00 erlangs',
        '    14 agents: service level 88.8 %, occupancy 71.4 % (the fewest that meet the target with occupancy ≤ 80.0 %)',
        '    agent hours = 14 × 10.0 = 140.0; FTE = 140.0 ÷ 160 ÷ (1 − 0.3) = 1.3',
        '  email (deferred): 600 contacts × 240 s = 40.0 hours of work',
        '    ÷ max occupancy 0.8 = 50.0 agent hours; FTE = 50.0 ÷ 160 ÷ (1 − 0.3) = 0.4',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        'Bill, month 1:',
        '  voice per paid hour: 200 paid hours × 30.00 = 6,000',
        '  email per paid hour: 71.43 paid hours × 20.00 = 1,429',
        '  = USD 7,429 in month 1',
      ].join('\n'),
    );
    expect(r.stdout).toContain('  set-up fee: USD 1,000\n');
  });

  it('--format json follows the SPEC shape, numbers unrounded', async () => {
    const cwd = project({ alpha, bravo });
    const r = await runCli(['cost', '-c', 'set.yaml', ...files, '-f', 'json', '-q'], { cwd });
    const doc = JSON.parse(r.stdout) as {
      vendors: {
        id: string;
        model: string;
        monthly: number;
        contract: number;
        currency: string;
        channels: Record<string, unknown>[];
        fees: Record<string, unknown>;
      }[];
    };
    const bravoDoc = doc.vendors[1];
    expect(bravoDoc?.id).toBe('bravo');
    expect(bravoDoc?.monthly).toBeCloseTo(6000 + (50 / 160 / 0.7) * 160 * 20, 9);
    expect(bravoDoc?.contract).toBeCloseTo(1000 + 24 * (6000 + (50 / 0.7) * 20), 6);
    expect(bravoDoc?.channels[0]).toEqual({
      channel: 'voice',
      contactsPerMonth: 2000,
      ahtSeconds: 180,
      live: true,
      workloadHours: 100,
      agents: 14,
      serviceLevel: match.closeTo(0.88835, 5),
      occupancy: match.closeTo(100 / 140, 12),
      fte: match.closeTo(1.25, 12),
      monthly: match.closeTo(6000, 9),
    });
    expect(bravoDoc?.fees).toEqual({ setup: 1000, monthlyMinimumApplied: false, monthlyFees: 0 });
  });

  it('rank scores the cost criterion lowest-price: lowest contract ÷ this one', async () => {
    const cwd = project({ alpha, bravo });
    const r = await runCli(['rank', '-c', 'set.yaml', ...files, '-f', 'json', '-q'], { cwd });
    const doc = JSON.parse(r.stdout) as {
      vendors: {
        id: string;
        criteria: { id: string; value: number; utility: number }[];
        cost: Record<string, unknown>;
      }[];
    };
    const price = (id: string) =>
      doc.vendors.find((v) => v.id === id)?.criteria.find((c) => c.id === 'price');
    expect(price('alpha')).toMatchObject({ value: 117_600, utility: 1 });
    const bravoContract = 1000 + 24 * (6000 + (50 / 0.7) * 20);
    expect(price('bravo')?.value).toBeCloseTo(bravoContract, 6);
    expect(price('bravo')?.utility).toBeCloseTo(117_600 / bravoContract, 12);
    expect(doc.vendors.find((v) => v.id === 'alpha')?.cost).toEqual({
      monthly: 4900,
      contract: 117_600,
      currency: 'USD',
      abnormallyLow: false,
    });
  });

  it('a cost must-have knocks out a bid over budget', async () => {
    const cwd = project(
      { alpha, bravo },
      set().replace('scoring: lowest-price,', 'scoring: lowest-price, must: { max: 150000 },'),
    );
    const r = await runCli(['rank', '-c', 'set.yaml', ...files, '-q'], { cwd });
    expect(r.stdout).toContain(
      '✗ bravo is ineligible: price: 179,286 contract (must be at most 150000)',
    );
  });
});

describe('cost: bad input is one positioned line, exit 2', () => {
  it('a demanded channel without a rate, at the vendor’s rates', async () => {
    const cwd = project({
      alpha,
      bravo: 'answers: { quality: 5 }\npricing: { model: per-hour, rates: { voice: 30 } }\n',
    });
    const r = await runCli(['cost', '-c', 'set.yaml', ...files, '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bravo\.yaml:2:\d+ error .*email.*\(missing-channel-rate\)/m);
  });

  it('a currency without an exchange rate names both currencies', async () => {
    const cwd = project({
      alpha,
      bravo:
        'answers: { quality: 5 }\npricing: { model: per-contact, currency: EUR, rates: { voice: 2, email: 1 } }\n',
    });
    const r = await runCli(['cost', '-c', 'set.yaml', ...files, '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bravo\.yaml:2:\d+ error .*EUR.*USD.*\(missing-exchange-rate\)/m);
  });

  it('a target no agent count meets, at the demand’s serviceLevel', async () => {
    const cwd = project(
      { alpha },
      set().replace(
        'serviceLevel: { percent: 80, seconds: 20 }',
        'serviceLevel: { percent: 100, seconds: 0 }',
      ),
    );
    const r = await runCli(['cost', '-c', 'set.yaml', 'alpha.yaml', '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'set.yaml:9:104 error no number of agents answers 100 % of "voice" contacts within 0 s (100.0 arrivals per 30-minute interval) (unreachable-service-level) — lower serviceLevel.percent below 100, or allow a longer answer time in serviceLevel.seconds\n',
    );
  });

  it('bids in two currencies and no demand currency: one error naming both, and every other problem too', async () => {
    const cwd = project(
      {
        alpha: 'pricing: { model: per-contact, currency: EUR, rates: { voice: 1, email: 1 } }\n',
        bravo: 'pricing: { model: per-contact, currency: USD, rates: { voice: 1, emial: 1 } }\n',
      },
      set().replace('  currency: USD\n', ''),
    );
    const r = await runCli(['cost', '-c', 'set.yaml', ...files, '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'error vendor "bravo" bids in USD and "alpha" in EUR, and the demand names no currency to convert them into (mixed-currencies) — add `currency: EUR` to the demand, with `exchangeRates` for the others',
    );
    expect(r.stderr).toContain('(missing-channel-rate)');
  });

  it('two evaluators’ files of one vendor with different bids: an error, not file order', async () => {
    const cwd = project({
      alpha,
      'alpha-b':
        'vendor: alpha\nevaluator: b.second\nanswers: {}\npricing: { model: per-contact, rates: { voice: 9.0, email: 1.5 } }\n',
    });
    const r = await runCli(['rank', '-c', 'set.yaml', 'alpha.yaml', 'alpha-b.yaml', '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'alpha-b.yaml:4:10 error vendor "alpha" has a different `pricing` here than in alpha.yaml: one vendor makes one offer (conflicting-pricing)',
    );
  });

  it('a vendor without pricing where a cost criterion needs one', async () => {
    const cwd = project({ alpha, bravo: 'answers: { quality: 5 }\n' });
    const r = await runCli(['rank', '-c', 'set.yaml', ...files, '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'bravo.yaml:1:1 error vendor "bravo" has no `pricing`, which the cost criterion "price" needs (missing-pricing)',
    );
  });

  it('--explain names an unknown vendor with a suggestion', async () => {
    const cwd = project({ alpha, bravo });
    const r = await runCli(['cost', '-c', 'set.yaml', ...files, '--explain', 'brav', '-q'], {
      cwd,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'no vendor "brav" among 2 vendors (unknown-vendor) — did you mean "bravo"?',
    );
  });
});

describe('seasonality, repeat contacts and Erlang A', () => {
  it('erlang-a with 5 minutes of patience needs 13 agents where Erlang C needs 14', async () => {
    // pyworkforce's ErlangA example (100 calls / 30 min, AHT 3 min, 80 % in 20 s, patience 5 min):
    // 13 positions, P(abandon) 0.025, occupancy 0.750
    const cwd = project(
      { alpha },
      set().replace(
        'serviceLevel: { percent: 80, seconds: 20 } }',
        'serviceLevel: { percent: 80, seconds: 20 }, staffing: erlang-a, patienceSeconds: 300 }',
      ),
    );
    const r = await runCli(['cost', '-c', 'set.yaml', 'alpha.yaml', '--explain', 'alpha', '-q'], {
      cwd,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  voice (live, Erlang A, patience 300 s, target 80 % in 20 s):');
    expect(r.stdout).toMatch(
      / {4}13 agents: service level \d+\.\d %, occupancy 75\.0 %, 2\.5 % abandon/,
    );
  });

  it('a seasonal month is staffed and billed for its own volume', async () => {
    // per-contact, 2,000 + 600 contacts: 4,900 in January; February ×1.5: 7,350; 24 months from
    // January: 22 ordinary months and two Februaries → 22 × 4,900 + 2 × 7,350 = 122,500
    const cwd = project(
      { alpha },
      set().replace(
        '  contractMonths: 24\n',
        '  contractMonths: 24\n  seasonality: { feb: 1.5 }\n',
      ),
    );
    const r = await runCli(['cost', '-c', 'set.yaml', 'alpha.yaml', '-f', 'json', '-q'], { cwd });
    const doc = JSON.parse(r.stdout) as { vendors: { monthly: number; contract: number }[] };
    expect(doc.vendors[0]?.monthly).toBeCloseTo(4900, 9);
    expect(doc.vendors[0]?.contract).toBeCloseTo(122_500, 6);
  });

  it('repeat contacts: issues ÷ the vendor’s first-contact resolution', async () => {
    // fcr 80 %: 2,000 ÷ 0.8 = 2,500 calls and 600 ÷ 0.8 = 750 emails: 2,500 × 2 + 750 × 1.5 = 6,125
    const cwd = project(
      {
        alpha:
          'answers: { quality: 3, fcr: 80 }\npricing: { model: per-contact, rates: { voice: 2.0, email: 1.5 } }\n',
      },
      set('  repeatContacts: { fromCriterion: fcr }\n'.replace(/^/, '')).replace(
        'criteria:\n',
        'criteria:\n  - { id: fcr, type: number, unit: "%", direction: higher, min: 0, max: 100, scoring: { worst: 50, best: 90 } }\n',
      ),
    );
    const r = await runCli(['cost', '-c', 'set.yaml', 'alpha.yaml', '-f', 'json', '-q'], { cwd });
    const doc = JSON.parse(r.stdout) as {
      vendors: { monthly: number; repeatContacts: unknown }[];
    };
    expect(doc.vendors[0]?.monthly).toBeCloseTo(6125, 9);
    expect(doc.vendors[0]?.repeatContacts).toEqual({
      criterion: 'fcr',
      resolution: 0.8,
      factor: 1.25,
    });
  });
});

describe('abnormally low bids and price formulas on the shipped examples', () => {
  it('Tala bids 62 % of the median contract: flagged in rank and cost, never dropped', async () => {
    const rank = await runCli(['rank', examplesDir]);
    expect(rank.stdout).toContain(
      '! abnormally low bid from Tala Global Services, far below the median contract cost: ask it to explain the price before rejecting it; it is ranked as bid',
    );
    // a warning in validate, where problems with the files are listed
    const validate = await runCli(['validate', examplesDir]);
    expect(validate.stdout).toContain(
      'warning  vendor "tala-global" bids 62 % of the median contract cost (below 70 %): an abnormally low bid',
    );
    const cost = await runCli(['cost', examplesDir, '-q']);
    // median of the six contracts: (5,913,845 + 6,471,343) ÷ 2 = 6,192,594; 3,817,055 ÷ that = 61.6 %
    expect(cost.stdout).toContain(
      '· abnormally low bid from Tala Global Services: 62 % of the median contract cost (6,192,594), below 70 %; ask it to explain the price before rejecting it',
    );
    // and, as the set scores the price, whether the winner depends on how it is scored
    expect(cost.stdout).toContain(
      '· same winner under every price formula: Puente Contact Partners (vendor-eval rank --price-formulas)',
    );
  });

  it('rank --price-formulas: the winner changes under value for money', async () => {
    // Under the set's own weights Puente wins under every formula (see above); with pricing
    // cut to 10 Harbourline wins where price is scored, Puente where it divides the score.
    const args = ['rank', examplesDir, '--price-formulas', '--weights', 'pricing=10', '-q'];
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '! the winner depends on the price formula: Harbourline Customer Care (set, lowest-price, minmax); Puente Contact Partners (value-for-money)',
    );
    const doc = JSON.parse((await runCli([...args, '-f', 'json'])).stdout) as {
      sameWinner: boolean;
      winners: Record<string, string[]>;
    };
    expect(doc.sameWinner).toBe(false);
    expect(doc.winners).toEqual({
      set: ['harbourline-care'],
      'lowest-price': ['harbourline-care'],
      minmax: ['harbourline-care'],
      'value-for-money': ['puente-contact'],
    });
  });

  it('--price-formulas needs a cost criterion', async () => {
    const r = await runCli(['rank', examplesDir, '-c', 'security', '--price-formulas', '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'error criteria set "security" has no cost criterion, so there is no price formula to compare (no-cost-criterion)',
    );
  });
});
