import type { RuleId } from '../core/rules.js';
import type { Issue } from '../core/issues.js';
import type { Answer, AnswerValue, CriteriaSet, Criterion } from '../core/model/types.js';
import { didYouMean } from '../core/suggest.js';
import { numberHint } from '../core/number-text.js';
import { citesEvidence } from '../core/model/evidence.js';
import type { CriteriaScope } from './criteria-scope.js';
import { isRangeValue, readAnswerRange } from './answer-range.js';

type Path = (string | number)[];

/**
 * The key paths of each criterion's answer (`answers.<id>`, `answers.<id>.value`), one pair per
 * criterion for all the files checked against one criteria lookup (`byId`, made once per run):
 * every answer's origin names one, and a thousand vendors × 200 criteria of their own would
 * be ~13 MB. Frozen: an origin's path is read (and copied), never changed.
 */
const answerPaths = new WeakMap<object, Map<string, { at: Path; value: Path }>>();

function answerPathsOf(
  byId: ReadonlyMap<string, Criterion>,
  key: string,
): { at: Path; value: Path } {
  let known = answerPaths.get(byId);
  if (!known) answerPaths.set(byId, (known = new Map<string, { at: Path; value: Path }>()));
  let paths = known.get(key);
  if (!paths) {
    paths = {
      at: Object.freeze(['answers', key]) as Path,
      value: Object.freeze(['answers', key, 'value']) as Path,
    };
    known.set(key, paths);
  }
  return paths;
}

/**
 * The keys of an answer written as a mapping: those of `answerObjectSchema`, written out so that
 * checking answers does not load the schema and zod (a test holds the two equal).
 */
export const answerKeys: readonly string[] = ['value', 'evidence', 'note'];

/** Keys of a range written where its `value:` should be. */
const rangeKeys = ['min', 'max', 'low', 'mode', 'high'];

/**
 * Checks one vendor file's `answers` against the criteria set: every key names a criterion,
 * every value fits its type and range. Returns the answers that are usable (null means "not
 * answered yet") and every problem at once, each with its key path. An answer to a criterion of
 * another set in `scope` is out of scope: left out and listed in `ignored`, not an error.
 */
export function checkAnswers(
  answers: Record<string, unknown>,
  set: CriteriaSet,
  file: string,
  evaluator: string | undefined,
  byId: ReadonlyMap<string, Criterion>,
  scope?: CriteriaScope,
): { answers: Map<string, Answer>; issues: Issue[]; ignored: string[] } {
  const out = new Map<string, Answer>();
  const issues: Issue[] = [];
  const ignored: string[] = [];
  for (const key of Object.keys(answers)) {
    const raw = answers[key];
    const { at, value: atValue } = answerPathsOf(byId, key);
    const criterion = byId.get(key);
    if (!criterion && scope && scope.setsOf(key).length > 0) {
      ignored.push(key);
      continue;
    }
    if (!criterion) {
      issues.push({
        severity: 'error',
        rule: 'unknown-criterion',
        message: `"${key}" is not a criterion of set "${set.id}"`,
        hint:
          didYouMean(key, byId.keys()) ??
          (scope ? didYouMean(key, scope.ids()) : undefined) ??
          `run "vendor-eval criteria show ${setRef(set)}" to list its criteria`,
        file,
        path: at,
        atKey: true,
      });
      continue;
    }
    const form = answerForm(raw, key, at, file, byId);
    issues.push(...form.issues);
    // null (`~` or an empty value) means "not answered yet", e.g. in a questionnaire template;
    // a note or evidence written beside it is kept, to be shown with the missing answer.
    if (form.value === undefined || form.value === null) {
      if (form.value === null && (form.note !== undefined || form.evidence !== undefined))
        out.set(key, {
          value: null,
          evidence: form.evidence,
          note: form.note,
          evaluator,
          origin: { file, path: atValue },
        });
      continue;
    }
    const valuePath = form.wrapped ? atValue : at;
    // `{ value: { min, max } }`: a range, scored at its mean (drawn by `sensitivity`)
    const ranged =
      form.wrapped && isRangeValue(form.value)
        ? readAnswerRange(criterion, form.value, valuePath, file)
        : undefined;
    const problems = ranged ? ranged.issues : checkValue(criterion, form.value, valuePath, file);
    issues.push(...problems);
    if (problems.length > 0) continue;
    const range = ranged?.range ? ranged : undefined;
    if (criterion.evidence === 'required' && !citesEvidence(form.evidence)) {
      issues.push({
        severity: 'warning',
        rule: 'evidence-required',
        message: `the answer to "${key}" cites no evidence, which this criterion requires`,
        hint: `write it as { value: ${JSON.stringify(form.value)}, evidence: "document, date" }`,
        file,
        path: at,
      });
    }
    out.set(key, {
      value: range ? range.value : (form.value as AnswerValue),
      evidence: form.evidence,
      note: form.note,
      evaluator,
      ...(range ? { range: range.range } : {}),
      origin: { file, path: valuePath },
    });
  }
  return { answers: out, issues, ignored };
}

