import type { RuleId } from '../core/rules.js';
import {
  preferenceThresholds,
  thresholds,
  validatePreference,
} from '../core/methods/preference-functions.js';
import type { CriterionInput } from '../core/model/criteria-schema.js';
import { riTableLimit } from '../core/scoring/ri-tables.js';
import { didYouMean } from '../core/suggest.js';
import { comparisonIssues } from './ahp-rules.js';

type Path = (string | number)[];

/** Reports one problem at a key path of the file being checked. */
export type Report = (
  path: Path,
  rule: RuleId,
  message: string,
  hint?: string,
  atKey?: boolean,
) => void;

/**
 * Rules on one criterion as written: its range, scoring curve, options and knock-out must agree
 * with each other. `defaultScale` is the set's `scale`.
 */
export function checkCriterion(
  c: CriterionInput,
  at: Path,
  defaultScale: { min: number; max: number },
  err: Report,
  warn: Report,
): void {
  if (c.preference) {
    // The method's own check, run here so the problem is reported at its line (PROMETHEE II).
    const pref = c.preference;
    const problems = validatePreference(pref, c.id);
    for (const p of problems)
      err([...at, 'preference', ...p.path], 'invalid-preference', p.message, p.hint);
    if (problems.length === 0) {
      const used = preferenceThresholds[pref.function];
      for (const key of thresholds) {
        if (pref[key] !== undefined && !used.includes(key)) {
          warn(
            [...at, 'preference', key],
            'unused-threshold',
            `the ${pref.function} preference function ignores ${key}`,
            `${pref.function} uses ${used.join(' and ') || 'no thresholds'}; remove ${key} or choose a function that uses it`,
          );
        }
      }
    }
  }
  switch (c.type) {
    case 'scale': {
      const range = c.scale ?? defaultScale;
      if (c.scale && c.scale.min >= c.scale.max) {
        err(
          [...at, 'scale'],
          'invalid-range',
          `scale.min (${c.scale.min}) must be below scale.max (${c.scale.max})`,
        );
      }
      for (const level of Object.keys(c.rubric ?? {})) {
        const n = Number(level);
        if (!Number.isInteger(n) || n < range.min || n > range.max) {
          err(
            [...at, 'rubric', level],
            'invalid-rubric',
            `rubric level "${level}" is not a level of the scale ${range.min}–${range.max}`,
            undefined,
            true,
          );
        }
      }
      if (c.must && (c.must.min < range.min || c.must.min > range.max)) {
        err(
          [...at, 'must', 'min'],
          'invalid-must',
          `must.min ${c.must.min} lies outside the scale ${range.min}–${range.max}`,
        );
      }
      return;
    }
    case 'number': {
      if (c.min !== undefined && c.max !== undefined && c.min > c.max) {
        err([...at, 'min'], 'invalid-range', `min (${c.min}) must not exceed max (${c.max})`);
      }
      const s = c.scoring;
      const direction = c.direction ?? 'higher';
      if (s && 'worst' in s) {
        if (s.worst === s.best) {
          err(
            [...at, 'scoring'],
            'invalid-scoring',
            `scoring.worst and scoring.best are both ${s.worst}`,
            'they must differ: utility runs from worst (0) to best (1)',
          );
        } else if ((direction === 'higher') !== s.best > s.worst) {
          warn(
            [...at, 'scoring'],
            'direction-mismatch',
            `direction is ${direction} but scoring runs from worst ${s.worst} to best ${s.best}`,
            'the scoring curve decides the utility; make direction agree with it',
          );
        }
      }
      if (s && 'points' in s) {
        for (let i = 1; i < s.points.length; i++) {
          const prev = s.points[i - 1]?.[0] ?? -Infinity;
          const x = s.points[i]?.[0] ?? 0;
          if (x <= prev) {
            err(
              [...at, 'scoring', 'points', i],
              'invalid-scoring',
              `scoring.points must have strictly increasing values; ${x} follows ${prev}`,
            );
          }
        }
      }
      if (c.must && c.must.min === undefined && c.must.max === undefined) {
        err([...at, 'must'], 'invalid-must', 'must needs min or max for a number criterion');
      }
      if (c.must?.min !== undefined && c.must.max !== undefined && c.must.min > c.must.max) {
        err(
          [...at, 'must'],
          'invalid-must',
          `must.min (${c.must.min}) exceeds must.max (${c.must.max}): no answer could pass`,
        );
      }
      return;
    }
    case 'choice':
    case 'multi': {
      const seen = new Set<string>();
      c.options.forEach((o, i) => {
        const key = JSON.stringify(o.value);
        if (seen.has(key))
          err(
            [...at, 'options', i, 'value'],
            'duplicate-option',
            `option value ${key} appears twice`,
          );
        seen.add(key);
      });
      const values = c.options.map((o) => o.value);
      const mustValues = c.type === 'choice' ? c.must?.oneOf : c.must?.includes;
      const mustKey = c.type === 'choice' ? 'oneOf' : 'includes';
      (mustValues ?? []).forEach((v, i) => {
        if (!values.some((o) => o === v)) {
          err(
            [...at, 'must', mustKey, i],
            'invalid-must',
            `must.${mustKey} names ${JSON.stringify(v)}, which is not an option`,
            didYouMean(String(v), values.map(String)) ??
              `options: ${values.map(String).join(', ')}`,
          );
        }
      });
      if (c.type === 'choice' && Math.max(...c.options.map((o) => o.score)) <= 0) {
        err(
          [...at, 'options'],
          'invalid-scoring',
          'at least one option needs a score above 0',
          "utility is an option's score divided by the highest score",
        );
      }
      if (c.type === 'multi' && c.cap === undefined && c.options.every((o) => o.points === 0)) {
        err(
          [...at, 'options'],
          'invalid-scoring',
          'at least one option needs points above 0',
          'utility is the points collected divided by cap',
        );
      }
      return;
    }
    case 'cost': {
      if (
        c.scoring &&
        typeof c.scoring === 'object' &&
        'worst' in c.scoring &&
        c.scoring.worst === c.scoring.best
      ) {
        err(
          [...at, 'scoring'],
          'invalid-scoring',
          `scoring.worst and scoring.best are both ${c.scoring.worst}`,
        );
      }
      return;
    }
    case 'boolean':
      return;
    case 'pairwise':
      checkPairwise(c, at, err, warn);
      return;
  }
}

