import { roundToScale } from './ahp-consistency.js';
import { deriveIndexed } from './ahp.js';
import { components, type IndexedJudgement } from './ahp-matrix.js';
import type { RiTableId } from './ri-tables.js';

/** The judgement whose change lowers CR most, and the value the other judgements imply. */
export interface JudgementRepair {
  /** Index of the judgement in the input list. */
  index: number;
  /** wᵢ/wⱼ implied by the other judgements (the λmax-optimal value with this one left out). */
  implied: number;
  /** `implied` on the 1–9 scale: a number 1..9 or 1/k, and how to write it. */
  suggested: number;
  suggestedText: string;
  /** CR with the judgement replaced by `suggested`. */
  crAfter: number;
}

/**
 * The most inconsistent judgement: for each one, leave it out, complete the matrix by minimising
 * λmax (so the gap is filled by what the other judgements imply) and keep the one whose removal
 * gives the lowest CR. Judgements whose removal would disconnect the graph cannot be judged by
 * the others and are skipped; undefined when none is left.
 */
export function mostInconsistentJudgement(
  ids: readonly string[],
  judgements: readonly IndexedJudgement[],
  riTable: RiTableId,
): JudgementRepair | undefined {
  let best: { index: number; implied: number; cr: number } | undefined;
  judgements.forEach((judgement, index) => {
    const others = judgements.filter((_, k) => k !== index);
    if (components(ids.length, others).length > 1) return;
    // A looser completion is plenty to compare candidates and suggest a 1–9 value.
    const result = deriveIndexed(ids, others, riTable, 1e-8);
    const [a, b] = [ids[judgement.i], ids[judgement.j]];
    const entry = result.completed.find(([x, y]) => (x === a && y === b) || (x === b && y === a));
    if (!entry) return;
    const implied = entry[0] === a ? entry[2] : 1 / entry[2];
    if (!best || result.cr < best.cr - 1e-12) best = { index, implied, cr: result.cr };
  });
  if (!best) return undefined;
  const { index, implied } = best;
  const rounded = roundToScale(implied);
  const replaced = judgements.map((j, k) => (k === index ? { ...j, r: rounded.value } : j));
  return {
    index,
    implied,
    suggested: rounded.value,
    suggestedText: rounded.text,
    crAfter: deriveIndexed(ids, replaced, riTable).cr,
  };
}
