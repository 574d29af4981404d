import { describe, expect, it } from 'vitest';
import type { Ranking, VendorResult } from '../../src/core/model/ranking.js';
import { plain } from '../../src/report/theme.js';
import { rankingTableFormat, renderRankingTable } from '../../src/ui/rank-table.js';
import { makeTheme } from '../../src/ui/theme.js';

const topLevel = [
  { id: 'big', name: 'Big', weight: 0.5 },
  { id: 'small', name: 'Small', weight: 0.2 },
  { id: 'mid', name: 'Mid', weight: 0.3 },
];

function vendor(
  rank: number | null,
  id: string,
  name: string,
  missing: string[] = [],
): VendorResult {
  return {
    rank,
    id,
    name,
    score: 80 - (rank ?? 9),
    eligible: rank !== null,
    knockouts:
      rank === null ? [{ criterion: 'c', rule: 'c = yes', value: false, reason: 'c: no' }] : [],
    complete: missing.length === 0,
    missing,
    categories: topLevel.map((t) => ({ ...t, score: 50 })),
    criteria: [],
    dominatedBy: [],
    terms: [],
    zeroedBy: [],
    cost: null,
    evaluators: [],
    panel: 1,
    profile: {},
    files: [],
  };
}

const ranking: Ranking = {
  criteriaSet: { id: 'tiny', name: 'Tiny', version: 1 },
  method: 'weighted-sum',
  weightOverrides: [],
  skipped: [],
  missing: 'zero',
  topLevel,
  vendors: [
    vendor(1, 'a', 'Alpha Vendor With A Long Name'),
    vendor(2, 'b', 'Bravo', ['x', 'y']),
    vendor(null, 'c', 'Charlie'),
  ],
};

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('the ranking table', () => {
  it('renders every column and the notes at full width', () => {
    expect(renderRankingTable(ranking, plain)).toMatchInlineSnapshot(`
      "Tiny (tiny v1) · method weighted-sum · unanswered score 0
      ┌───┬───────────────────────────────┬───────┬──────┬───────┬──────┬──────────┬─────────┐
      │ # │ Vendor                        │ Score │  big │ small │  mid │ Eligible │ Missing │
      │   │                               │       │  50% │   20% │  30% │          │         │
      ├───┼───────────────────────────────┼───────┼──────┼───────┼──────┼──────────┼─────────┤
      │ 1 │ Alpha Vendor With A Long Name │  79.0 │ 50.0 │  50.0 │ 50.0 │ yes      │       0 │
      │ 2 │ Bravo                         │  78.0 │ 50.0 │  50.0 │ 50.0 │ yes      │       2 │
      │ — │ Charlie                       │  71.0 │ 50.0 │  50.0 │ 50.0 │ no       │       0 │
      └───┴───────────────────────────────┴───────┴──────┴───────┴──────┴──────────┴─────────┘
      ✗ Charlie is ineligible: c: no
      ! Bravo left 2 criteria unanswered: x, y
      "
    `);
  });

  it('wraps the vendor name, then hides the lightest category, then the next, then Missing', () => {
    const at = (columns: number): string => renderRankingTable(ranking, plain, columns);
    expect(at(80)).not.toContain('hidden for width');
    expect(at(80)).toContain('│ Alpha Vendor With A   │');
    expect(at(70)).toContain('hidden for width: small (');
    expect(at(60)).toContain('hidden for width: small, mid (');
    expect(at(45)).toContain('hidden for width: small, mid, big, Missing\n');
    for (const columns of [45, 60, 70, 80])
      expect(widest(at(columns))).toBeLessThanOrEqual(columns);
  });

  it('takes its theme and width from the render context', () => {
    const text = rankingTableFormat.render(ranking, {
      theme: makeTheme(true),
      columns: 80,
      toolVersion: '0.0.0',
      scopeNote: 'only some vendors',
    });
    expect(text).toContain('\u001b[1mAlpha');
    expect(text).toContain('only some vendors');
  });
});
