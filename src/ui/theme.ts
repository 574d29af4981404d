import { Chalk } from 'chalk';
import { plain, type Theme } from '../report/theme.js';
import { useColor } from './color.js';

/** The themes of one run: one per output stream, and `plain` for files. */
export interface Themes {
  stdout: Theme;
  stderr: Theme;
}

/** What the colour decision of a run depends on. */
export interface ThemeInputs {
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** `--color` (true), `--no-color` (false) or neither (undefined). */
  flag: boolean | undefined;
}

/** A theme with colour on (basic 16 colours) or off (`plain`). The only user of chalk. */
export function makeTheme(enabled: boolean): Theme {
  if (!enabled) return plain;
  const chalk = new Chalk({ level: 1 });
  return {
    red: (t) => chalk.red(t),
    yellow: (t) => chalk.yellow(t),
    green: (t) => chalk.green(t),
    cyan: (t) => chalk.cyan(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
    underline: (t) => chalk.underline(t),
  };
}

/** The stdout and stderr themes of a run, each from its own stream's colour decision. */
export function makeThemes(inputs: ThemeInputs): Themes {
  const { env, flag } = inputs;
  return {
    stdout: makeTheme(useColor({ isTTY: inputs.stdoutIsTTY, env, flag })),
    stderr: makeTheme(useColor({ isTTY: inputs.stderrIsTTY, env, flag })),
  };
}
