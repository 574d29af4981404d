import { UsageError } from '../errors.js';
import { didYouMean, partialMatches } from '../../core/suggest.js';

/**
 * The vendor with this id among a field's vendors (a ranking's, a cost report's); an unknown id is a usage error with a suggestion: the
 * vendors whose id or name starts with (or else contains) what was typed, or else the closest id
 * by edit distance, or else the list of ids.
 */
export function findVendor<V extends { id: string; name: string }>(
  ranking: { readonly vendors: readonly V[] },
  id: string,
): V {
  const vendor = ranking.vendors.find((v) => v.id === id);
  if (vendor) return vendor;
  const ids = ranking.vendors.map((v) => v.id);
  const names = new Map(ranking.vendors.map((v) => [v.id, v.name]));
  const partial = partialMatches(id, ids, (c) => [c, names.get(c) ?? c]);
  const quoted = partial.map((p) => `"${p}"`);
  throw new UsageError(
    'unknown-vendor',
    `no vendor "${id}" among ${ids.length} vendors`,
    partial.length === 1
      ? `did you mean ${quoted.join('')}?`
      : partial.length > 1
        ? `did you mean one of ${quoted.join(', ')}?`
        : (didYouMean(id, ids) ?? `vendors: ${ids.join(', ')}`),
  );
}
