import type { Issue } from '../issues.js';

/** One volume tier as written in `pricing.tiers.<channel>`: the rate up to `upTo` (the last has none). */
export interface VolumeTier {
  upTo?: number | undefined;
  rate: number;
}

/** What one tier charges in a month: the billed quantity within (from, upTo] at its rate. */
export interface TierCharge {
  from: number;
  /** null for the open-ended last tier */
  upTo: number | null;
  quantity: number;
  rate: number;
  amount: number;
}

/**
 * Graduated (not all-units) volume pricing: each tier's rate applies only to the part of the
 * month's billed quantity that falls within that tier, as a tax band does. So crossing a tier
 * boundary never makes the whole month cheaper, and more volume never costs less. `scale`
 * multiplies every rate (currency conversion × annual increase); bounds are not scaled, since
 * they count units (contacts, hours), not money. Assumes tiers passed {@link tierIssues}.
 */
export function graduatedCharge(
  quantity: number,
  tiers: readonly VolumeTier[],
  scale: number,
): { amount: number; tiers: TierCharge[] } {
  const charges: TierCharge[] = [];
  let from = 0;
  let amount = 0;
  for (const tier of tiers) {
    const upTo = tier.upTo ?? null;
    const within = Math.max(0, Math.min(quantity, upTo ?? Infinity) - from);
    const rate = tier.rate * scale;
    const charge = within * rate;
    charges.push({ from, upTo, quantity: within, rate, amount: charge });
    amount += charge;
    if (upTo === null) break;
    from = upTo;
  }
  return { amount, tiers: charges };
}

/**
 * Problems with one channel's tiers: every tier but the last needs an `upTo`, the `upTo`s must
 * rise, and the last tier must be open-ended (no `upTo`), or volume above it would have no price.
 */
export function tierIssues(
  vendor: string,
  file: string,
  channel: string,
  tiers: readonly VolumeTier[],
): Issue[] {
  const issues: Issue[] = [];
  const path = (...rest: (string | number)[]) => ['pricing', 'tiers', channel, ...rest];
  const issue = (where: (string | number)[], message: string, hint: string): Issue => ({
    severity: 'error',
    rule: 'invalid-tiers',
    message,
    hint,
    file,
    path: where,
  });
  let previous: number | undefined;
  tiers.forEach((tier, index) => {
    const last = index === tiers.length - 1;
    if (tier.upTo === undefined) {
      if (!last)
        issues.push(
          issue(
            path(index),
            `"${channel}" tier ${index + 1} of "${vendor}" has no upTo but is not the last tier, so the tiers after it never apply`,
            'give every tier but the last an upTo (the volume where it ends), or remove the tiers after the open-ended one',
          ),
        );
      return;
    }
    if (last) {
      issues.push(
        issue(
          path(index, 'upTo'),
          `the last "${channel}" tier of "${vendor}" ends at ${tier.upTo}, so volume above ${tier.upTo} a month has no price`,
          `add an open-ended last tier without upTo, e.g. { rate: ${tier.rate} }`,
        ),
      );
    }
    if (previous !== undefined && tier.upTo <= previous) {
      issues.push(
        issue(
          path(index, 'upTo'),
          `"${channel}" tier ${index + 1} of "${vendor}" ends at ${tier.upTo}, not above tier ${index}'s ${previous}`,
          'list the tiers in ascending order of upTo, each ending above the one before',
        ),
      );
    }
    previous = tier.upTo;
  });
  return issues;
}
