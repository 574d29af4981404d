import { describe, expect, it } from 'vitest';
import { billFor, type ChannelMonth } from '../../src/core/cost/bill.js';
import { pricingSchema } from '../../src/core/model/vendor-schema.js';
import { placeIssues } from '../../src/io/locate.js';
import { parseSource, type SourceFile } from '../../src/io/source.js';
import { lines } from './helpers.js';

// The bill's problems carry a key path into the vendor file; placed by io, each is the one line a
// buyer reads, at the key to fix.
const month: ChannelMonth[] = [
  {
    channel: 'voice',
    contacts: 10_000,
    handleMinutes: 50_000,
    fte: 40,
    paidHours: 6_400,
    loggedInHours: 4_480,
  },
  {
    channel: 'chat',
    contacts: 4_000,
    handleMinutes: 40_000,
    fte: 12.5,
    paidHours: 2_000,
    loggedInHours: 1_400,
  },
];

function placed(text: string): string[] {
  const file = 'vendors/acme.yaml';
  const { source } = parseSource(file, text);
  if (!source) throw new Error('fixture does not parse');
  const data = source.data as { pricing: unknown };
  const result = billFor({
    vendor: 'acme',
    file,
    pricing: pricingSchema.parse(data.pricing),
    months: [month],
    demandCurrency: 'USD',
    exchangeRates: {},
    resolutionRate: undefined,
  });
  return lines(placeIssues(result.issues, new Map<string, SourceFile>([[file, source]])));
}

describe('bill problems placed in the vendor file', () => {
  it('a missing channel rate points at the rates, an ignored one at its key', () => {
    const text = [
      'vendor: acme',
      'pricing:',
      '  model: per-contact',
      '  rates: { voice: 4.10, sms: 0.40 }',
      '',
    ].join('\n');
    expect(placed(text)).toEqual([
      'vendors/acme.yaml:4:10 error "acme" has no rate for channel "chat", which the demand includes (missing-channel-rate) — add chat: <price per contact> to pricing.rates',
      'vendors/acme.yaml:4:25 warning "acme" has a rate for channel "sms", which the demand does not include; it is ignored (unused-price) — add "sms" to the demand\'s channels, or remove it from pricing.rates',
    ]);
  });

  it('a pricing without rates points at the pricing; a currency at its value; a tier at its upTo', () => {
    const text = [
      'vendor: acme',
      'pricing:',
      '  model: per-contact',
      '  currency: EUR',
      '  tiers:',
      '    voice:',
      '      - { upTo: 5000, rate: 4.10 }',
      '',
    ].join('\n');
    expect(placed(text)).toEqual([
      'vendors/acme.yaml:7:17 error the last "voice" tier of "acme" ends at 5000, so volume above 5000 a month has no price (invalid-tiers) — add an open-ended last tier without upTo, e.g. { rate: 4.1 }',
      'vendors/acme.yaml:3:3 error "acme" has no rate for channel "chat", which the demand includes (missing-channel-rate) — add chat: <price per contact> to pricing.rates',
      'vendors/acme.yaml:4:13 error "acme" prices in EUR but the demand is in USD, and the demand has no exchange rate for EUR (missing-exchange-rate) — add exchangeRates: { EUR: <USD for one EUR> } to the demand',
    ]);
  });
});
