import { describe, expect, it } from 'vitest';
import {
  billFor,
  type Bill,
  type BillRequest,
  type ChannelMonth,
} from '../../../src/core/cost/bill.js';
import type { Issue } from '../../../src/core/issues.js';
import type { PricingInput } from '../../../src/core/model/vendor-schema.js';

// One month of a small demand, the same every month unless a test says otherwise:
//   voice: 10,000 contacts × 300 s AHT → 10,000 × 300 / 60 = 50,000 handle minutes;
//          40 FTE → 40 × 160 h = 6,400 paid hours, 4,480 of them logged in (30 % shrinkage)
//   chat:   4,000 contacts × 600 s AHT →  4,000 × 600 / 60 = 40,000 handle minutes;
//          12.5 FTE → 12.5 × 160 h = 2,000 paid hours
const voice: ChannelMonth = {
  channel: 'voice',
  contacts: 10_000,
  handleMinutes: 50_000,
  fte: 40,
  paidHours: 6_400,
  loggedInHours: 4_480,
};
const chat: ChannelMonth = {
  channel: 'chat',
  contacts: 4_000,
  handleMinutes: 40_000,
  fte: 12.5,
  paidHours: 2_000,
  loggedInHours: 1_400,
};

function request(pricing: PricingInput, extra: Partial<BillRequest> = {}): BillRequest {
  return {
    vendor: 'acme',
    file: 'vendors/acme.yaml',
    pricing,
    months: Array.from({ length: 12 }, () => [voice, chat]),
    demandCurrency: 'USD',
    exchangeRates: {},
    resolutionRate: undefined,
    ...extra,
  };
}

