import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { failed, ok, type Result } from '../core/issues.js';
import type { AnswerValue } from '../core/model/types.js';
import { writeFileAtomic } from './atomic-write.js';
import { replaceKeepingComments } from './replace-node.js';
import { indentAt, trimEnd } from './text-splice.js';

/** One answer as the questionnaire writes it: a bare value, or with its evidence and note. */
export interface WrittenAnswer {
  value: AnswerValue;
  evidence?: string | undefined;
  note?: string | undefined;
}

/**
 * The text of `text` with `answers.<id>` set to `answer`, every other byte as it was: the
 * answer's own lines are spliced into the text at the positions the yaml parser gives (a whole
 * re-print would move comments and blank lines the user wrote). A replaced answer keeps its
 * comment, and its flow style when it was written `{ … }`; a new one goes after the last
 * answer, at the same indentation. An answer with evidence or a note is a mapping of `value`,
 * `evidence` and `note`; a list of options is written in flow style, as the example files do.
 * Should the splice not read back as the intended answer (an unusual layout), the yaml Document
 * API prints the whole file instead, comments kept.
 */
export function withAnswer(text: string, id: string, answer: WrittenAnswer): string {
  const spliced = splice(text, id, answer);
  if (spliced !== undefined && readsBack(spliced, id, answer)) return spliced;
  return reprint(text, id, answer);
}

function plainOf(answer: WrittenAnswer): unknown {
  return answer.evidence === undefined && answer.note === undefined
    ? answer.value
    : {
        value: answer.value,
        ...(answer.evidence !== undefined ? { evidence: answer.evidence } : {}),
        ...(answer.note !== undefined ? { note: answer.note } : {}),
      };
}

/** `id: value` as YAML lines, the lines after the first indented by `indent`. */
function render(id: string, answer: WrittenAnswer, indent: string, flow: boolean): string {
  const doc = new Document({ [id]: plainOf(answer) });
  const root = doc.contents as unknown as Node;
  const value = isMap(root) ? (root.get(id, true) as Node | undefined) : undefined;
  if ((isMap(value) || isSeq(value)) && flow) value.flow = true;
  if (isSeq(value)) value.flow = true;
  if (isMap(value)) {
    const inner = value.get('value', true);
    if (isSeq(inner)) inner.flow = true;
  }
  const lines = doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
  return lines.map((line, i) => (i === 0 ? line : `${indent}${line}`)).join('\n');
}

function splice(text: string, id: string, answer: WrittenAnswer): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const root = doc.contents as Node | null;
  if (!isMap(root)) return undefined;
  const rootPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'answers');
  const answers = rootPair?.value as Node | null | undefined;
  if (!rootPair || answers === null || answers === undefined) {
    // no `answers:` yet, or `answers:` with nothing after it
    if (rootPair) return undefined;
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return `${text}${sep}answers:\n  ${render(id, answer, '  ', false)}\n`;
  }
  if (!isMap(answers) || !answers.range) return undefined;
  const [start, valueEnd] = answers.range;
  const pair = answers.items.find((p) => isScalar(p.key) && p.key.value === id);
  if (pair) {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    if (!key.range || !value?.range) return undefined;
    const indent = indentAt(text, key.range[0]);
    const flow = (isMap(value) || isSeq(value)) && value.flow === true;
    const end = trimEnd(text, value.range[1]);
    return text.slice(0, key.range[0]) + render(id, answer, indent, flow) + text.slice(end);
  }
  const last = answers.items.at(-1);
  if (!last) {
    // `answers: {}` (a new file): the first answer on its own line below
    if (!answers.flow) return undefined;
    let from = start;
    while (from > 0 && text[from - 1] === ' ') from--;
    return `${text.slice(0, from)}\n  ${render(id, answer, '  ', false)}${text.slice(valueEnd)}`;
  }
  if (answers.flow) return undefined;
  const lastKey = last.key as Node;
  const lastValue = last.value as Node | null;
  const after = lastValue?.range ? trimEnd(text, lastValue.range[1]) : undefined;
  if (!lastKey.range || after === undefined) return undefined;
  const indent = indentAt(text, lastKey.range[0]);
  // after the last answer's line, its trailing comment included
  const lineEnd = text.indexOf('\n', after);
  const at = lineEnd === -1 ? text.length : lineEnd;
  const nl = lineEnd === -1 ? '\n' : '';
  return `${text.slice(0, at)}\n${indent}${render(id, answer, indent, false)}${nl}${text.slice(at)}`;
}

function readsBack(text: string, id: string, answer: WrittenAnswer): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  const data = doc.toJS() as { answers?: Record<string, unknown> } | null;
  return isDeepStrictEqual(data?.answers?.[id], plainOf(answer));
}

/** The whole file printed again by the Document API: for layouts the splice does not handle. */
function reprint(text: string, id: string, answer: WrittenAnswer): string {
  const doc = parseDocument(text);
  const root = doc.contents as Node | null;
  // the caller checked the file (a vendor file is a mapping) before asking anything
  if (!isMap(root)) throw new Error('a vendor file must be a mapping');
  const found = root.get('answers', true) as Node | undefined;
  let answers: YAMLMap<unknown, unknown>;
  if (isMap(found)) answers = found;
  else {
    answers = doc.createNode({});
    root.set('answers', answers);
  }
  if (answers.flow && answers.items.length === 0) answers.flow = false;
  const node = doc.createNode(plainOf(answer)) as Node;
  if (isSeq(node)) node.flow = true;
  return replaceKeepingComments(doc, answers, id, node);
}

/** The text of a new vendor file: its id, name and evaluator, and no answers yet. */
export function newVendorText(id: string, name: string, evaluator: string): string {
  return new Document({ vendor: id, name, evaluator, answers: {} }).toString({ lineWidth: 0 });
}

/** The file's text, or undefined when it does not exist. */
export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes `next` to `path` if the file still holds `expected` (its text when last read or saved;
 * undefined: it must not exist yet). Someone else's change in between is a `file-changed` error,
 * and nothing is written. The write is atomic: a temporary file in the same folder, flushed, then
 * renamed over the target, so a crash at any moment leaves the old file or the new one.
 */
export function saveIfUnchanged(
  path: string,
  display: string,
  expected: string | undefined,
  next: string,
): Result<string> {
  const current = readText(path);
  if (current !== expected) {
    return failed([
      {
        severity: 'error',
        rule: 'file-changed',
        message:
          current === undefined
            ? 'the file was removed while the questionnaire ran; the last answer was not saved'
            : 'the file was changed by someone else while the questionnaire ran; the last answer was not saved',
        hint: `run "vendor-eval score ${display}" again to go on from the file as it is now`,
        file: display,
      },
    ]);
  }
  writeFileAtomic(path, next, { sweepStale: true });
  return ok(next);
}
