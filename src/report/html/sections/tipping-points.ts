import type { TippingPoint } from '../../../core/model/sensitivity.js';
import type { CriteriaSet, TreeNode } from '../../../core/model/types.js';
import type { TippingPoints } from '../../decision-record/model.js';
import { formatPercent } from '../../numbers.js';
import {
  defaultTippingLimit,
  noTippingPointText,
  tippingChangeText,
  weightDecimals,
} from '../../tipping-points-text.js';
import { paragraph, section } from '../markup.js';
import { htmlTable } from '../table.js';
import { namesFor } from '../vendor-names.js';

/** Every node's name by id (categories at every depth, included sets, criteria). */
function nodeNames(set: CriteriaSet): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (node: TreeNode): void => {
    names.set(node.id, node.name);
    if (node.kind === 'group') node.children.forEach(visit);
  };
  set.root.children.forEach(visit);
  return names;
}

/**
 * The tipping points as `sensitivity --format markdown` words them (vendors by name): the smallest change of one
 * weight that hands the lead to another vendor, categories first, then the criteria with the
 * smallest relative change (the first ten, the rest counted).
 */
export function tippingPointsSection(
  tipping: TippingPoints,
  set: CriteriaSet,
  vendors: readonly { id: string; name: string }[],
): string {
  const { categories, criteria } = tipping;
  const named = namesFor(vendors);
  if (categories.length + criteria.length === 0)
    return section('tipping-points', 'Tipping points', [
      paragraph(named(noTippingPointText(tipping.leader))),
    ]);
  const names = nodeNames(set);
  const who = categories[0]?.leader ?? criteria[0]?.leader ?? tipping.leader ?? '';
  const table = (head: string, points: readonly TippingPoint[]) =>
    htmlTable({
      head: [head, 'Weight', 'Tipping weight', 'Change', 'New leader'],
      rows: points.map((p) => {
        const d = weightDecimals(p.weight, p.newWeight);
        return {
          cells: [
            `${names.get(p.id) ?? p.id} (${p.id})`,
            formatPercent(p.weight, d),
            formatPercent(p.newWeight, d),
            tippingChangeText(p),
            named(p.newLeader),
          ],
        };
      }),
      numeric: [1, 2, 3],
    });
  const more = criteria.length - defaultTippingLimit;
  return section('tipping-points', 'Tipping points', [
    paragraph(
      `The smallest change of one weight (the others rescaled in proportion; pp: percentage points of the total weight) that makes another vendor the leader instead of ${named(who)}.`,
    ),
    categories.length ? table('Category', categories) : '',
    criteria.length ? table('Criterion', criteria.slice(0, defaultTippingLimit)) : '',
    paragraph(
      more > 0
        ? `… and ${more === 1 ? '1 more criterion' : `${more} more criteria`} that can change the leader.`
        : undefined,
      'note',
    ),
  ]);
}
