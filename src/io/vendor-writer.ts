import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { failed, ok, type Result } from '../core/issues.js';
import type { AnswerValue } from '../core/model/types.js';

/** One answer as the questionnaire writes it: a bare value, or with its evidence and note. */
export interface WrittenAnswer {
  value: AnswerValue;
  evidence?: string | undefined;
  note?: string | undefined;
}

/**
 * The text of `text` with `answers.<id>` set to `answer`, everything else as it was: comments,
 * key order, quoting and layout come from the yaml Document API, so only the changed answer's
 * lines differ. A comment on a replaced answer stays with it. An answer with evidence or a note
 * is written as a mapping of `value`, `evidence` and `note`; a list in flow style, as the example
 * files write them.
 */
export function withAnswer(text: string, id: string, answer: WrittenAnswer): string {
  const doc = parseDocument(text);
  const root = doc.contents as Node | null;
  // the caller checked the file (a vendor file is a mapping) before asking anything
  if (!isMap(root)) throw new Error('a vendor file must be a mapping');
  let answers = root.get('answers', true) as Node | undefined;
  if (!isMap(answers)) {
    // `answers:` with nothing under it (or `~`): a block mapping in its place
    const fresh = doc.createNode({});
    if (isScalar(answers)) fresh.commentBefore = answers.commentBefore;
    root.set('answers', fresh);
    answers = fresh;
  }
  // `answers: {}` of a new file becomes a block mapping with its first answer
  if (isMap(answers) && answers.flow && answers.items.length === 0) answers.flow = false;
  const plain = answer.evidence === undefined && answer.note === undefined;
  const node = doc.createNode(
    plain
      ? answer.value
      : {
          value: answer.value,
          ...(answer.evidence !== undefined ? { evidence: answer.evidence } : {}),
          ...(answer.note !== undefined ? { note: answer.note } : {}),
        },
  ) as Node;
  // a list of options on one line, `[a, b]`, as the example files write them
  if (isSeq(node)) node.flow = true;
  if (isMap(node)) {
    const value = node.get('value', true);
    if (isSeq(value)) value.flow = true;
  }
  const old = answers.get(id, true) as Node | undefined;
  if (old) {
    node.comment = old.comment;
    node.commentBefore = old.commentBefore;
  }
  answers.set(id, node);
  return doc.toString({ lineWidth: 0 });
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
            ? `${display} was removed while the questionnaire ran; the last answer was not saved`
            : `${display} was changed by someone else while the questionnaire ran; the last answer was not saved`,
        hint: `run "vendor-eval score ${display}" again to go on from the file as it is now`,
        file: display,
      },
    ]);
  }
  writeAtomic(path, next);
  return ok(next);
}

function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content, { flush: true });
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}
