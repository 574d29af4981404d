// End-to-end properties of costing a bid (SPEC "Cost"), demand → staffing → bill: more contacts
// never cost less, a stricter service level never needs fewer agents or costs less under a
// staffing-based model, and the monthly minimum is a floor.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costVendors } from '../../../src/core/cost/cost.js';
import type { DemandInput } from '../../../src/core/model/criteria-schema.js';
import type { PricingInput } from '../../../src/core/model/vendor-schema.js';
import { scale, set, vendor } from '../builders.js';

const origin = { file: 'set.yaml', path: ['demand'] };

function monthlyOf(
  demand: DemandInput,
  pricing: PricingInput,
): { monthly: number; agents: number } {
  const s = { ...set([scale('q')]), demand: { input: demand, origin } };
  const v = { ...vendor('a', {}), pricing };
  const r = costVendors(s, [v]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const c = r.value.vendors.get('a');
  if (!c) throw new Error('not costed');
  return { monthly: c.monthly, agents: c.staffing[0]?.agents ?? 0 };
}

const demandOf = (contacts: number, percent: number, seconds: number): DemandInput => ({
  contractMonths: 12,
  channels: {
    voice: {
      live: true,
      contactsPerMonth: contacts,
      ahtSeconds: 300,
      openHoursPerMonth: 300,
      serviceLevel: { percent, seconds },
    },
    email: { contactsPerMonth: contacts / 4, ahtSeconds: 400 },
  },
});

const models: PricingInput[] = [
  { model: 'per-hour', rates: { voice: 20, email: 18 } },
  { model: 'per-fte-month', rates: { voice: 3000, email: 2800 } },
  { model: 'per-contact', rates: { voice: 3, email: 2 } },
  { model: 'per-minute', rates: { voice: 0.5, email: 0.4 } },
  { model: 'hybrid', base: 5000, variable: 'per-minute', rates: { voice: 0.3, email: 0.3 } },
];

describe('costing a bid end to end', () => {
  it('more contacts never cost less, under every model', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 40_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom(...models),
        (contacts, more, pricing) => {
          const a = monthlyOf(demandOf(contacts, 80, 20), pricing);
          const b = monthlyOf(demandOf(contacts + more, 80, 20), pricing);
          expect(b.monthly).toBeGreaterThanOrEqual(a.monthly - 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a stricter service level never needs fewer agents, nor costs less per hour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 40_000 }),
        fc.integer({ min: 50, max: 90 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 5, max: 60 }),
        (contacts, percent, stricter, seconds) => {
          const pricing = models[0] as PricingInput;
          const loose = monthlyOf(demandOf(contacts, percent, seconds), pricing);
          const strict = monthlyOf(demandOf(contacts, percent + stricter, seconds), pricing);
          expect(strict.agents).toBeGreaterThanOrEqual(loose.agents);
          expect(strict.monthly).toBeGreaterThanOrEqual(loose.monthly - 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the monthly minimum is a floor under the usage charge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 40_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        (contacts, minimum) => {
          const pricing: PricingInput = {
            model: 'per-contact',
            rates: { voice: 3, email: 2 },
            monthlyMinimum: minimum,
            monthlyFees: { platform: 100 },
          };
          const { monthly } = monthlyOf(demandOf(contacts, 80, 20), pricing);
          expect(monthly).toBeGreaterThanOrEqual(minimum + 100 - 1e-6);
        },
      ),
      { numRuns: 100 },
    );
  });
});
