import type { Issue } from '../issues.js';
import type { Criterion, NumberCriterion } from '../model/types.js';
import { numberUtility } from './utility.js';

/** Methods that multiply utilities, so one utility of 0 zeroes a product. */
export const productMethodIds: readonly string[] = ['weighted-product', 'waspas'];

/** Why a criterion can give an eligible vendor a utility of 0, where to say it, and the fix. */
interface ZeroReason {
  why: string;
  fix: string;
  path: (string | number)[];
}

const ratioFix = 'use scoring: { relative: ratio } or { relative: sum }, which stay above 0';

/**
 * `zero-utility-in-product`: under `weighted-product` (and `waspas`, whose product half works the
 * same way) one utility of 0 zeroes the product, whatever the vendor's other answers. One
 * warning per criterion whose scoring can give an eligible vendor 0: min–max or no scoring, a
 * `{worst, best}` line or `points` curve that reaches 0, a boolean, a scale's lowest level, a
 * choice option scored 0, a multi answer worth no points. Answers a must-have knocks out are not
 * counted: they make the vendor ineligible, not zero. Empty for any other method, and for
 * `waspas` with `lambda: 1` (`methodOptions`: the set's own, when the method is the set's).
 */
export function zeroUtilityWarnings(
  criteria: readonly Criterion[],
  method: string,
  methodOptions: Record<string, unknown> = {},
): Issue[] {
  if (!productMethodIds.includes(method)) return [];
  // WASPAS with λ = 1 is the weighted sum: its product part has no say
  if (method === 'waspas' && methodOptions.lambda === 1) return [];
  const effect =
    method === 'waspas'
      ? "and waspas's product part is then 0 for that vendor"
      : 'and weighted-product then scores that vendor 0 whatever its other answers';
  const issues: Issue[] = [];
  for (const c of criteria) {
    const reason = zeroReason(c);
    if (!reason) continue;
    issues.push({
      severity: 'warning',
      rule: 'zero-utility-in-product',
      message: `"${c.id}" can give a utility of 0 (${reason.why}), ${effect}`,
      hint: `${reason.fix}, or rank with weighted-sum`,
      file: c.origin.file,
      path: [...c.origin.path, ...reason.path],
    });
  }
  return issues;
}

function zeroReason(c: Criterion): ZeroReason | undefined {
  switch (c.type) {
    case 'number':
      return numberZero(c);
    case 'boolean':
      if (c.must) return undefined;
      return {
        why: 'a "no" scores 0',
        fix: 'make it a must-have (must: true), so a "no" is a knock-out rather than a 0',
        path: [],
      };
    case 'scale': {
      if (c.must?.kind === 'min' && c.must.min > c.min) return undefined;
      return {
        why: `the lowest level, ${c.min}, scores 0`,
        fix: `knock out the lowest level (must: { min: ${c.min + 1} })`,
        path: [],
      };
    }
    case 'choice': {
      const allowed = c.must?.kind === 'oneOf' ? c.must.values : undefined;
      const index = c.options.findIndex(
        (o) => o.score <= 0 && (!allowed || allowed.includes(o.value)),
      );
      const option = c.options[index];
      if (!option) return undefined;
      return {
        why: `option ${JSON.stringify(option.value)} has score ${option.score}`,
        fix: `give option ${JSON.stringify(option.value)} a score above 0`,
        path: ['options', index, 'score'],
      };
    }
    case 'multi': {
      // an eligible vendor picked every must-have option; if those earn points, it cannot reach 0
      const required = c.must?.kind === 'includes' ? c.must.values : [];
      const sure = c.options
        .filter((o) => required.includes(o.value))
        .reduce((s, o) => s + o.points, 0);
      if (sure > 0) return undefined;
      return {
        why: 'an answer with no option, or only options worth 0 points, scores 0',
        fix: 'require an option worth points (must: { includes: [...] })',
        path: [],
      };
    }
    case 'cost':
    case 'pairwise': // an eigenvector entry is positive
      return undefined;
  }
}

/** The lowest utility an eligible answer can get on a fixed curve, and an answer that gets it. */
function lowestEligible(c: NumberCriterion): { utility: number; at: number } | undefined {
  const s = c.scoring;
  if (s.kind === 'relative') return undefined;
  const lo = c.must?.kind === 'min' || c.must?.kind === 'range' ? c.must.min : undefined;
  const hi = c.must?.kind === 'max' || c.must?.kind === 'range' ? c.must.max : undefined;
  const xs = s.kind === 'linear' ? [s.worst, s.best] : s.points.map(([x]) => x);
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  // the curve is linear between its breakpoints and flat outside them, so its lowest value on
  // the eligible interval is at a breakpoint or at an end of the interval
  const candidates = [...xs, lo ?? first - 1, hi ?? last + 1].filter(
    (x) => (lo === undefined || x >= lo) && (hi === undefined || x <= hi),
  );
  let lowest: { utility: number; at: number } | undefined;
  for (const x of candidates) {
    const utility = numberUtility(c, x);
    if (!lowest || utility < lowest.utility) lowest = { utility, at: x };
  }
  return lowest;
}

function numberZero(c: NumberCriterion): ZeroReason | undefined {
  const s = c.scoring;
  if (s.kind === 'relative') {
    if (s.relative !== 'minmax') return undefined;
    return {
      why: s.defaulted
        ? "it has no scoring, so min–max gives the field's worst answer 0"
        : "min–max gives the field's worst answer 0",
      fix: ratioFix,
      path: s.defaulted ? [] : ['scoring'],
    };
  }
  const lowest = lowestEligible(c);
  if (!lowest || lowest.utility > 0) return undefined;
  const unit = c.unit ? ` ${c.unit}` : '';
  const at = Number.isInteger(lowest.at) ? String(lowest.at) : String(Number(lowest.at.toFixed(4)));
  return {
    why:
      s.kind === 'linear'
        ? `an answer at or past worst ${s.worst}${unit} scores 0`
        : `an answer of ${at}${unit} scores 0 on its points`,
    fix: `${ratioFix}, or a curve whose lowest utility is above 0`,
    path: ['scoring'],
  };
}
