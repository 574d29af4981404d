import { normalise, rocWeights } from '../core/scoring/weights.js';
import type { Prompter } from './prompter.js';
import { showWeights, type WeighElement } from './weigh-flow.js';

/** What the ROC and swing flows need: the level's children and the block already written. */
export interface RankWeighInput {
  elements: readonly WeighElement[];
  prompter: Prompter;
}

/** Rank-order centroid: the children ranked by picking the most important of those left. */
export async function runRocFlow(
  input: RankWeighInput & { existing: readonly string[] | undefined },
): Promise<{ order: string[]; weights: number[] }> {
  const { elements, prompter } = input;
  const left = [...elements];
  const order: string[] = [];
  while (left.length > 1) {
    const id = await prompter.select({
      message: `Rank ${order.length + 1}: which of these matters most?`,
      choices: left.map((e) => ({ value: e.id, name: e.name })),
      // the written order, where it still applies
      default: input.existing?.find((x) => left.some((e) => e.id === x)),
    });
    order.push(id);
    left.splice(
      left.findIndex((e) => e.id === id),
      1,
    );
  }
  order.push(left[0]?.id ?? '');
  const roc = rocWeights(order.length);
  const weights = elements.map((e) => roc[order.indexOf(e.id)] ?? 0);
  showWeights(prompter, elements, weights);
  return { order, weights };
}

/** Swing: the child whose swing from worst to best matters most gets 100, the others 0–100. */
export async function runSwingFlow(
  input: RankWeighInput & { existing: Readonly<Record<string, number>> | undefined },
): Promise<{ points: Record<string, number>; weights: number[] }> {
  const { elements, prompter } = input;
  const written = input.existing ?? {};
  const top = await prompter.select({
    message: 'Which swing from worst to best matters most? (it gets 100 points)',
    choices: elements.map((e) => ({ value: e.id, name: e.name })),
    default: elements.find((e) => written[e.id] === 100)?.id,
  });
  const points: Record<string, number> = {};
  for (const e of elements) {
    if (e.id === top) {
      points[e.id] = 100;
      continue;
    }
    const text = await prompter.input({
      message: `Points for ${e.name}'s swing (0–100, against 100 for the most important)`,
      default: written[e.id] === undefined ? undefined : String(written[e.id]),
      validate: (t) => {
        const n = Number(t.trim());
        return (t.trim() !== '' && n >= 0 && n <= 100) || 'type a number from 0 to 100';
      },
    });
    points[e.id] = Number(text.trim());
  }
  const weights = normalise(elements.map((e) => points[e.id] ?? 0));
  showWeights(prompter, elements, weights);
  return { points, weights };
}
