// `report`'s choices made before rendering: the format from -o's extension, the record's date.
import { describe, expect, it } from 'vitest';
import { recordDate, reportFormatOf } from '../../src/cli/run/report.js';
import { runCli } from './run-cli.js';

describe('reportFormatOf', () => {
  it.each([
    [{}, 'html'],
    [{ output: 'decision.html' }, 'html'],
    [{ output: 'decision.md' }, 'markdown'],
    [{ output: 'out/Decision.MARKDOWN' }, 'markdown'],
    [{ output: 'decision.md.txt' }, 'html'],
    [{ output: 'decision.md', format: 'html' }, 'html'],
    [{ format: 'markdown' }, 'markdown'],
  ] as const)('%o → %s', (options, expected) => {
    expect(reportFormatOf(options)).toBe(expected);
  });
});

describe('recordDate', () => {
  const now = () => new Date('2026-12-07T11:00:00.000Z');

  it('is SOURCE_DATE_EPOCH (seconds) when set, for reproducible records', () => {
    expect(recordDate({ SOURCE_DATE_EPOCH: '0' }, now)).toBe('1970-01-01T00:00:00.000Z');
    expect(recordDate({ SOURCE_DATE_EPOCH: '1767225600' }, now)).toBe('2026-01-01T00:00:00.000Z');
  });

  it('is now without it, or when it is not a whole number of seconds', () => {
    expect(recordDate({}, now)).toBe('2026-12-07T11:00:00.000Z');
    expect(recordDate({ SOURCE_DATE_EPOCH: '' }, now)).toBe('2026-12-07T11:00:00.000Z');
    expect(recordDate({ SOURCE_DATE_EPOCH: '-5' }, now)).toBe('2026-12-07T11:00:00.000Z');
    expect(recordDate({ SOURCE_DATE_EPOCH: '1.5' }, now)).toBe('2026-12-07T11:00:00.000Z');
    // past the last date a Date can hold (year 275760): not a crash
    expect(recordDate({ SOURCE_DATE_EPOCH: '99999999999999999' }, now)).toBe(
      '2026-12-07T11:00:00.000Z',
    );
  });
});

describe('report to a terminal', () => {
  it('refuses to print the HTML page on a terminal, and says what to do instead', async () => {
    const r = await runCli(['report', 'examples/vendors', '-q'], { stdoutIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error the HTML record is a file to open in a browser, not terminal output (html-to-terminal) — write it with -o decision.html, pipe it, or use --format markdown\n',
    );
  });

  it('prints the markdown record on a terminal', async () => {
    const r = await runCli(['report', 'examples/vendors', '-q', '-f', 'markdown'], {
      stdoutIsTTY: true,
      env: { SOURCE_DATE_EPOCH: '0' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# Decision record: Customer service outsourcing');
  });
});
