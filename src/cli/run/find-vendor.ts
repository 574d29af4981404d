import { UsageError } from '../errors.js';
import type { Ranking, VendorResult } from '../../core/model/ranking.js';
import { didYouMean } from '../../core/suggest.js';

/** The vendor with this id in a ranking; an unknown id is a usage error with a suggestion. */
export function findVendor(ranking: Ranking, id: string): VendorResult {
  const vendor = ranking.vendors.find((v) => v.id === id);
  if (vendor) return vendor;
  const ids = ranking.vendors.map((v) => v.id);
  throw new UsageError(
    'unknown-vendor',
    `no vendor "${id}" among ${ids.length} vendors`,
    didYouMean(id, ids) ?? `vendors: ${ids.join(', ')}`,
  );
}
