import { smallMultiplesSvg } from '../../charts/small-multiples.js';
import type { CategoryProfile, CategorySplit } from '../../decision-record/model.js';
import { categoryText } from '../../numbers.js';
import { figure, section } from '../markup.js';
import { htmlTable } from '../table.js';

/**
 * 4. Each vendor's profile over the top-level categories (0–100 each): small multiples, and the
 * figures as a table folded under them.
 */
export function profilesSection(
  profiles: readonly CategoryProfile[],
  categories: CategorySplit['categories'],
  groupLabel: string | undefined,
): string {
  const table = htmlTable({
    head: ['Vendor', ...categories.map((c) => c.name)],
    rows: profiles.map((p) => ({
      vendor: p.id,
      cells: [p.name, ...p.scores.map(categoryText)],
    })),
    numeric: categories.map((_, i) => i + 1),
  });
  const caption = `Each vendor's figure per top-level category, 0–100${groupLabel ? ` (${groupLabel})` : ''}; — where a category is not scored.`;
  return section('profiles', 'Profiles by category', [
    figure(smallMultiplesSvg(profiles, categories, { idPrefix: 'profiles' }), caption),
    `<details><summary>The figures (0–100 per category)</summary>${table}</details>`,
  ]);
}
