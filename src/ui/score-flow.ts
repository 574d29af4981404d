import { numberFromText } from '../core/number-text.js';
import type {
  Answer,
  AnswerRange,
  AnswerValue,
  CriteriaSet,
  Criterion,
} from '../core/model/types.js';
import type { PromptChoice, Prompter } from './prompter.js';

/** An answer the questionnaire confirmed, as it is saved. */
export interface ConfirmedAnswer {
  value: AnswerValue;
  evidence?: string | undefined;
  note?: string | undefined;
}

/** What the questionnaire needs: the set, this file's own answers, and how to save one. */
export interface ScoreFlowInput {
  set: CriteriaSet;
  /** The answers of the file being filled in, and only those (independent scoring). */
  own: ReadonlyMap<string, Answer>;
  /** `--review`: ask answered criteria too, their answers as defaults. */
  review: boolean;
  /** `--only`: a category or criterion id; only the criteria under it are asked. */
  only?: string | undefined;
  prompter: Prompter;
  /**
   * The problem with a value for a criterion (the checks `validate` makes), or undefined when it
   * fits: a number outside the criterion's bounds is asked again with this message.
   */
  check: (criterion: Criterion, value: unknown) => string | undefined;
  /** Saves one confirmed answer at once (throws when it cannot: the flow stops). */
  save: (criterionId: string, answer: ConfirmedAnswer) => void;
}

/** What happened: the criteria answered in this run, skipped, and not asked (computed). */
export interface ScoreFlowResult {
  answered: string[];
  skipped: string[];
  computed: string[];
}

const skip = Symbol('skip for now');
type Picked = AnswerValue | typeof skip;
const skipChoice: PromptChoice<typeof skip> = {
  value: skip,
  name: 'skip for now',
  description: 'leave it unanswered; the next run asks it again',
};

/** The criteria a run walks: all, or those under `only` (a category id or a criterion id). */
export function criteriaInScope(set: CriteriaSet, only: string | undefined): Criterion[] {
  if (only === undefined) return set.criteria;
  return set.criteria.filter((c) => c.id === only || c.path.includes(only));
}

/**
 * The questionnaire: asks each criterion of the set in tree order, one prompt kind per type,
 * and saves every confirmed answer before the next question. Answered criteria are passed over
 * unless `review` or `only`; cost and pairwise criteria are computed, never asked.
 */
export async function runScoreFlow(input: ScoreFlowInput): Promise<ScoreFlowResult> {
  const { set, prompter } = input;
  const result: ScoreFlowResult = { answered: [], skipped: [], computed: [] };
  const answerable = set.criteria.filter((c) => c.type !== 'cost' && c.type !== 'pairwise');
  const answered = new Set(
    answerable.filter((c) => hasValue(input.own.get(c.id))).map((c) => c.id),
  );
  const scope = criteriaInScope(set, input.only);
  result.computed = scope
    .filter((c) => c.type === 'cost' || c.type === 'pairwise')
    .map((c) => c.id);
  if (result.computed.length > 0) {
    prompter.say(
      `not asked (computed from the bid or the set's comparisons): ${result.computed.join(', ')}`,
    );
  }
  const walk = scope.filter(
    (c) =>
      c.type !== 'cost' &&
      c.type !== 'pairwise' &&
      (input.review || input.only !== undefined || !answered.has(c.id)),
  );
  if (walk.length === 0) {
    prompter.say(
      `every criterion${input.only === undefined ? '' : ` under ${input.only}`} is answered: use --review to go through them again`,
    );
    return result;
  }
  for (const criterion of walk) {
    prompter.say('');
    prompter.say(header(criterion, set, answerable, answered));
    if (criterion.help) prompter.say(`  ${criterion.help}`);
    const previous = input.own.get(criterion.id);
    // the questionnaire writes single values: re-asking a range would replace it by its mean
    if (previous?.range) {
      prompter.say(
        `  answered as a range (${rangeText(previous.range)}); kept as written: edit the file to change it`,
      );
      continue;
    }
    const picked = await ask(criterion, previous, input);
    if (picked === skip) {
      result.skipped.push(criterion.id);
      continue;
    }
    const evidence = await askEvidence(criterion, previous, prompter);
    const note = await askText(prompter, 'Note (optional, Enter for none)', previous?.note);
    input.save(criterion.id, { value: picked, evidence, note });
    answered.add(criterion.id);
    result.answered.push(criterion.id);
  }
  return result;
}

/** `80–85` or `3–5, most likely 4`, as the file states the range. */
function rangeText(r: AnswerRange): string {
  return r.kind === 'uniform' ? `${r.min}–${r.max}` : `${r.low}–${r.high}, most likely ${r.mode}`;
}

