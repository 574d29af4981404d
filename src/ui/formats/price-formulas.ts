// The builtin formats of `rank --price-formulas`. Cheap to import; see ranking.ts.
import type { PriceFormulaComparison } from '../../core/analysis/price-formulas.js';
import type { FormatEntry } from '../../report/format.js';

/** `rank --price-formulas --format …`: the same ids as `rank --format`. */
export const priceFormulasFormats = [
  {
    id: 'table',
    description: 'rank (score) per price formula for the terminal',
    load: () => import('../price-formulas-table.js').then((m) => m.priceFormulasTableFormat),
  },
  {
    id: 'json',
    description: 'ranks and scores per price formula, unrounded',
    load: () => import('../../report/price-formulas.js').then((m) => m.priceFormulasJsonFormat),
  },
  {
    id: 'csv',
    description: 'one row per vendor, rank and score per formula',
    load: () => import('../../report/price-formulas.js').then((m) => m.priceFormulasCsvFormat),
  },
  {
    id: 'markdown',
    description: 'a Markdown section with the verdict',
    load: () => import('../../report/price-formulas.js').then((m) => m.priceFormulasMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<PriceFormulaComparison>[];
