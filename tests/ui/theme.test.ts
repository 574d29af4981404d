import { describe, expect, it } from 'vitest';
import { plain } from '../../src/report/theme.js';
import { useColor } from '../../src/ui/color.js';
import { makeTheme, makeThemes } from '../../src/ui/theme.js';

describe('themes', () => {
  it('is plain without colour, ANSI with it', () => {
    expect(makeTheme(false)).toBe(plain);
    expect(makeTheme(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(makeTheme(true).bold('x')).toBe('\u001b[1mx\u001b[22m');
  });

  it('decides each stream on its own', () => {
    const themes = makeThemes({ stdoutIsTTY: true, stderrIsTTY: false, env: {}, flag: undefined });
    expect(themes.stdout.green('x')).not.toBe('x');
    expect(themes.stderr).toBe(plain);
  });

  it.each([
    [{ isTTY: true, env: {}, flag: undefined }, true],
    [{ isTTY: false, env: {}, flag: undefined }, false],
    [{ isTTY: true, env: { NO_COLOR: '1' }, flag: undefined }, false],
    [{ isTTY: true, env: { NO_COLOR: '1' }, flag: true }, true],
    [{ isTTY: false, env: { FORCE_COLOR: '1' }, flag: undefined }, true],
    [{ isTTY: true, env: { TERM: 'dumb' }, flag: undefined }, false],
  ])('useColor(%o) is %s', (inputs, expected) => {
    expect(useColor(inputs)).toBe(expected);
  });
});
