import { inertText, oneLine } from '../report/inert-text.js';
import type { PromptChoice, Prompter } from './prompter.js';

function inertChoices<T>(choices: PromptChoice<T>[]): PromptChoice<T>[] {
  return choices.map((c) => ({
    ...c,
    name: oneLine(c.name),
    ...(c.description === undefined ? {} : { description: inertText(c.description) }),
  }));
}

/**
 * A Prompter whose every shown text is inert: prompt messages, choice names and lines said are
 * one line ({@link oneLine}), descriptions keep their line breaks ({@link inertText}). They
 * quote criteria sets and vendor files (names, questions, rubric texts, earlier evidence), and a
 * terminal must not act on an escape sequence in them. A default typed answer is left as it is
 * unless it holds such a character, so accepting a multi-line note keeps it whole; values (what
 * a choice returns) are never changed.
 */
export function inertPrompter(p: Prompter): Prompter {
  return {
    select: (q) =>
      p.select({ ...q, message: oneLine(q.message), choices: inertChoices(q.choices) }),
    checkbox: (q) =>
      p.checkbox({ ...q, message: oneLine(q.message), choices: inertChoices(q.choices) }),
    input: (q) =>
      p.input({
        ...q,
        message: oneLine(q.message),
        default: q.default === undefined ? undefined : inertText(q.default),
      }),
    say: (line) => p.say(oneLine(line)),
  };
}