function bill(pricing: PricingInput, extra: Partial<BillRequest> = {}): Bill {
  const result = billFor(request(pricing, extra));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function issuesOf(pricing: PricingInput, extra: Partial<BillRequest> = {}): Issue[] {
  const result = billFor(request(pricing, extra));
  expect(result.ok).toBe(false);
  return result.issues;
}

const channelCharges = (b: Bill) => b.channels.map((c) => [c.channel, round2(c.monthly)]);
const round2 = (x: number) => Math.round(x * 100) / 100;

describe('the six pricing models, against figures worked by hand', () => {
  it('per-hour with hoursBilled: logged-in bills the agent hours before shrinkage', () => {
    // voice 4,480 h × 13.40 = 60,032; chat 1,400 h × 11.00 = 15,400; month 75,432
    const b = bill({
      model: 'per-hour',
      hoursBilled: 'logged-in',
      rates: { voice: 13.4, chat: 11 },
    });
    expect(channelCharges(b)).toEqual([
      ['voice', 60_032],
      ['chat', 15_400],
    ]);
    expect(b.monthly).toBeCloseTo(75_432, 6);
  });

  it('per-hour bills paid hours × rate', () => {
    // voice 6,400 h × 13.40 = 85,760; chat 2,000 h × 11.00 = 22,000; month 107,760
    const b = bill({ model: 'per-hour', rates: { voice: 13.4, chat: 11 } });
    expect(channelCharges(b)).toEqual([
      ['voice', 85_760],
      ['chat', 22_000],
    ]);
    expect(b.monthly).toBeCloseTo(107_760, 6);
    // 12 months × 107,760 = 1,293,120
    expect(b.contract).toBeCloseTo(1_293_120, 4);
    expect(b.firstMonth[0]).toMatchObject({
      channel: 'voice',
      kind: 'usage',
      label: 'voice per paid hour',
      quantity: 6_400,
      unit: 'paid hour',
      rate: 13.4,
    });
  });

  it('per-fte-month bills FTE × rate', () => {
    // voice 40 FTE × 2,150 = 86,000; chat 12.5 FTE × 1,900 = 23,750; month 109,750
    const b = bill({ model: 'per-fte-month', rates: { voice: 2150, chat: 1900 } });
    expect(channelCharges(b)).toEqual([
      ['voice', 86_000],
      ['chat', 23_750],
    ]);
    expect(b.monthly).toBeCloseTo(109_750, 6);
    expect(b.firstMonth[1]).toMatchObject({ quantity: 12.5, unit: 'FTE-month', rate: 1900 });
  });

  it('per-contact bills contacts × rate', () => {
    // voice 10,000 × 4.10 = 41,000; chat 4,000 × 2.60 = 10,400; month 51,400
    const b = bill({ model: 'per-contact', rates: { voice: 4.1, chat: 2.6 } });
    expect(channelCharges(b)).toEqual([
      ['voice', 41_000],
      ['chat', 10_400],
    ]);
    expect(b.monthly).toBeCloseTo(51_400, 6);
    expect(b.volumeModel).toBe('per-contact');
  });

  it('per-minute bills handle minutes × rate, whatever the chat concurrency', () => {
    // voice 50,000 min × 0.85 = 42,500; chat 40,000 min × 0.30 = 12,000; month 54,500
    const b = bill({ model: 'per-minute', rates: { voice: 0.85, chat: 0.3 } });
    expect(channelCharges(b)).toEqual([
      ['voice', 42_500],
      ['chat', 12_000],
    ]);
    expect(b.monthly).toBeCloseTo(54_500, 6);
    expect(b.firstMonth[0]).toMatchObject({ quantity: 50_000, unit: 'handle minute' });
  });

  it("per-resolution bills contacts × resolution rate × rate; the pricing's rate overrides the demand's", () => {
    // pricing 0.78: voice 10,000 × 0.78 = 7,800 × 6.20 = 48,360; chat 4,000 × 0.78 = 3,120 × 3.50
    // = 10,920; month 59,280 (the demand's 0.5 is overridden)
    const pricing: PricingInput = {
      model: 'per-resolution',
      rates: { voice: 6.2, chat: 3.5 },
      resolutionRate: 0.78,
    };
    const b = bill(pricing, { resolutionRate: 0.5 });
    expect(channelCharges(b)).toEqual([
      ['voice', 48_360],
      ['chat', 10_920],
    ]);
    expect(b.monthly).toBeCloseTo(59_280, 6);
    expect(b.resolutionRate).toBe(0.78);
    expect(b.firstMonth[0]).toMatchObject({ quantity: 7_800, unit: 'resolved contact' });
  });

  it("per-resolution without its own rate uses the demand's", () => {
    // demand 0.5: voice 5,000 × 6.20 = 31,000; chat 2,000 × 3.50 = 7,000; month 38,000
    const b = bill(
      { model: 'per-resolution', rates: { voice: 6.2, chat: 3.5 } },
      { resolutionRate: 0.5 },
    );
    expect(b.monthly).toBeCloseTo(38_000, 6);
    expect(b.resolutionRate).toBe(0.5);
  });

  it('hybrid bills the base plus the variable model at its rates', () => {
    // base 60,000; per-minute voice 50,000 × 0.55 = 27,500, chat 40,000 × 0.20 = 8,000;
    // month 60,000 + 27,500 + 8,000 = 95,500
    const b = bill({
      model: 'hybrid',
      base: 60_000,
      variable: 'per-minute',
      rates: { voice: 0.55, chat: 0.2 },
    });
    expect(b.firstMonth.map((l) => [l.kind, l.label, round2(l.amount)])).toEqual([
      ['base', 'base', 60_000],
      ['usage', 'voice per handle minute', 27_500],
      ['usage', 'chat per handle minute', 8_000],
    ]);
    expect(channelCharges(b)).toEqual([
      ['voice', 27_500],
      ['chat', 8_000],
    ]);
    expect(b.usage).toBeCloseTo(95_500, 6);
    expect(b.monthly).toBeCloseTo(95_500, 6);
    expect(b.volumeModel).toBe('per-minute');
  });

  it('hybrid with a per-resolution variable needs and uses a resolution rate', () => {
    // base 10,000; voice 10,000 × 0.8 = 8,000 × 2 = 16,000; chat 4,000 × 0.8 = 3,200 × 1 = 3,200;
    // month 29,200
    const b = bill(
      { model: 'hybrid', base: 10_000, variable: 'per-resolution', rates: { voice: 2, chat: 1 } },
      { resolutionRate: 0.8 },
    );
    expect(b.monthly).toBeCloseTo(29_200, 6);
  });
});

describe('volume tiers', () => {
  it('are graduated: each tier’s rate applies to the volume within it', () => {
    // voice 10,000 contacts: 6,000 × 4.10 = 24,600; 3,000 × 3.80 = 11,400; 1,000 × 3.50 = 3,500
    // → 39,500 (the rate 4.10 under rates is replaced); chat 4,000 × 2.60 = 10,400; month 49,900
    const b = bill({
      model: 'per-contact',
      rates: { voice: 4.1, chat: 2.6 },
      tiers: { voice: [{ upTo: 6000, rate: 4.1 }, { upTo: 9000, rate: 3.8 }, { rate: 3.5 }] },
    });
    const line = b.firstMonth[0];
    expect(line).toMatchObject({
      label: 'voice per contact, tiered',
      quantity: 10_000,
      rate: null,
    });
    expect(line?.tiers?.map((t) => [t.from, t.upTo, t.quantity, t.rate, round2(t.amount)])).toEqual(
      [
        [0, 6000, 6000, 4.1, 24_600],
        [6000, 9000, 3000, 3.8, 11_400],
        [9000, null, 1000, 3.5, 3_500],
      ],
    );
    expect(line?.amount).toBeCloseTo(39_500, 6);
    expect(b.monthly).toBeCloseTo(49_900, 6);
  });

  it('a month inside the first tier pays only its rate; later tiers bill nothing', () => {
    // 10,000 contacts, first tier up to 20,000: 10,000 × 4.10 = 41,000
    const b = bill({
      model: 'per-contact',
      rates: { chat: 2.6 },
      tiers: { voice: [{ upTo: 20_000, rate: 4.1 }, { rate: 1 }] },
    });
    expect(b.channels[0]?.monthly).toBeCloseTo(41_000, 6);
    expect(b.firstMonth[0]?.tiers?.[1]).toMatchObject({ from: 20_000, quantity: 0, amount: 0 });
  });

  it("apply to the model's billed quantity: paid hours for per-hour", () => {
    // voice 6,400 h: 5,000 × 13.40 = 67,000; 1,400 × 12.00 = 16,800 → 83,800; chat 2,000 × 11 =
    // 22,000; month 105,800
    const b = bill({
      model: 'per-hour',
      rates: { chat: 11 },
      tiers: { voice: [{ upTo: 5000, rate: 13.4 }, { rate: 12 }] },
    });
    expect(b.channels[0]?.monthly).toBeCloseTo(83_800, 6);
    expect(b.monthly).toBeCloseTo(105_800, 6);
  });
});

describe('monthly minimum and monthly fees', () => {
  const fees = { platform: 6500, reporting: 1000 };

  it('lifts a lower usage charge to the minimum, then adds the fees', () => {
    // usage 51,400 < minimum 60,000: top-up 8,600; fees 6,500 + 1,000 = 7,500;
    // month 60,000 + 7,500 = 67,500
    const b = bill({
      model: 'per-contact',
      rates: { voice: 4.1, chat: 2.6 },
      monthlyMinimum: 60_000,
      monthlyFees: fees,
    });
    expect(b.monthlyMinimumApplied).toBe(true);
    expect(b.monthlyFees).toBe(7_500);
    expect(b.monthly).toBe(67_500);
    expect(b.firstMonth.slice(2).map((l) => [l.kind, l.label, round2(l.amount)])).toEqual([
      ['minimum', 'monthly minimum top-up', 8_600],
      ['fee', 'platform', 6_500],
      ['fee', 'reporting', 1_000],
    ]);
    // the channels keep their own charges, before the minimum
    expect(channelCharges(b)).toEqual([
      ['voice', 41_000],
      ['chat', 10_400],
    ]);
    // 12 × 67,500 = 810,000
    expect(b.contract).toBe(810_000);
  });

  it('does nothing to a usage charge above it', () => {
    // usage 51,400 ≥ minimum 50,000; month 51,400 + 7,500 = 58,900
    const b = bill({
      model: 'per-contact',
      rates: { voice: 4.1, chat: 2.6 },
      monthlyMinimum: 50_000,
      monthlyFees: fees,
    });
    expect(b.monthlyMinimumApplied).toBe(false);
    expect(b.monthly).toBeCloseTo(58_900, 6);
    expect(b.firstMonth.some((l) => l.kind === 'minimum')).toBe(false);
  });

  it('counts a hybrid base as usage', () => {
    // base 60,000 + per-minute 27,500 + 8,000 = 95,500 ≥ minimum 90,000: not applied
    const b = bill({
      model: 'hybrid',
      base: 60_000,
      variable: 'per-minute',
      rates: { voice: 0.55, chat: 0.2 },
      monthlyMinimum: 90_000,
    });
    expect(b.monthlyMinimumApplied).toBe(false);
    expect(b.monthly).toBeCloseTo(95_500, 6);
  });

  it('adds the setup fee once to the contract', () => {
    // 40,000 + 12 × 51,400 = 656,800
    const b = bill({ model: 'per-contact', rates: { voice: 4.1, chat: 2.6 }, setupFee: 40_000 });
    expect(b.setupFee).toBe(40_000);
    expect(b.monthly).toBeCloseTo(51_400, 6);
    expect(b.contract).toBeCloseTo(656_800, 4);
  });
});

describe('annual increase over a 36-month contract', () => {
  // per-contact 51,400 a month in year 1, minimum 53,000, platform fee 6,500, setup 40,000, 3 %:
  //   year 1 (×1):      usage 51,400 < 53,000 → 53,000; + fee 6,500 = 59,500
  //   year 2 (×1.03):   usage 51,400 × 1.03 = 52,942 < 53,000 → 53,000; + 6,500 × 1.03 = 6,695
  //                     → 59,695
  //   year 3 (×1.0609): usage 51,400 × 1.0609 = 54,530.26 > 53,000 (the minimum did not rise to
  //                     53,000 × 1.0609 = 56,227.70); + 6,500 × 1.0609 = 6,895.85 → 61,426.11
  //   years: 12 × 59,500 = 714,000; 12 × 59,695 = 716,340; 12 × 61,426.11 = 737,113.32
  //   contract = 40,000 + 714,000 + 716,340 + 737,113.32 = 2,207,453.32
  const pricing: PricingInput = {
    model: 'per-contact',
    rates: { voice: 4.1, chat: 2.6 },
    monthlyMinimum: 53_000,
    monthlyFees: { platform: 6500 },
    setupFee: 40_000,
    annualIncrease: 0.03,
  };
  const months = (n: number) => Array.from({ length: n }, () => [voice, chat]);

  it('raises rates and fees from months 13 and 25, never the minimum or the setup fee', () => {
    const b = bill(pricing, { months: months(36) });
    expect(b.monthly).toBe(59_500);
    expect(b.monthlyMinimumApplied).toBe(true);
    expect(b.years.map((y) => [y.year, y.months, y.escalation, round2(y.total)])).toEqual([
      [1, 12, 1, 714_000],
      [2, 12, 1.03, 716_340],
      [3, 12, 1.03 ** 2, 737_113.32],
    ]);
    expect(b.contract).toBeCloseTo(2_207_453.32, 4);
    expect(b.setupFee).toBe(40_000);
  });

  it('month 25 alone is a year of one month, already raised twice', () => {
    // 25 months: 714,000 + 716,340 + 61,426.11 = 1,491,766.11; + 40,000 = 1,531,766.11
    const b = bill(pricing, { months: months(25) });
    expect(b.years.map((y) => [y.months, round2(y.total)])).toEqual([
      [12, 714_000],
      [12, 716_340],
      [1, 61_426.11],
    ]);
    expect(b.contract).toBeCloseTo(1_531_766.11, 4);
  });

  it('raises a hybrid base too', () => {
    // base 60,000 × 1.03 = 61,800 in year 2; + 27,500 × 1.03 + 8,000 × 1.03 = 36,565 → 98,365
    const b = bill(
      {
        model: 'hybrid',
        base: 60_000,
        variable: 'per-minute',
        rates: { voice: 0.55, chat: 0.2 },
        annualIncrease: 0.03,
      },
      { months: months(24) },
    );
    expect(b.years.map((y) => round2(y.total / y.months))).toEqual([95_500, 98_365]);
  });

  it('follows each month’s own volumes', () => {
    // month 1 as usual (51,400); month 2 with voice doubled: 20,000 × 4.10 + 10,400 = 92,400
    const busy = { ...voice, contacts: 20_000 };
    const b = bill(
      { model: 'per-contact', rates: { voice: 4.1, chat: 2.6 } },
      {
        months: [
          [voice, chat],
          [busy, chat],
        ],
      },
    );
    expect(b.monthly).toBeCloseTo(51_400, 6);
    expect(b.contract).toBeCloseTo(143_800, 6);
  });
});

describe('currency', () => {
  const eur: PricingInput = {
    model: 'per-contact',
    currency: 'EUR',
    rates: { voice: 4.1, chat: 2.6 },
    setupFee: 40_000,
  };

  it("converts every amount into the demand's currency", () => {
    // 1 EUR = 1.08 USD: voice 4.10 × 1.08 = 4.428 × 10,000 = 44,280; chat 2.60 × 1.08 = 2.808 ×
    // 4,000 = 11,232; month 55,512 USD; setup 40,000 × 1.08 = 43,200
    const b = bill(eur, { exchangeRates: { EUR: 1.08 } });
    expect(b.currency).toBe('USD');
    expect(b.conversion).toEqual({ from: 'EUR', to: 'USD', rate: 1.08 });
    expect(b.firstMonth[0]?.rate).toBeCloseTo(4.428, 10);
    expect(b.monthly).toBeCloseTo(55_512, 6);
    expect(b.setupFee).toBeCloseTo(43_200, 6);
    // 43,200 + 12 × 55,512 = 709,344
    expect(b.contract).toBeCloseTo(709_344, 4);
  });

  it('converts the minimum, fees and a hybrid base too', () => {
    // base 10,000 EUR = 10,800 USD; voice 10,000 × (1 × 1.08) = 10,800; chat 4,000 × 1.08 = 4,320;
    // usage 25,920 < minimum 30,000 EUR = 32,400 USD → 32,400; fee 1,000 EUR = 1,080;
    // month 33,480 USD
    const b = bill(
      {
        model: 'hybrid',
        currency: 'EUR',
        base: 10_000,
        variable: 'per-contact',
        rates: { voice: 1, chat: 1 },
        monthlyMinimum: 30_000,
        monthlyFees: { platform: 1000 },
      },
      { exchangeRates: { EUR: 1.08 } },
    );
    expect(b.usage).toBeCloseTo(25_920, 6);
    expect(b.monthlyMinimum).toBeCloseTo(32_400, 6);
    expect(b.monthlyMinimumApplied).toBe(true);
    expect(b.monthlyFees).toBeCloseTo(1_080, 6);
    expect(b.monthly).toBeCloseTo(33_480, 6);
  });

  it('reads currency codes without regard to case', () => {
    const b = bill({ ...eur, currency: 'eur' }, { exchangeRates: { EUR: 1.08 } });
    expect(b.monthly).toBeCloseTo(55_512, 6);
    expect(bill({ ...eur, currency: 'usd' }).conversion).toBeNull();
  });

  it("uses the demand's currency when the pricing names none, and the pricing's when the demand names none", () => {
    const { currency: _, ...unnamed } = eur;
    expect(bill(unnamed)).toMatchObject({ currency: 'USD', conversion: null });
    expect(bill(eur, { demandCurrency: undefined })).toMatchObject({
      currency: 'EUR',
      conversion: null,
    });
    expect(bill(eur, { demandCurrency: undefined }).monthly).toBeCloseTo(51_400, 6);
  });
});

describe('problems, each with its exact message', () => {
  const file = 'vendors/acme.yaml';

  it('a demanded channel without a rate', () => {
    expect(issuesOf({ model: 'per-contact', rates: { voice: 4.1 } })).toEqual([
      {
        severity: 'error',
        rule: 'missing-channel-rate',
        message: '"acme" has no rate for channel "chat", which the demand includes',
        hint: 'add chat: <price per contact> to pricing.rates',
        file,
        path: ['pricing', 'rates'],
      },
    ]);
  });

  it('a misspelt channel: the error says which to rename, the warning says what was meant', () => {
    expect(issuesOf({ model: 'per-hour', rates: { voice: 13, caht: 11 } })).toEqual([
      {
        severity: 'error',
        rule: 'missing-channel-rate',
        message: '"acme" has no rate for channel "chat", which the demand includes',
        hint: 'rename "caht" to "chat" in pricing.rates',
        file,
        path: ['pricing', 'rates'],
      },
      {
        severity: 'warning',
        rule: 'unused-price',
        message:
          '"acme" has a rate for channel "caht", which the demand does not include; it is ignored',
        hint: 'did you mean "chat"?',
        file,
        path: ['pricing', 'rates', 'caht'],
        atKey: true,
      },
    ]);
  });

  it('per-resolution without any resolution rate', () => {
    const expected = (path: string[]) => [
      {
        severity: 'error',
        rule: 'missing-resolution-rate',
        message:
          '"acme" bills per resolution, but no resolution rate says what share of contacts is resolved',
        hint: "add resolutionRate (the share of contacts resolved, e.g. 0.78) to the pricing, or to the criteria set's demand",
        file,
        path,
      },
    ];
    expect(issuesOf({ model: 'per-resolution', rates: { voice: 6, chat: 3 } })).toEqual(
      expected(['pricing', 'model']),
    );
    expect(
      issuesOf({
        model: 'hybrid',
        base: 1000,
        variable: 'per-resolution',
        rates: { voice: 6, chat: 3 },
      }),
    ).toEqual(expected(['pricing', 'variable']));
  });

  it('a hybrid without base or variable', () => {
    expect(issuesOf({ model: 'hybrid', rates: { voice: 1, chat: 1 } })).toEqual([
      {
        severity: 'error',
        rule: 'incomplete-hybrid',
        message: '"acme" prices as hybrid without `base`, the fixed monthly amount',
        hint: 'add base: <fixed monthly amount>, or use model: per-contact if there is no fixed part',
        file,
        path: ['pricing', 'model'],
      },
      {
        severity: 'error',
        rule: 'incomplete-hybrid',
        message: '"acme" prices as hybrid without `variable`, so its rates have no unit',
        hint: 'add variable: per-contact (or per-hour, per-fte-month, per-minute, per-resolution): what the rates are charged on, on top of the base',
        file,
        path: ['pricing', 'model'],
      },
    ]);
  });

  it('bad tiers: a missing upTo before the last, out of order, no open-ended last tier', () => {
    const tiers = {
      voice: [{ upTo: 5000, rate: 4 }, { rate: 3.8 }, { upTo: 9000, rate: 3.5 }],
      chat: [{ upTo: 3000, rate: 2.6 }, { upTo: 2000, rate: 2.4 }, { rate: 2.2 }],
    };
    expect(issuesOf({ model: 'per-contact', tiers })).toEqual([
      {
        severity: 'error',
        rule: 'invalid-tiers',
        message:
          '"voice" tier 2 of "acme" has no upTo but is not the last tier, so the tiers after it never apply',
        hint: 'give every tier but the last an upTo (the volume where it ends), or remove the tiers after the open-ended one',
        file,
        path: ['pricing', 'tiers', 'voice', 1],
      },
      {
        severity: 'error',
        rule: 'invalid-tiers',
        message:
          'the last "voice" tier of "acme" ends at 9000, so volume above 9000 a month has no price',
        hint: 'add an open-ended last tier without upTo, e.g. { rate: 3.5 }',
        file,
        path: ['pricing', 'tiers', 'voice', 2, 'upTo'],
      },
      {
        severity: 'error',
        rule: 'invalid-tiers',
        message: '"chat" tier 2 of "acme" ends at 2000, not above tier 1\'s 3000',
        hint: 'list the tiers in ascending order of upTo, each ending above the one before',
        file,
        path: ['pricing', 'tiers', 'chat', 1, 'upTo'],
      },
    ]);
  });

  it('a pricing currency without an exchange rate: never a silent sum', () => {
    const pricing: PricingInput = {
      model: 'per-contact',
      currency: 'EUR',
      rates: { voice: 4.1, chat: 2.6 },
    };
    expect(issuesOf(pricing, { exchangeRates: { GBP: 1.27 } })).toEqual([
      {
        severity: 'error',
        rule: 'missing-exchange-rate',
        message:
          '"acme" prices in EUR but the demand is in USD, and the demand has no exchange rate for EUR',
        hint: 'add exchangeRates: { EUR: <USD for one EUR> } to the demand',
        file,
        path: ['pricing', 'currency'],
      },
    ]);
  });

  it('reports every error at once', () => {
    const rules = issuesOf({
      model: 'hybrid',
      currency: 'EUR',
      rates: { voice: 1 },
      tiers: { chat: [{ upTo: 5, rate: 1 }] },
    }).map((i) => i.rule);
    expect(rules).toEqual([
      'incomplete-hybrid',
      'incomplete-hybrid',
      'invalid-tiers',
      'missing-exchange-rate',
    ]);
  });
});

describe('prices the bill ignores are warnings, and the bill is still made', () => {
  const file = 'vendors/acme.yaml';
  const warned = (pricing: PricingInput) => {
    const result = billFor(request(pricing));
    expect(result.ok).toBe(true);
    return result.issues.map((i) => [i.rule, i.severity, i.message, i.hint, i.file, i.path]);
  };

  it('a rate or tiers for a channel the demand lacks', () => {
    expect(
      warned({
        model: 'per-contact',
        rates: { voice: 4.1, chat: 2.6, sms: 0.4 },
        tiers: { social: [{ rate: 1 }] },
      }),
    ).toEqual([
      [
        'unused-price',
        'warning',
        '"acme" has a rate for channel "sms", which the demand does not include; it is ignored',
        'add "sms" to the demand\'s channels, or remove it from pricing.rates',
        file,
        ['pricing', 'rates', 'sms'],
      ],
      [
        'unused-price',
        'warning',
        '"acme" has tiers for channel "social", which the demand does not include; they are ignored',
        'add "social" to the demand\'s channels, or remove it from pricing.tiers',
        file,
        ['pricing', 'tiers', 'social'],
      ],
    ]);
  });

  it('base, variable and resolutionRate where the model does not use them', () => {
    expect(
      warned({
        model: 'per-contact',
        rates: { voice: 4.1, chat: 2.6 },
        base: 60_000,
        variable: 'per-minute',
        resolutionRate: 0.8,
      }),
    ).toEqual([
      [
        'unused-price',
        'warning',
        '"acme" has a base of 60000, which only hybrid pricing bills; it is ignored',
        'to bill a base plus these rates write model: hybrid, variable: per-contact; otherwise remove base',
        file,
        ['pricing', 'base'],
      ],
      [
        'unused-price',
        'warning',
        '"acme" has variable: per-minute, which only hybrid pricing reads; it is ignored',
        'write model: hybrid with a base, or remove variable',
        file,
        ['pricing', 'variable'],
      ],
      [
        'unused-price',
        'warning',
        '"acme" has a resolutionRate, which only per-resolution pricing uses; it is ignored',
        'remove resolutionRate, or use per-resolution if that is the offer',
        file,
        ['pricing', 'resolutionRate'],
      ],
    ]);
  });
});
