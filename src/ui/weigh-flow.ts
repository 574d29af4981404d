import { crThreshold } from '../core/scoring/ahp-consistency.js';
import { mostInconsistentJudgement } from '../core/scoring/ahp-judgement.js';
import { components, parseAhpRatio, type IndexedJudgement } from '../core/scoring/ahp-matrix.js';
import { deriveIndexed, type AhpComparison } from '../core/scoring/ahp.js';
import type { RiTableId } from '../core/scoring/ri-tables.js';
import type { PromptChoice, Prompter } from './prompter.js';

/** One element of the level being weighed. */
export interface WeighElement {
  id: string;
  name: string;
}

/** What the pairwise flow needs: the level's children, earlier judgements, the RI table. */
export interface WeighFlowInput {
  elements: readonly WeighElement[];
  /** The comparisons already written, offered as the defaults. */
  existing: readonly AhpComparison[];
  riTable: RiTableId;
  prompter: Prompter;
  /** How the questions and the result read; criteria weights unless said. */
  wording?: FlowWording | undefined;
}

/** The words of the flow: criteria "more important" (weights), or vendors "better" (utilities). */
export interface FlowWording {
  question: (a: WeighElement, b: WeighElement) => string;
  /** "more important", "better": after a grade ("moderately …"). */
  more: string;
  /** "equally important", "equally good". */
  equally: string;
  /** The heading of the result lines, e.g. "local weights". */
  title: string;
  /** The values shown from the priorities (the eigenvector). */
  values: (priorities: readonly number[]) => number[];
}

const weightWording: FlowWording = {
  question: (a, b) => `How much more important is ${a.name} than ${b.name}?`,
  more: 'more important',
  equally: 'equally important',
  title: 'local weights',
  values: (p) => [...p],
};

/** The judgements the user settled on, a before b in element order, and their weights (the priorities). */
export interface WeighFlowResult {
  comparisons: [string, string, string][];
  weights: number[];
  cr: number;
}

// Saaty's 1–9 scale: the words of each odd grade, the even ones in between
const grades: Record<number, string> = {
  9: 'extremely',
  8: 'very strongly to extremely',
  7: 'very strongly',
  6: 'strongly to very strongly',
  5: 'strongly',
  4: 'moderately to strongly',
  3: 'moderately',
  2: 'equally to moderately',
};

/** The 17 entries of Saaty's scale for "a against b", from 9 down to 1/9, valued "9" … "1/9". */
export function saatyChoices(
  a: WeighElement,
  b: WeighElement,
  wording: Pick<FlowWording, 'more' | 'equally'> = weightWording,
): PromptChoice<string>[] {
  const { more, equally } = wording;
  const choices: PromptChoice<string>[] = [];
  for (let k = 9; k >= 2; k--) {
    choices.push({ value: String(k), name: `${a.name} is ${grades[k]} ${more} (${k})` });
  }
  choices.push({ value: '1', name: `both are ${equally} (1)` });
  for (let k = 2; k <= 9; k++) {
    choices.push({ value: `1/${k}`, name: `${b.name} is ${grades[k]} ${more} (1/${k})` });
  }
  return choices;
}

/** A ratio as the scale writes it: 3 → "3", 0.2 → "1/5"; undefined off the scale. */
function scaleText(r: number): string | undefined {
  for (let k = 1; k <= 9; k++) {
    if (Math.abs(r - k) < 1e-9) return String(k);
    if (Math.abs(r - 1 / k) < 1e-9) return `1/${k}`;
  }
  return undefined;
}

/** The existing judgement of a against b as scale text (a reverse one inverted). */
function existingText(
  existing: readonly AhpComparison[],
  a: string,
  b: string,
): string | undefined {
  for (const [x, y, raw] of existing) {
    const r = parseAhpRatio(raw);
    if (x === a && y === b) return scaleText(r);
    if (x === b && y === a) return scaleText(1 / r);
  }
  return undefined;
}

/**
 * Asks every pair of `elements` once on Saaty's scale (defaults: the written judgements), says
 * the consistency ratio after each judgement once all elements are linked, and while CR > 0.1
 * offers the most inconsistent judgement for revision with the value the others imply (the
 * logic of the `ahp-inconsistent` warning). Ctrl-C rejects with `ExitPromptError`.
 */
