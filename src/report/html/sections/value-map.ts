import { valueMapSvg } from '../../charts/value-map.js';
import { formatMoney } from '../../cost-model.js';
import type { ValueMap } from '../../decision-record/model.js';
import { formatScore } from '../../numbers.js';
import { figure, paragraph, section } from '../markup.js';
import { htmlTable } from '../table.js';

/**
 * 5. Score against monthly cost, the Pareto front named in words (the chart draws it too), and
 * the vendors the chart cannot show because they have no price.
 */
export function valueMapSection(map: ValueMap, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const money = (x: number) => formatMoney(x, map.currency);
  const front =
    map.front.length === 0
      ? 'No eligible vendor is costed, so there is no front.'
      : `Best value (the Pareto front, from the cheapest up: no other eligible vendor scores at least as high for no more money): ${map.front.map(name).join(', ')}.`;
  const table = htmlTable({
    head: ['Vendor', 'Score', 'Monthly', 'Contract', 'On the front'],
    rows: map.points.map((p) => ({
      vendor: p.id,
      className: p.eligible ? undefined : 'ineligible',
      cells: [
        p.name,
        formatScore(p.score),
        money(p.monthly),
        money(p.contract),
        p.eligible ? (p.onFront ? 'yes' : 'no') : 'no (knocked out)',
      ],
    })),
    numeric: [1, 2, 3],
  });
  return section('value-map', 'Value for money', [
    figure(
      valueMapSvg(map, { idPrefix: 'value' }),
      `Score against the first month's bill${map.currency ? ` (${map.currency})` : ''}; higher and further left is better value.`,
    ),
    paragraph(front),
    paragraph(
      map.uncosted.length
        ? `Not on the map (no pricing in their files): ${map.uncosted.map(name).join(', ')}.`
        : undefined,
    ),
    `<details><summary>The figures</summary>${table}</details>`,
  ]);
}
