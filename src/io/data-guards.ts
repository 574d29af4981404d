// Checks on a file's plain data that no schema can make, run once right after parsing (from
// `parseSource`), whatever parser produced the data: how deep it nests, numbers that are not
// finite, and keys or ids that name a property of every JavaScript object.
import type { Issue } from '../core/issues.js';
import { locate } from './locate.js';
import { dotted } from './shape-issues.js';
import type { SourceFile } from './source.js';

/**
 * Lists and mappings may nest this deep. The deepest shipped file needs about 12 levels; past
 * this, code that walks the data recursively (zod, JSON output, reports) could exhaust the stack.
 */
export const maxDepth = 100;

/**
 * Keys and ids refused as reserved: the properties every plain object has (`Object.prototype`)
 * and `prototype`. Code that looks a key up in a record (`rates[channel]`) would find the
 * inherited function instead of nothing, and `__proto__` written by assignment replaces an
 * object's prototype. Refusing them in one place is simpler to prove than guarding every lookup.
 */
export const reservedNames: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/** Keys whose text value is an id: a reserved name there is refused like a reserved key. */
const idKeys = new Set(['id', 'vendor']);

/** A node of the walk: its value, how deep it is, and how it was reached (for its path). */
interface Step {
  value: unknown;
  depth: number;
  parent: Step | undefined;
  key: string | number | undefined;
}

/**
 * The problems of a file's data that must stop it before any schema or rule sees it, placed in
 * the file. Iterative (no recursion), so any depth of data is walked safely; one `too-deep`
 * issue per file at most.
 */
export function guardData(source: SourceFile): Issue[] {
  const issues: Issue[] = [];
  let tooDeep = false;
  const stack: Step[] = [{ value: source.data, depth: 0, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const { value } = step;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) && step.parent) issues.push(nonFinite(source, step));
      continue;
    }
    if (typeof value === 'string') {
      if (typeof step.key === 'string' && idKeys.has(step.key) && reservedNames.has(value)) {
        issues.push(
          reserved(
            source,
            pathOf(step),
            `"${value}" is a reserved name and cannot be an id`,
            false,
          ),
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (insideItself(step)) {
      issues.push(loop(source, pathOf(step)));
      continue;
    }
    const depth = step.depth + 1;
    if (depth > maxDepth) {
      if (!tooDeep) issues.push(deep(source, pathOf(step)));
      tooDeep = true;
      continue;
    }
    // pushed in reverse so the walk (and the issues) follow the file's order
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], depth, parent: step, key: i });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (reservedNames.has(key)) {
        const child: Step = { value: undefined, depth, parent: step, key };
        issues.push(
          reserved(source, pathOf(child), `"${key}" is a reserved name and cannot be a key`, true),
        );
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], depth, parent: step, key });
    }
  }
  return sortByPosition(issues);
}

/** An alias inside the node it names (`a: &x [*x]`) makes the data contain itself. */
function insideItself(step: Step): boolean {
  for (let s = step.parent; s; s = s.parent) if (s.value === step.value) return true;
  return false;
}

function loop(source: SourceFile, path: (string | number)[]): Issue {
  return {
    severity: 'error',
    rule: 'yaml-alias-bomb',
    message: 'an alias here refers to a list or mapping that contains it, an endless loop; refused',
    hint: 'write the value out, or point the alias at an anchor outside this list or mapping',
    file: source.file,
    path,
    ...locate(source, path),
  };
}

function pathOf(step: Step): (string | number)[] {
  const path: (string | number)[] = [];
  for (let s: Step | undefined = step; s?.key !== undefined; s = s.parent) path.push(s.key);
  return path.reverse();
}

function nonFinite(source: SourceFile, step: Step): Issue {
  const path = pathOf(step);
  const at = locate(source, path);
  const written = writtenText(source, at) ?? yamlSpelling(step.value as number);
  const spelled = /^[-+]?\.(inf|nan)$/i.test(written);
  return {
    severity: 'error',
    rule: 'invalid-type',
    message: `${dotted(path)} must be a finite number, found ${written}`,
    hint: spelled ? undefined : 'YAML reads a number this large as infinity; write a smaller one',
    file: source.file,
    path,
    ...at,
  };
}

function reserved(
  source: SourceFile,
  path: (string | number)[],
  message: string,
  atKey: boolean,
): Issue {
  return {
    severity: 'error',
    rule: 'reserved-name',
    message,
    hint: 'rename it: every JavaScript object has a property of that name, so vendor-eval refuses it (docs/file-formats.md#input-rules)',
    file: source.file,
    path,
    atKey,
    ...locate(source, path, { key: atKey }),
  };
}

function deep(source: SourceFile, path: (string | number)[]): Issue {
  return {
    severity: 'error',
    rule: 'too-deep',
    message: `lists or mappings are nested more than ${String(maxDepth)} levels deep here; refused`,
    hint: 'a vendor-eval file needs only a few levels: check for runaway brackets or indentation',
    file: source.file,
    path,
    ...locate(source, path),
  };
}

/** The number as written in the file (`1e400`), from its position, when it is on one line. */
function writtenText(
  source: SourceFile,
  at: {
    line: number;
    column: number;
    endLine?: number | undefined;
    endColumn?: number | undefined;
  },
): string | undefined {
  if (at.endLine !== at.line || at.endColumn === undefined) return undefined;
  const start = source.lineCounter.lineStarts[at.line - 1];
  if (start === undefined) return undefined;
  const text = source.text.slice(start + at.column - 1, start + at.endColumn - 1).trim();
  return text === '' || text.length > 40 ? undefined : text;
}

function yamlSpelling(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  return value > 0 ? '.inf' : '-.inf';
}

function sortByPosition(issues: Issue[]): Issue[] {
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
