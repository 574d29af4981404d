import type { Issue } from '../issues.js';
import type { PricingInput } from '../model/vendor-schema.js';
import { didYouMean } from '../suggest.js';
import type { BillRequest } from './bill.js';
import { tierIssues } from './bill-tiers.js';

/** A pricing model that bills a quantity per channel: every model but hybrid. */
export type VolumeModel = Exclude<PricingInput['model'], 'hybrid'>;

const volumeModels = [
  'per-hour',
  'per-fte-month',
  'per-contact',
  'per-minute',
  'per-resolution',
] as const satisfies readonly VolumeModel[];

/** What a rate is a price of, for hints: "add chat: <price per contact>". */
const priceOf: Record<VolumeModel, string> = {
  'per-hour': 'price per paid hour',
  'per-fte-month': 'price per FTE a month',
  'per-contact': 'price per contact',
  'per-minute': 'price per handle minute',
  'per-resolution': 'price per resolved contact',
};

/** The model whose rates bill the channels: the model itself, or a hybrid's `variable`. */
export function volumeModelOf(pricing: PricingInput): VolumeModel | undefined {
  return pricing.model === 'hybrid' ? pricing.variable : pricing.model;
}

/** The demanded channels, in demand order, over every month. */
function demandedChannels(months: BillRequest['months']): string[] {
  return [...new Set(months.flatMap((month) => month.map((c) => c.channel)))];
}

/**
 * Every problem with a vendor's pricing against the demand, all at once. Errors: a hybrid without
 * `base` or `variable`, per-resolution without a resolution rate, a demanded channel without a
 * rate or tiers, bad tiers. Warnings: prices the bill ignores (a rate or tiers for a channel the
 * demand lacks, `base`/`variable` outside hybrid, `resolutionRate` outside per-resolution).
 */
export function checkPricing(request: BillRequest): Issue[] {
  const { vendor, file, pricing } = request;
  const issues: Issue[] = [];
  const error = (
    rule: 'missing-channel-rate' | 'missing-resolution-rate' | 'incomplete-hybrid',
    path: string[],
    message: string,
    hint: string,
  ) => issues.push({ severity: 'error', rule, message, hint, file, path });
  const unused = (path: string[], message: string, hint: string) =>
    issues.push({
      severity: 'warning',
      rule: 'unused-price',
      message,
      hint,
      file,
      path,
      atKey: true,
    });

  const model = volumeModelOf(pricing);
  if (pricing.model === 'hybrid') {
    if (pricing.base === undefined)
      error(
        'incomplete-hybrid',
        ['pricing', 'model'],
        `"${vendor}" prices as hybrid without \`base\`, the fixed monthly amount`,
        `add base: <fixed monthly amount>, or use model: ${pricing.variable ?? 'per-contact'} if there is no fixed part`,
      );
    if (pricing.variable === undefined)
      error(
        'incomplete-hybrid',
        ['pricing', 'model'],
        `"${vendor}" prices as hybrid without \`variable\`, so its rates have no unit`,
        `add variable: per-contact (or ${volumeModels.filter((m) => m !== 'per-contact').join(', ')}): what the rates are charged on, on top of the base`,
      );
  } else {
    if (pricing.base !== undefined)
      unused(
        ['pricing', 'base'],
        `"${vendor}" has a base of ${pricing.base}, which only hybrid pricing bills; it is ignored`,
        `to bill a base plus these rates write model: hybrid, variable: ${pricing.model}; otherwise remove base`,
      );
    if (pricing.variable !== undefined)
      unused(
        ['pricing', 'variable'],
        `"${vendor}" has variable: ${pricing.variable}, which only hybrid pricing reads; it is ignored`,
        'write model: hybrid with a base, or remove variable',
      );
  }

  if (model !== undefined && model !== 'per-hour' && pricing.hoursBilled !== undefined)
    unused(
      ['pricing', 'hoursBilled'],
      `"${vendor}" has hoursBilled: ${pricing.hoursBilled}, which only per-hour pricing reads; it is ignored`,
      'remove hoursBilled, or use per-hour if the offer is priced by the hour',
    );

  const resolutionRate = pricing.resolutionRate ?? request.resolutionRate;
  if (model === 'per-resolution' && resolutionRate === undefined)
    error(
      'missing-resolution-rate',
      ['pricing', pricing.model === 'hybrid' ? 'variable' : 'model'],
      `"${vendor}" bills per resolution, but no resolution rate says what share of contacts is resolved`,
      "add resolutionRate (the share of contacts resolved, e.g. 0.78) to the pricing, or to the criteria set's demand",
    );
  if (model !== undefined && model !== 'per-resolution' && pricing.resolutionRate !== undefined)
    unused(
      ['pricing', 'resolutionRate'],
      `"${vendor}" has a resolutionRate, which only per-resolution pricing uses; it is ignored`,
      'remove resolutionRate, or use per-resolution if that is the offer',
    );

  const channels = demandedChannels(request.months);
  const rates = Object.keys(pricing.rates ?? {});
  const tiers = pricing.tiers ?? {};
  const priced = new Set([...rates, ...Object.keys(tiers)]);
  const strays = [...priced].filter((c) => !channels.includes(c));
  for (const channel of channels) {
    const channelTiers = tiers[channel];
    if (channelTiers !== undefined) {
      issues.push(...tierIssues(vendor, file, channel, channelTiers));
    } else if (!rates.includes(channel)) {
      const typo = strays.find((s) => didYouMean(s, [channel]) !== undefined);
      error(
        'missing-channel-rate',
        ['pricing', 'rates'],
        `"${vendor}" has no rate for channel "${channel}", which the demand includes`,
        typo === undefined
          ? `add ${channel}: <${model === undefined ? 'rate' : priceOf[model]}> to pricing.rates`
          : `rename "${typo}" to "${channel}" in pricing.${rates.includes(typo) ? 'rates' : 'tiers'}`,
      );
    }
  }
  for (const channel of strays) {
    const where = rates.includes(channel) ? 'rates' : 'tiers';
    unused(
      ['pricing', where, channel],
      `"${vendor}" has ${where === 'rates' ? 'a rate' : 'tiers'} for channel "${channel}", which the demand does not include; ${where === 'rates' ? 'it is' : 'they are'} ignored`,
      didYouMean(channel, channels) ??
        `add "${channel}" to the demand's channels, or remove it from pricing.${where}`,
    );
  }
  return issues;
}

/**
 * The conversion from the pricing currency into the demand currency: none when they are the same
 * (or either is unstated: the pricing then defaults to the demand's, or is used as is), the
 * demand's exchange rate when they differ, and an error when the demand has no rate for it.
 * Currency codes compare without regard to case (`usd` is `USD`).
 */
export function conversionFor(
  request: BillRequest,
): { conversion: { from: string; to: string; rate: number } | null } | { issue: Issue } {
  const from = request.pricing.currency;
  const to = request.demandCurrency;
  if (from === undefined || to === undefined || same(from, to)) return { conversion: null };
  const key = Object.keys(request.exchangeRates).find((k) => same(k, from));
  const rate = key === undefined ? undefined : request.exchangeRates[key];
  if (rate !== undefined) return { conversion: { from, to, rate } };
  return {
    issue: {
      severity: 'error',
      rule: 'missing-exchange-rate',
      message: `"${request.vendor}" prices in ${from} but the demand is in ${to}, and the demand has no exchange rate for ${from}`,
      hint: `add exchangeRates: { ${from}: <${to} for one ${from}> } to the demand`,
      file: request.file,
      path: ['pricing', 'currency'],
    },
  };
}

function same(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}