function hasValue(answer: Answer | undefined): boolean {
  return answer !== undefined && answer.value !== null;
}

/** `[12/40] sla › voice (3/9) · Voice service level`: overall and category progress. */
function header(
  c: Criterion,
  set: CriteriaSet,
  answerable: readonly Criterion[],
  answered: ReadonlySet<string>,
): string {
  const category = c.path[0];
  const inCategory = answerable.filter((x) => category === undefined || x.path[0] === category);
  const done = inCategory.filter((x) => answered.has(x.id)).length;
  const where = c.path.length ? `${c.path.join(' › ')} (${done}/${inCategory.length}) · ` : '';
  return `[${answered.size}/${answerable.length} answered] ${where}${c.name} (${c.id})`;
}

function ask(c: Criterion, previous: Answer | undefined, input: ScoreFlowInput): Promise<Picked> {
  const { prompter } = input;
  const message = c.question ?? c.name;
  const current = previous?.value ?? undefined;
  switch (c.type) {
    case 'scale': {
      const levels: PromptChoice<Picked>[] = [];
      for (let level = c.min; level <= c.max; level++) {
        const text = c.rubric.get(level);
        levels.push({ value: level, name: text ? `${level} ${text}` : String(level) });
      }
      return prompter.select<Picked>({
        message,
        choices: [...levels, skipChoice],
        default: current ?? undefined,
      });
    }
    case 'boolean':
      // a select, not a yes/no confirm: "skip for now" must be one of the answers
      return prompter.select<Picked>({
        message,
        choices: [{ value: true, name: 'yes' }, { value: false, name: 'no' }, skipChoice],
        default: current ?? undefined,
      });
    case 'choice':
      return prompter.select<Picked>({
        message,
        choices: [
          ...c.options.map((o) => ({
            value: o.value,
            name: o.label ? `${o.label} (${String(o.value)})` : String(o.value),
          })),
          skipChoice,
        ],
        default: current ?? undefined,
      });
    case 'multi':
      return askMulti(c, current, prompter);
    case 'number':
      return askNumber(c, current, input);
    case 'cost':
    case 'pairwise':
      // never reached: computed criteria are filtered out before asking
      return Promise.resolve(skip);
  }
}

async function askMulti(
  c: Extract<Criterion, { type: 'multi' }>,
  current: AnswerValue | undefined,
  prompter: Prompter,
): Promise<Picked> {
  const ticked = await prompter.checkbox<Picked>({
    message: `${c.question ?? c.name} (space ticks, Enter confirms; none ticked is an answer too)`,
    choices: [
      ...c.options.map((o) => ({
        value: o.value,
        name: o.label ? `${o.label} (${String(o.value)})` : String(o.value),
      })),
      skipChoice,
    ],
    checked: Array.isArray(current) ? current : undefined,
  });
  if (ticked.includes(skip)) return skip;
  return ticked.filter((v): v is string | number => v !== skip && typeof v !== 'object');
}

async function askNumber(
  c: Extract<Criterion, { type: 'number' }>,
  current: AnswerValue | undefined,
  input: ScoreFlowInput,
): Promise<Picked> {
  const range =
    c.min !== undefined || c.max !== undefined ? `${c.min ?? '−∞'}–${c.max ?? '∞'}` : undefined;
  const about = [c.unit, range].filter(Boolean).join(', ');
  const text = await input.prompter.input({
    message: `${c.question ?? c.name}${about ? ` (${about})` : ''} — Enter with nothing to skip for now`,
    default: typeof current === 'number' ? String(current) : undefined,
    validate: (typed) => {
      if (typed.trim() === '') return true;
      const parsed = numberFromText(typed);
      return input.check(c, parsed ? parsed.value : typed) ?? true;
    },
  });
  if (text.trim() === '') return skip;
  const parsed = numberFromText(text);
  // validate accepted it, so it parsed
  return parsed ? parsed.value : skip;
}

async function askEvidence(
  c: Criterion,
  previous: Answer | undefined,
  prompter: Prompter,
): Promise<string | undefined> {
  if (c.evidence === 'required') {
    const text = await prompter.input({
      message: 'Evidence (required: the document or source, and its date)',
      default: previous?.evidence,
      validate: (typed) =>
        typed.trim() !== '' || 'this criterion requires evidence: name the document and its date',
    });
    return text.trim();
  }
  // a criterion that says nothing about evidence is not asked for it; any written stays
  if (c.evidence === undefined) return previous?.evidence;
  return askText(prompter, 'Evidence (optional, Enter for none)', previous?.evidence);
}

async function askText(
  prompter: Prompter,
  message: string,
  previous: string | undefined,
): Promise<string | undefined> {
  const text = (await prompter.input({ message, default: previous })).trim();
  return text === '' ? undefined : text;
}
