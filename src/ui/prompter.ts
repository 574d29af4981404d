/** One entry of a select or checkbox list. */
export interface PromptChoice<T> {
  value: T;
  name: string;
  /** Shown under the list while this entry is highlighted (a rubric text, an option's label). */
  description?: string | undefined;
}

/**
 * The questions the interactive commands ask, and nothing else: the flows are written against
 * this seam, so they run in tests with scripted answers and in the terminal with
 * `@inquirer/prompts` (`inquirer-prompter.ts`, loaded only by the commands that prompt).
 * Every prompt rejects with an error named `ExitPromptError` when the user presses Ctrl-C.
 */
export interface Prompter {
  /** One of `choices`; `default` is highlighted first. */
  select<T>(question: {
    message: string;
    choices: PromptChoice<T>[];
    default?: T | undefined;
  }): Promise<T>;
  /** Any number of `choices`; those in `checked` start ticked. */
  checkbox<T>(question: {
    message: string;
    choices: PromptChoice<T>[];
    checked?: readonly T[] | undefined;
  }): Promise<T[]>;
  /** Free text; `validate` returns true or the message to show before asking again. */
  input(question: {
    message: string;
    default?: string | undefined;
    validate?: ((text: string) => true | string) | undefined;
  }): Promise<string>;
  /** Prints a line between prompts (headers, notes, the summary); never on stdout. */
  say(line: string): void;
}
