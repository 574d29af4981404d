import { UsageError } from '../errors.js';
import type { Ranking, VendorResult } from '../../core/model/ranking.js';
import { didYouMean, uniquePartialMatch } from '../../core/suggest.js';

/**
 * The vendor with this id in a ranking; an unknown id is a usage error with a suggestion: the one
 * vendor whose id or name starts with (or else contains) what was typed, or else the closest id
 * by edit distance.
 */
export function findVendor(ranking: Ranking, id: string): VendorResult {
  const vendor = ranking.vendors.find((v) => v.id === id);
  if (vendor) return vendor;
  const ids = ranking.vendors.map((v) => v.id);
  const names = new Map(ranking.vendors.map((v) => [v.id, v.name]));
  const partial = uniquePartialMatch(id, ids, (c) => [c, names.get(c) ?? c]);
  throw new UsageError(
    'unknown-vendor',
    `no vendor "${id}" among ${ids.length} vendors`,
    (partial === undefined ? undefined : `did you mean "${partial}"?`) ??
      didYouMean(id, ids) ??
      `vendors: ${ids.join(', ')}`,
  );
}
