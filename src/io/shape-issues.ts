import type { RuleId } from '../core/rules.js';
import type { z } from 'zod';
import type { Issue } from '../core/issues.js';
import { locate } from './locate.js';
import type { SourceFile } from './source.js';
import { didYouMean } from '../core/suggest.js';
import { numberFromText, numberHint } from '../core/number-text.js';
import { isId, slugOf } from '../core/model/ids.js';

/** Known keys of each object kind, for "did you mean" hints on unknown keys. */
export type KnownKeys = (path: readonly (string | number)[], data: unknown) => readonly string[];

/**
 * Turns zod issues on a file's data into positioned, readable issues: one per problem, unknown
 * keys pointed at the key itself, with a "did you mean" hint where a known key is close.
 */
export function shapeIssues(
  source: SourceFile,
  zodIssues: readonly z.core.$ZodIssue[],
  knownKeys: KnownKeys,
): Issue[] {
  const issues: Issue[] = [];
  for (const zi of zodIssues.flatMap(pastTheUnion)) {
    const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (zi.code === 'unrecognized_keys') {
      const known = knownKeys(path, source.data);
      for (const key of zi.keys) {
        const keyPath = [...path, key];
        issues.push({
          severity: 'error',
          rule: 'unknown-key',
          message: `unknown key "${key}"${where(path)}`,
          hint:
            didYouMean(key, known) ??
            (known.length ? `allowed keys: ${known.join(', ')}` : undefined),
          file: source.file,
          path: keyPath,
          ...locate(source, keyPath, { key: true }),
        });
      }
      continue;
    }
    const value = valueAt(source.data, path);
    issues.push({
      severity: 'error',
      rule: ruleOf(zi, value),
      message: messageOf(zi, path, value),
      hint: shareHint(path, value) ?? hintOf(zi, value),
      file: source.file,
      path,
      ...locate(source, path),
    });
  }
  return issues;
}

/**
 * A union whose value has the type of exactly one option (`requireEvidence: [1]` is a list, not
 * true or false) fails inside that option: its issues, at their place in the value
 * (`requireEvidence[0] must be text`), say more than "an unexpected form".
 */
function pastTheUnion(zi: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (zi.code !== 'invalid_union' || isDiscriminated(zi)) return [zi];
  const typeMismatch = (branch: readonly z.core.$ZodIssue[]) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0;
  const mismatched = zi.errors.filter(typeMismatch);
  // Every option refuses the value's type: a scalar where only one option is a scalar (a weight
  // is a number or a `{min, max}` range) is told what that option wants ("must be a number").
  const scalarOnly = mismatched.filter((b) => scalarTypes.has(expectedOf(b)));
  const matching =
    mismatched.length === zi.errors.length && scalarOnly.length === 1
      ? scalarOnly
      : zi.errors.filter((branch) => !typeMismatch(branch));
  const [only] = matching;
  if (matching.length !== 1 || !only || only.length === 0) return [zi];
  return only.flatMap((inner) => pastTheUnion({ ...inner, path: [...zi.path, ...inner.path] }));
}

const scalarTypes = new Set(['number', 'int', 'string', 'boolean']);

/** The type a one-issue type-mismatch branch of a union expected. */
function expectedOf(branch: readonly z.core.$ZodIssue[]): string {
  const [issue] = branch;
  return issue?.code === 'invalid_type' ? issue.expected : '';
}