function answerForm(
  raw: unknown,
  criterionId: string,
  at: Path,
  file: string,
  byId: ReadonlyMap<string, Criterion>,
): { value: unknown; evidence?: string; note?: string; wrapped: boolean; issues: Issue[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { value: raw, wrapped: false, issues: [] };
  }
  const record = raw as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(record)) {
    if (!answerKeys.includes(key)) {
      issues.push({
        severity: 'error',
        rule: 'unknown-key',
        message: `unknown key "${key}" in an answer`,
        // A criterion's answer indented one step too far is read as a key of the answer above.
        hint: byId.has(key)
          ? `"${key}" is a criterion: it is indented under "${criterionId}"; line it up with its siblings`
          : rangeKeys.includes(key)
            ? 'a range goes under value: { value: { min: 80, max: 85 } }'
            : (didYouMean(key, answerKeys) ??
              'an answer is a bare value or { value, evidence, note }'),
        file,
        path: [...at, key],
        atKey: true,
      });
    }
  }
  if (!Object.hasOwn(record, 'value')) {
    issues.push({
      severity: 'error',
      rule: 'required',
      message: `the answer to "${criterionId}" is a mapping without \`value\``,
      hint: 'write { value: …, evidence: "…" }',
      file,
      path: at,
    });
  }
  const text = (key: string): string | undefined => {
    const v = record[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    issues.push({
      severity: 'error',
      rule: 'invalid-type',
      message: `${key} must be text`,
      file,
      path: [...at, key],
    });
    return undefined;
  };
  const evidence = text('evidence');
  const note = text('note');
  return {
    value: record.value,
    ...(evidence !== undefined ? { evidence } : {}),
    ...(note !== undefined ? { note } : {}),
    wrapped: true,
    issues,
  };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** Problems with one answer value for its criterion (empty when it fits). */
export function checkValue(c: Criterion, value: unknown, path: Path, file: string): Issue[] {
  const bad = (rule: RuleId, message: string, hint?: string): Issue[] => [
    { severity: 'error', rule, message, hint, file, path },
  ];
  switch (c.type) {
    case 'scale':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return bad(
          'invalid-type',
          `"${c.id}" takes a whole number from ${c.min} to ${c.max}, found ${describe(value)}`,
          numberHint(value, true),
        );
      }
      if (value < c.min || value > c.max) {
        return bad(
          'out-of-range',
          `"${c.id}" is ${value}, outside the scale ${c.min}–${c.max}`,
          rubricHint(c),
        );
      }
      return [];
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return bad(
          'invalid-type',
          `"${c.id}" takes a finite number${c.unit ? ` (${c.unit})` : ''}, found ${describe(value)}`,
          numberHint(value),
        );
      }
      if ((c.min !== undefined && value < c.min) || (c.max !== undefined && value > c.max)) {
        return bad(
          'out-of-range',
          `"${c.id}" is ${value}, outside ${c.min ?? '−∞'}–${c.max ?? '∞'}${c.unit ? ` ${c.unit}` : ''}`,
        );
      }
      return [];
    case 'boolean':
      if (typeof value !== 'boolean') {
        return bad(
          'invalid-type',
          `"${c.id}" takes true or false, found ${describe(value)}`,
          'YAML 1.2: write true or false (yes/no are text)',
        );
      }
      return [];
    case 'choice': {
      const values = c.options.map((o) => o.value);
      if (!values.some((v) => v === value)) {
        return bad(
          'invalid-choice',
          `"${c.id}" has no option ${describe(value)}`,
          didYouMean(String(value), values.map(String)) ??
            `options: ${values.map(String).join(', ')}`,
        );
      }
      return [];
    }
    case 'multi': {
      const values = c.options.map((o) => o.value);
      if (!Array.isArray(value)) {
        return bad(
          'invalid-type',
          `"${c.id}" takes a list of options, found ${describe(value)}`,
          `write a list, e.g. [${values.slice(0, 2).map(String).join(', ')}]`,
        );
      }
      const issues: Issue[] = [];
      value.forEach((v: unknown, i) => {
        if (!values.some((o) => o === v)) {
          issues.push({
            severity: 'error',
            rule: 'invalid-choice',
            message: `"${c.id}" has no option ${describe(v)}`,
            hint:
              didYouMean(String(v), values.map(String)) ??
              `options: ${values.map(String).join(', ')}`,
            file,
            path: [...path, i],
          });
        } else if (value.indexOf(v) !== i) {
          issues.push({
            severity: 'error',
            rule: 'duplicate-option',
            message: `"${c.id}" lists ${describe(v)} twice`,
            file,
            path: [...path, i],
          });
        }
      });
      return issues;
    }
    case 'cost':
      return bad(
        'computed-criterion',
        `"${c.id}" is a cost criterion: it is computed from the vendor's pricing, not answered`,
        'remove the answer and describe the offer under `pricing`',
      );
    case 'pairwise':
      return bad(
        'computed-criterion',
        `"${c.id}" is a pairwise criterion: it is scored from the comparisons in the criteria set, not answered`,
        "remove the answer and compare this vendor with others under the criterion's `comparisons`",
      );
  }
}

function rubricHint(c: Extract<Criterion, { type: 'scale' }>): string | undefined {
  if (!c.rubric.size) return undefined;
  return `the rubric: ${[...c.rubric].map(([level, text]) => `${level} ${text}`).join(', ')}`;
}

/** How to name the set to `criteria show`: its id when built in, else its file. */
function setRef(set: CriteriaSet): string {
  return !set.file || set.builtin ? set.id : set.file;
}
