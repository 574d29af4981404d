import { dirname, resolve } from 'node:path';
import * as z from 'zod';
import type { Issue } from '../core/issues.js';
import { ahpRatioSchema, idSchema } from '../core/model/criteria-schema.js';
import type { GroupNode, PairwiseCriterion, TreeNode } from '../core/model/types.js';
import { comparisonIssues } from './ahp-rules.js';
import { displayPath } from './display-path.js';
import { shapeIssues } from './shape-issues.js';
import { readCached, type SourceCache } from './source-cache.js';
import type { SourceFile } from './source.js';
import { once } from '../core/once.js';

const comparisonListSchema = once(() => z.array(z.tuple([idSchema, idSchema, ahpRatioSchema])));

/**
 * Reads the `comparisonsFile` of each pairwise criterion written in this set file (included
 * sets read their own): a YAML list of `[vendor-a, vendor-b, r]`, relative to the set file. The
 * criterion takes the list and its place (the top of that file); the list is checked as inline
 * comparisons are, its problems placed in that file.
 */
export function readComparisonFiles(
  group: GroupNode,
  setFile: string,
  cwd: string,
  sources: Map<string, SourceFile>,
  issues: Issue[],
  cache: SourceCache,
): void {
  for (const c of ownPairwise(group)) {
    if (c.comparisonsFile === undefined || c.comparisons.length) continue;
    const abs = resolve(dirname(setFile), c.comparisonsFile);
    const read = readCached(abs, displayPath(abs, cwd), cache);
    if (!read.source) {
      // a file that cannot be read is reported where it is named
      for (const i of read.issues) {
        issues.push({
          severity: i.severity,
          rule: i.rule,
          message: `comparisonsFile ${c.comparisonsFile}: ${i.message}`,
          hint: `the path is relative to ${c.origin.file}`,
          file: c.origin.file,
          path: [...c.origin.path, 'comparisonsFile'],
        });
      }
      continue;
    }
    if (read.issues.length) {
      issues.push(...read.issues);
      continue;
    }
    const source = read.source;
    sources.set(source.file, source);
    const parsed = comparisonListSchema().safeParse(source.data);
    if (!parsed.success) {
      issues.push(...shapeIssues(source, parsed.error.issues, () => []));
      continue;
    }
    c.comparisons = parsed.data.map(([a, b, r]) => [a, b, r]);
    c.comparisonsOrigin = { file: source.file, path: [] };
    const ids: string[] = [];
    for (const [a, b] of c.comparisons)
      for (const id of [a, b]) if (!ids.includes(id)) ids.push(id);
    comparisonIssues({
      ids,
      comparisons: c.comparisons,
      riTable: c.riTable,
      subject: `"${c.id}"`,
      unknown: () => ['', ''],
      sameHint: 'compare two different vendors',
      list: [],
      at: (path, rule, message, hint, severity) =>
        issues.push({
          severity: severity ?? 'error',
          rule,
          message,
          hint,
          file: source.file,
          path,
        }),
    });
  }
}

/** The pairwise criteria of a set file itself, not of the sets it includes. */
function ownPairwise(group: GroupNode): PairwiseCriterion[] {
  const out: PairwiseCriterion[] = [];
  const visit = (n: TreeNode): void => {
    if (n.kind === 'criterion') {
      if (n.type === 'pairwise') out.push(n);
    } else if (n.source === 'category') n.children.forEach(visit);
  };
  group.children.forEach(visit);
  return out;
}
