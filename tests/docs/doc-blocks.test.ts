import { describe, expect, it } from 'vitest';
import { examples, matches, parseCommand } from './doc-blocks.js';

describe('matching shown output against real output', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['a', 'b', 'c'], false],
    [['a', '…'], ['a', 'b', 'c'], true],
    [['…', 'c'], ['a', 'b', 'c'], true],
    [['a', '…', 'c'], ['a', 'c'], true],
    [['a', '…', 'c'], ['a', 'b'], false],
    [['│ 1 │ x │ …'], ['│ 1 │ x │ 2 │'], true],
    [['│ 1 │ y │ …'], ['│ 1 │ x │ 2 │'], false],
    [['a … b'], ['a x b'], false],
    [[], [], true],
    [[], ['a'], false],
  ])('%j against %j: %s', (expected, actual, result) => {
    expect(matches(expected, actual)).toBe(result);
  });
});

describe('reading commands', () => {
  it.each([
    ['vendor-eval rank x', { args: ['rank', 'x'] }],
    ['npx vendor-eval rank "a b"', { args: ['rank', 'a b'] }],
    ['npx --no -- vendor-eval validate', { args: ['validate'] }],
    ['cd docs/w && vendor-eval rank', { cwd: 'docs/w', args: ['rank'] }],
    [
      'SOURCE_DATE_EPOCH=0 A_B=x vendor-eval report',
      { env: { SOURCE_DATE_EPOCH: '0', A_B: 'x' }, args: ['report'] },
    ],
    ['SOURCE_DATE_EPOCH=0 cp a b', {}],
    ['vendor-eval rank --format json | jq .', {}],
    ['vendor-eval criteria show sla > sla.yaml', {}],
    ['cp a b', {}],
  ])('%s', (command, parsed) => {
    expect(parseCommand(command)).toEqual(parsed);
  });
});

describe('finding examples in Markdown', () => {
  const md = [
    'Intro.',
    '',
    '<!-- doc-test: cwd=docs/x columns=80 exit=2 -->',
    '',
    '```text',
    '$ vendor-eval one',
    'out 1',
    '',
    '$ vendor-eval two',
    'out 2',
    '```',
    '',
    '```sh',
    'npx vendor-eval three',
    '```',
    '',
    '```text',
    'out 3',
    '```',
    '',
    '```text',
    'plain output, no command: not an example',
    '```',
    '``` not a closing fence',
    '```',
  ].join('\n');
  it('reads transcripts, sh + text pairs, directives and line ranges', () => {
    const found = examples('x.md', md).map((e) => ({
      line: e.line,
      args: e.args,
      cwd: e.cwd,
      columns: e.columns,
      exit: e.exit,
      expected: e.expected,
      range: e.range,
    }));
    expect(found).toEqual([
      {
        line: 6,
        args: ['one'],
        cwd: 'docs/x',
        columns: 80,
        exit: 2,
        expected: ['out 1'],
        range: [6, 7],
      },
      {
        line: 9,
        args: ['two'],
        cwd: 'docs/x',
        columns: 80,
        exit: 2,
        expected: ['out 2'],
        range: [9, 10],
      },
      {
        line: 14,
        args: ['three'],
        cwd: '',
        columns: 200,
        exit: undefined,
        expected: ['out 3'],
        range: [17, 18],
      },
    ]);
  });
});
