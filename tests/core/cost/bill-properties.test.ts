import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billFor, type Bill, type ChannelMonth } from '../../../src/core/cost/bill.js';
import { pricingModelIds } from '../../../src/core/model/pricing-models.js';
import type { PricingInput } from '../../../src/core/model/vendor-schema.js';

const channels = ['voice', 'chat', 'email'] as const;

/**
 * A channel's month as the staffing step would make it from its contacts: every billed quantity
 * grows with the contacts (handle minutes by the AHT, FTE by the workload), as it does there.
 */
function channelMonth(channel: string, contacts: number, ahtSeconds: number): ChannelMonth {
  const handleMinutes = (contacts * ahtSeconds) / 60;
  const fte = handleMinutes / 60 / 160 / 0.7;
  return { channel, contacts, handleMinutes, fte, paidHours: fte * 160, loggedInHours: fte * 112 };
}

const rate = fc.double({ min: 0, max: 50, noNaN: true });
const amount = fc.double({ min: 0, max: 200_000, noNaN: true });

/** Ascending tiers with an open-ended last one. */
const tiers = fc
  .array(fc.tuple(fc.double({ min: 1, max: 20_000, noNaN: true }), rate), { maxLength: 3 })
  .chain((bounded) =>
    rate.map((last) => {
      let upTo = 0;
      const rising = bounded.map(([step, r]) => ({ upTo: (upTo += step), rate: r }));
      return [...rising, { rate: last }];
    }),
  );

const pricing: fc.Arbitrary<PricingInput> = fc.record(
  {
    model: fc.constantFrom(...pricingModelIds),
    rates: fc.record({ voice: rate, chat: rate, email: rate }),
    tiers: fc.dictionary(fc.constantFrom(...channels), tiers, { maxKeys: 2 }),
    setupFee: amount,
    monthlyMinimum: amount,
    monthlyFees: fc.dictionary(fc.constantFrom('platform', 'reporting'), amount, { maxKeys: 2 }),
    annualIncrease: fc.double({ min: 0, max: 0.2, noNaN: true }),
    resolutionRate: fc.double({ min: 0.05, max: 1, noNaN: true }),
    base: amount,
    variable: fc.constantFrom(
      'per-hour',
      'per-fte-month',
      'per-contact',
      'per-minute',
      'per-resolution',
    ),
  },
  { requiredKeys: ['model', 'rates', 'resolutionRate', 'base', 'variable'] },
);

/** Contacts per channel per month, one row per month of a 1–36 month contract. */
const volumes = fc.array(
  fc.tuple(
    fc.integer({ min: 0, max: 200_000 }),
    fc.integer({ min: 0, max: 50_000 }),
    fc.integer({ min: 0, max: 20_000 }),
  ),
  // size max: fast-check otherwise keeps arrays to about ten items, and no bill reaches year 2
  { minLength: 1, maxLength: 36, size: 'max' },
);
const aht = [300, 600, 420];

/** One month's entries, a channel per row value. */
function monthOf(row: readonly number[]): ChannelMonth[] {
  return channels.map((c, i) => channelMonth(c, row[i] ?? 0, aht[i] ?? 300));
}

/** billFor's whole result for `months` billed under `p`, in USD. */
function billMonths(p: PricingInput, months: ChannelMonth[][]) {
  return billFor({
    vendor: 'acme',
    file: 'acme.yaml',
    pricing: p,
    months,
    demandCurrency: 'USD',
    exchangeRates: {},
    resolutionRate: undefined,
  });
}

function billOf(p: PricingInput, rows: readonly (readonly number[])[]): Bill {
  const result = billMonths(p, rows.map(monthOf));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('billing properties', () => {
  it('months that share one list of entries are billed exactly as separate equal lists', () => {
    // billFor bills a shared list once a year (cost.ts shares the list of months staffed alike)
    fc.assert(
      fc.property(
        pricing,
        volumes,
        // few distinct months, so that lists repeat within a year and across years (at least
        // 13 months: fast-check keeps arrays short by default)
        fc.array(fc.nat(2), { minLength: 13, maxLength: 36, size: 'max' }),
        (p, rows, pattern) => {
          const distinct = rows.map(monthOf);
          const pick = (k: number) => distinct[k % distinct.length] ?? [];
          const shared = billMonths(p, pattern.map(pick));
          const separate = billMonths(
            p,
            pattern.map((k) => pick(k).map((entry) => ({ ...entry }))),
          );
          expect(shared).toStrictEqual(separate);
        },
      ),
    );
  });

  it('more contacts never cost less, under every model', () => {
    fc.assert(
      fc.property(
        pricing,
        volumes,
        fc.array(fc.nat(50_000), { minLength: 3, maxLength: 3 }),
        (p, rows, extra) => {
          const more = rows.map((row) => row.map((v, i) => v + (extra[i] ?? 0)));
          const less = billOf(p, rows);
          const bigger = billOf(p, more);
          expect(bigger.monthly).toBeGreaterThanOrEqual(less.monthly);
          expect(bigger.contract).toBeGreaterThanOrEqual(less.contract);
        },
      ),
    );
  });

  it('the monthly minimum is a floor: monthly ≥ minimum + fees', () => {
    fc.assert(
      fc.property(pricing, volumes, (p, rows) => {
        const b = billOf(p, rows);
        const minimum = p.monthlyMinimum ?? 0;
        expect(b.monthly).toBeGreaterThanOrEqual(minimum + b.monthlyFees);
        expect(b.monthlyMinimumApplied).toBe(b.usage < minimum);
      }),
    );
  });

  it('the contract is at least setup fee + contract months × minimum', () => {
    fc.assert(
      fc.property(pricing, volumes, (p, rows) => {
        const b = billOf(p, rows);
        const floor = (p.setupFee ?? 0) + rows.length * (p.monthlyMinimum ?? 0);
        expect(b.contract).toBeGreaterThanOrEqual(floor * (1 - 1e-12));
      }),
    );
  });

  it("the first month's lines sum to monthly, and the years to the contract", () => {
    fc.assert(
      fc.property(pricing, volumes, (p, rows) => {
        const b = billOf(p, rows);
        const tolerance = 1e-9 * Math.max(1, b.contract);
        const lines = b.firstMonth.reduce((s, l) => s + l.amount, 0);
        expect(Math.abs(lines - b.monthly)).toBeLessThanOrEqual(tolerance);
        const years = b.years.reduce((s, y) => s + y.total, b.setupFee);
        expect(Math.abs(years - b.contract)).toBeLessThanOrEqual(tolerance);
        expect(b.years.reduce((s, y) => s + y.months, 0)).toBe(rows.length);
      }),
    );
  });

  it('a tiered line is the sum of its tiers, and its quantity is theirs', () => {
    fc.assert(
      fc.property(pricing, volumes, (p, rows) => {
        for (const line of billOf(p, rows).firstMonth) {
          if (!line.tiers) continue;
          const amount = line.tiers.reduce((s, t) => s + t.amount, 0);
          const quantity = line.tiers.reduce((s, t) => s + t.quantity, 0);
          expect(amount).toBeCloseTo(line.amount, 6);
          expect(quantity).toBeCloseTo(line.quantity ?? 0, 6);
        }
      }),
    );
  });
});