/**
 * A `pairwise` criterion's comparisons, checked as AHP weight comparisons are (SPEC): the
 * vendors are those the comparisons name (their ids are checked against the vendor files when
 * those are known); a CR above 0.1 is a warning naming the most inconsistent judgement.
 */
function checkPairwise(
  c: Extract<CriterionInput, { type: 'pairwise' }>,
  at: Path,
  err: Report,
  warn: Report,
): void {
  if (c.comparisons && c.comparisonsFile !== undefined) {
    err(
      [...at, 'comparisonsFile'],
      'invalid-ahp',
      `"${c.id}" has both \`comparisons\` and \`comparisonsFile\``,
      'keep one: the judgements in the set, or in the file',
    );
    return;
  }
  if (!c.comparisons) {
    if (c.comparisonsFile === undefined) {
      err(
        at,
        'invalid-ahp',
        `pairwise criterion "${c.id}" needs \`comparisons\`: [vendor-a, vendor-b, r] meaning vendor-a is r times as good as vendor-b`,
        'or name a YAML file of them with `comparisonsFile:`',
        true,
      );
    }
    return;
  }
  const ids: string[] = [];
  for (const [a, b] of c.comparisons) for (const id of [a, b]) if (!ids.includes(id)) ids.push(id);
  const riTable = c.riTable ?? 'saaty';
  const tooMany = ids.length > riTableLimit[riTable];
  if (tooMany) {
    err(
      [...at, 'riTable'],
      'invalid-ahp',
      `the ${riTable} RI table stops at ${riTableLimit[riTable]} elements; "${c.id}" compares ${ids.length} vendors`,
      'use riTable: donegan-dodd (up to 100) or alonso-lamata',
    );
  }
  comparisonIssues({
    ids,
    comparisons: c.comparisons,
    riTable,
    subject: `"${c.id}"`,
    unknown: () => ['', ''],
    sameHint: 'compare two different vendors',
    consistency: !tooMany,
    at: (path, rule, message, hint, severity) =>
      (severity === 'warning' ? warn : err)([...at, ...path], rule, message, hint),
  });
}
