/**
 * The draw of all global weights for one simulation draw: each sibling group's local weights
 * (its given sampler, else Dirichlet around its stated weights), parents first, multiplied down
 * the tree. The Dirichlet groups between two given samplers are drawn in one `drawDirichlets`
 * call, into one array holding every group's local weights.
 */
import { dirichletShapes } from './dirichlet.js';
import { dirichletPlan, drawDirichlets, type DirichletGroup } from './dirichlet-draws.js';
import { NormalSource } from './gamma.js';
import type { UniformStream } from './random.js';
import type { GroupSampler } from './types.js';
import type { WeightGroup } from './weight-tree.js';

/**
 * One step of a draw: a run of Dirichlet groups (`from`–`to` of the plan), or a given sampler
 * filling its group's part of the local weights.
 */
interface Step {
  from: number;
  to: number;
  sampler: GroupSampler | undefined;
  local: Float64Array;
}

/**
 * The draw of all global weights into `out` (criterion order): each group's sampler (given, else
 * Dirichlet around its stated weights under `spread`) fills the group's local weights in group
 * order (parents first, as `weightGroups` lists them), and the products along each path are
 * written into `out`. The groups' draws take the stream's uniforms in that order, as one
 * `dirichletSampler` per group sharing one `NormalSource` would.
 */
export function weightDrawer(
  groups: readonly WeightGroup[],
  spread: number,
  given: ReadonlyMap<string, GroupSampler> | undefined,
  criteria: number,
): (rng: UniformStream, out: Float64Array) => void {
  const normal = new NormalSource();
  // every group's local weights in one array; per child, its criterion or subgroup (else −1)
  const offsets: number[] = [];
  let size = 0;
  for (const g of groups) {
    offsets.push(size);
    size += g.children.length;
  }
  const local = new Float64Array(size);
  const criterionOf = Int32Array.from(groups.flatMap((g) => g.criterion));
  const subgroupOf = Int32Array.from(groups.flatMap((g) => g.group));
  const drawn: DirichletGroup[] = [];
  const steps: Step[] = [];
  groups.forEach((g, index) => {
    const offset = offsets[index] as number;
    const sampler = given?.get(g.id);
    if (sampler) {
      const part = local.subarray(offset, offset + g.children.length);
      steps.push({ from: 0, to: 0, sampler, local: part });
      return;
    }
    const how = dirichletShapes(g.stated, spread);
    // nothing to draw: the weights are the same in every draw
    if ('fixed' in how) {
      local.set(how.fixed, offset);
      return;
    }
    drawn.push({ offset, ...how });
    // a Dirichlet group joins the run before it, unless a given sampler came between
    const last = steps[steps.length - 1];
    if (last && !last.sampler) last.to = drawn.length;
    else steps.push({ from: drawn.length - 1, to: drawn.length, sampler: undefined, local });
  });
  const plan = dirichletPlan(drawn, size);
  const globals = new Float64Array(groups.length);
  const starts = Int32Array.from(offsets);
  return (rng, out) => {
    if (out.length !== criteria) throw new RangeError('weights array of the wrong length');
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s] as Step;
      if (step.sampler) step.sampler(rng, step.local);
      else drawDirichlets(rng, normal, plan, local, step.from, step.to);
    }
    globals[0] = 1;
    for (let g = 0; g < groups.length; g++) {
      const above = globals[g] as number;
      const end = g + 1 < groups.length ? (starts[g + 1] as number) : size;
      for (let k = starts[g] as number; k < end; k++) {
        const w = above * (local[k] as number);
        const j = criterionOf[k] as number;
        if (j >= 0) out[j] = w;
        else {
          const sub = subgroupOf[k] as number;
          if (sub >= 0) globals[sub] = w;
        }
      }
    }
  };
}