export async function runWeighFlow(input: WeighFlowInput): Promise<WeighFlowResult> {
  const { elements, prompter, riTable } = input;
  const wording = input.wording ?? weightWording;
  const ids = elements.map((e) => e.id);
  const n = elements.length;
  const judged: { i: number; j: number; text: string }[] = [];
  const indexed = (): IndexedJudgement[] =>
    judged.map(({ i, j, text }) => ({ i, j, r: parseAhpRatio(text) }));
  const total = (n * (n - 1)) / 2;
  const ask = async (i: number, j: number, fallback?: string): Promise<string> => {
    const [a, b] = [elements[i] as WeighElement, elements[j] as WeighElement];
    return prompter.select({
      message: wording.question(a, b),
      choices: saatyChoices(a, b, wording),
      default: fallback ?? existingText(input.existing, a.id, b.id) ?? '1',
    });
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      prompter.say(`judgement ${judged.length + 1} of ${total}`);
      judged.push({ i, j, text: await ask(i, j) });
      if (n >= 3 && components(n, indexed()).length === 1) {
        const { cr } = deriveIndexed(ids, indexed(), riTable);
        prompter.say(`consistency ratio so far: CR ${cr.toFixed(3)}${verdict(cr)}`);
      }
    }
  }
  let result = deriveIndexed(ids, indexed(), riTable);
  while (n >= 3 && result.cr > crThreshold) {
    const repair = mostInconsistentJudgement(ids, indexed(), riTable);
    const entry = repair ? judged[repair.index] : undefined;
    if (!repair || !entry) break;
    const [a, b] = [elements[entry.i] as WeighElement, elements[entry.j] as WeighElement];
    prompter.say(
      `CR ${result.cr.toFixed(3)} > ${crThreshold} (${riTable} RI): the most inconsistent judgement is [${a.id}, ${b.id}, ${entry.text}]; the other judgements imply ${a.id} ≈ ${repair.implied.toPrecision(3)} × ${b.id}`,
    );
    // the implied value may lie beyond the scale, so rounding can give the judgement back
    const offer = repair.suggestedText !== entry.text;
    const action = await prompter.select({
      message: `Revise ${a.name} against ${b.name} (now ${entry.text})?`,
      choices: [
        { value: 'keep', name: `keep ${entry.text} (CR stays ${result.cr.toFixed(3)})` },
        ...(offer
          ? [
              {
                value: 'suggested',
                name: `use ${repair.suggestedText}, the value the others imply (CR ${repair.crAfter.toFixed(3)})`,
              },
            ]
          : []),
        { value: 'other', name: 'enter another value' },
      ],
      default: offer ? 'suggested' : 'keep',
    });
    if (action === 'keep') break;
    entry.text =
      action === 'suggested' ? repair.suggestedText : await ask(entry.i, entry.j, entry.text);
    result = deriveIndexed(ids, indexed(), riTable);
    prompter.say(`consistency ratio now: CR ${result.cr.toFixed(3)}${verdict(result.cr)}`);
  }
  showWeights(prompter, elements, wording.values(result.priorities), wording.title);
  return {
    comparisons: judged.map(({ i, j, text }) => [ids[i] ?? '', ids[j] ?? '', text]),
    weights: result.priorities,
    cr: result.cr,
  };
}

function verdict(cr: number): string {
  return cr <= crThreshold
    ? ` (≤ ${crThreshold}: consistent)`
    : ` (> ${crThreshold}: inconsistent)`;
}

/** `local weights:` (or `title:`) and one aligned line per child. */
export function showWeights(
  prompter: Prompter,
  elements: readonly WeighElement[],
  weights: readonly number[],
  title = 'local weights',
): void {
  prompter.say(`${title}:`);
  const width = Math.max(...elements.map((e) => e.name.length));
  elements.forEach((e, k) => {
    prompter.say(`  ${e.name.padEnd(width)}  ${(weights[k] ?? 0).toFixed(4)}`);
  });
}