/** The value at a key path of plain data, or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function where(path: readonly (string | number)[]): string {
  return path.length ? ` in ${dotted(path)}` : '';
}

/** `categories[0].criteria[2].weight` */
export function dotted(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(truncate(value))}`;
  const text = scalarText(value);
  // a parsed YAML or JSON document holds nothing else (no functions, no symbols)
  return text === undefined ? typeof value : `${typeof value} ${text}`;
}

/** What a did-you-mean compares: a scalar, or the one item of a list written around it (`[scale]`). */
function suggestionText(value: unknown): string | undefined {
  return Array.isArray(value) && value.length === 1 ? scalarText(value[0]) : scalarText(value);
}

/** A scalar as the user wrote it (`42`, `true`); undefined for anything that is not a scalar. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return undefined;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

// zod leaves `input` out of its issues unless asked, so whether a value is missing is decided
// from the data as written.
function ruleOf(zi: z.core.$ZodIssue, value: unknown): RuleId {
  switch (zi.code) {
    case 'invalid_type':
      return value === undefined ? 'required' : 'invalid-type';
    case 'too_small':
    case 'too_big':
      return 'out-of-range';
    case 'invalid_union':
      return value === undefined && isDiscriminated(zi) ? 'required' : 'invalid-value';
    case 'invalid_value':
      return 'invalid-value';
    case 'invalid_format':
      return 'invalid-format';
    default:
      return 'invalid-value';
  }
}

const expectedNames: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  tuple: 'a list',
  record: 'a mapping',
};

function messageOf(
  zi: z.core.$ZodIssue,
  path: readonly (string | number)[],
  value: unknown,
): string {
  const at = dotted(path) || 'the file';
  switch (zi.code) {
    case 'invalid_type': {
      if (value === undefined) return `${at} is required`;
      const expected = expectedNames[zi.expected] ?? zi.expected;
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return `${at} must be a finite number, found ${yamlNumber(value)}`;
      }
      return `${at} must be ${expected}, found ${describe(value)}`;
    }
    case 'too_small': {
      if (zi.origin === 'array') return `${at} needs at least ${String(zi.minimum)} item(s)`;
      if (zi.origin === 'string') return `${at} must not be empty`;
      const op = zi.inclusive ? 'at least' : 'greater than';
      return `${at} must be ${op} ${String(zi.minimum)}, found ${describe(value)}`;
    }
    case 'too_big': {
      if (zi.origin === 'array') return `${at} allows at most ${String(zi.maximum)} item(s)`;
      const op = zi.inclusive ? 'at most' : 'less than';
      return `${at} must be ${op} ${String(zi.maximum)}, found ${describe(value)}`;
    }
    case 'invalid_value':
      return `${at} must be one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describe(value)}`;
    case 'invalid_format':
      return `${at} ${zi.message}, found ${describe(value)}`;
    case 'invalid_union': {
      if (isDiscriminated(zi)) {
        const options = (zi as { options?: unknown[] }).options ?? [];
        const list = options.map(String).join(', ');
        return value === undefined
          ? `${at} is required (one of ${list})`
          : `${at} must be one of ${list}, found ${describe(value)}`;
      }
      return `${at} has an unexpected form (${describe(value)})`;
    }
    default:
      return `${at}: ${zi.message}`;
  }
}

function isDiscriminated(zi: z.core.$ZodIssue): boolean {
  return zi.code === 'invalid_union' && 'discriminator' in zi && Boolean(zi.discriminator);
}

/** How YAML spells a non-finite number (`.inf`, `-.inf`, `.nan`), as the user wrote it. */
function yamlNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  return value > 0 ? '.inf' : '-.inf';
}

/** What to write in a text key left empty (`evaluator: ""`), by the key's name. */
const emptyTextHints: Readonly<Record<string, string>> = {
  evaluator: 'write who scored (e.g. evaluator: a.lee), or remove the line',
  rationale: 'write why the panel agreed this value',
  by: 'write who moderated (a name or a role)',
};

/** Keys whose value is a share from 0 to 1, which people often write as a percentage. */
const shareKeys = new Set(['minRobustness']);

/**
 * For a share written as a percentage (`minRobustness: 80` or `"80%"`), the share to write: the
 * generic hints would say `write 80`, which is refused in turn. A bare number is read as a
 * percentage only when it is a whole number from 2 to 100 (1.5 could be anything).
 */
function shareHint(path: readonly PropertyKey[], value: unknown): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string' || !shareKeys.has(key)) return undefined;
  const text = typeof value === 'string' ? numberFromText(value) : undefined;
  const percent =
    text?.slip === 'percent'
      ? text.value
      : typeof value === 'number' && Number.isInteger(value)
        ? value
        : undefined;
  const share = `${key} is a share from 0 to 1`;
  if (percent !== undefined && percent >= (text ? 0 : 2) && percent <= 100) {
    const n = String(Number((percent / 100).toPrecision(12)));
    return `write ${n}: ${share} (${n} is ${String(percent)}%)`;
  }
  if (text?.slip === 'percent' || (typeof value === 'number' && value > 1))
    return `${share}: 0.8 is 80%`;
  return undefined;
}

function hintOf(zi: z.core.$ZodIssue, value: unknown): string | undefined {
  // `moderated: { csat: 4 }`: the agreed value needs its why and who
  if (
    zi.code === 'invalid_type' &&
    zi.expected === 'object' &&
    zi.path.length === 2 &&
    zi.path[0] === 'moderated' &&
    value !== null &&
    typeof value !== 'object'
  )
    return `write it as { value: ${JSON.stringify(value)}, rationale: "why the panel agreed it", by: "who moderated" }`;
  if (zi.code === 'too_small' && zi.origin === 'string') {
    const key = zi.path[zi.path.length - 1];
    return typeof key === 'string' ? emptyTextHints[key] : undefined;
  }
  if (isDiscriminated(zi)) {
    if (value === undefined) return 'every criterion needs a type';
    const options = ('options' in zi ? (zi.options ?? []) : []).map(String);
    const text = suggestionText(value);
    return text === undefined ? undefined : didYouMean(text, options);
  }
  if (zi.code === 'invalid_format') {
    // the only other pattern in the schemas is the AHP ratio, whose message already says it all
    if (!zi.message.includes('kebab-case')) return undefined;
    const slug = typeof value === 'string' ? slugOf(value) : '';
    return isId(slug) ? `write "${slug}"` : 'ids are kebab-case, e.g. "service-level"';
  }
  if (zi.code === 'invalid_type' && (zi.expected === 'number' || zi.expected === 'int')) {
    return numberHint(value, zi.expected === 'int');
  }
  if (zi.code === 'invalid_value' && typeof value === 'string') {
    return didYouMean(value, zi.values.map(String));
  }
  return undefined;
}
