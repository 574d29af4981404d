import type { Ranking } from '../../core/model/ranking.js';
import type { SensitivityResult, TippingPoint } from '../../core/model/sensitivity.js';
import type { CriteriaSet } from '../../core/model/types.js';
import { centralWeightRows } from '../sensitivity-model.js';
import { categoryProfiles, categorySplit } from './category-split.js';
import { glanceOf } from './glance.js';
import type { DecisionRecord, Provenance } from './model.js';
import { topTwo } from './top-two.js';
import { valueMap } from './value-map.js';
import { vendorSections } from './vendor-sections.js';
import { weightSources } from './weight-sources.js';

/** What the record is made from: the ranking and what the command computed around it. */
export interface DecisionRecordInput {
  set: CriteriaSet;
  ranking: Ranking;
  method: { id: string; name: string; summary: string };
  /** The method options the ranking used (the set's `methodOptions` with defaults filled). */
  methodOptions: Record<string, unknown>;
  /** The simulation, when `--robustness` was asked for. */
  sensitivity?: SensitivityResult | undefined;
  /** One weight at a time: categories (every depth) and criteria. */
  tipping: { categories: TippingPoint[]; criteria: TippingPoint[] };
  /** The leader as tipping points name it (`winnerOf`). */
  leader: string | null;
  inputHash: Provenance['inputHash'];
  toolVersion: string;
  generatedAt: string;
  command: string;
  /** False leaves each vendor's answer table out (`--no-answers`); default true. */
  answerTables?: boolean | undefined;
}

/** Builds the decision record every `report` format renders. Pure. */
export function buildDecisionRecord(input: DecisionRecordInput): DecisionRecord {
  const { set, ranking } = input;
  const split = categorySplit(ranking);
  const groups = set.root.children.map((node) => ({
    id: node.id,
    name: node.name,
    weight: ranking.topLevel.find((t) => t.id === node.id)?.weight ?? 0,
    criteria: set.criteria
      .filter((c) => (node.kind === 'criterion' ? c.id === node.id : c.path.includes(node.id)))
      .map((c) => c.id),
  }));
  const robustness = input.sensitivity
    ? {
        result: input.sensitivity,
        groups,
        centralWeights: centralWeightRows({
          result: input.sensitivity,
          ranking,
          leader: input.leader,
          groups,
        }),
      }
    : undefined;
  return {
    title: `Decision record: ${set.name}`,
    ranking,
    set,
    glance: glanceOf(ranking),
    split,
    profiles: categoryProfiles(ranking),
    valueMap: valueMap(ranking),
    robustness,
    tippingPoints: { leader: input.leader, ...input.tipping },
    topTwo: topTwo(set, ranking),
    vendors: vendorSections(set, ranking),
    answerTables: input.answerTables ?? true,
    provenance: {
      set: {
        id: set.id,
        name: set.name,
        version: set.version,
        file: set.file,
        builtin: set.builtin === true,
      },
      method: { ...input.method, options: input.methodOptions },
      missing: ranking.missing,
      weightSources: weightSources(set),
      weightOverrides: ranking.weightOverrides,
      skipped: ranking.skipped,
      evaluators: ranking.vendors.map((v) => ({
        vendor: v.id,
        evaluators: v.evaluators,
        panel: v.panel,
        moderated: v.criteria.filter((c) => c.moderated).length,
        moderators: [
          ...new Set(v.criteria.flatMap((c) => (c.moderated ? [c.moderated.by] : []))),
        ].sort(),
      })),
      toolVersion: input.toolVersion,
      generatedAt: input.generatedAt,
      inputHash: input.inputHash,
      command: input.command,
    },
  };
}
