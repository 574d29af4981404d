import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp.js';
import { bin, hasTmux, killServer, root, screen, tmux, waitFor, waitForText } from './tmux.js';
import { isBuilt } from '../cli/run-cli.js';

const car = readFileSync(join(root, 'tests', 'fixtures', 'weigh', 'car.yaml'), 'utf8');

afterAll(killServer);

describe.runIf(isBuilt && hasTmux)('weigh in a real terminal (tmux)', () => {
  it('three judgements reach a CR warning; the suggested revision is taken and written, comments kept', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'car.yaml');
    writeFileSync(file, car);
    const command = `'${process.execPath}' '${bin}' weigh car.yaml`;
    tmux(
      'new-session',
      '-d',
      '-s',
      'weigh',
      '-x',
      '160',
      '-y',
      '50',
      '-c',
      dir,
      `${command}; echo $? > exit-code`,
      ';',
      'set-option',
      '-t',
      'weigh',
      'remain-on-exit',
      'on',
    );
    // each select starts on "both are equally important (1)"
    await waitForText('weigh', 'How much more important is Cost than Safety?');
    tmux('send-keys', '-t', 'weigh', 'Down', 'Down', 'Down', 'Down', 'Enter'); // 1/5
    await waitForText('weigh', 'How much more important is Cost than Style?');
    tmux('send-keys', '-t', 'weigh', 'Up', 'Up', 'Enter'); // 3
    await waitForText('weigh', 'How much more important is Safety than Style?');
    tmux('send-keys', '-t', 'weigh', 'Down', 'Down', 'Enter'); // 1/3
    await waitForText('weigh', 'Revise Cost against Safety (now 1/5)?');
    expect(screen('weigh')).toContain(
      'CR 1.585 > 0.1 (saaty RI): the most inconsistent judgement is [cost, safety, 1/5]; the other judgements imply cost ≈ 9.00 × safety',
    );
    tmux('send-keys', '-t', 'weigh', 'Enter'); // use 9, the value the others imply
    await waitForText('weigh', 'Write this weighting into car.yaml?');
    expect(screen('weigh')).toContain('consistency ratio now: CR 0.000 (≤ 0.1: consistent)');
    expect(readFileSync(file, 'utf8')).toBe(car);
    tmux('send-keys', '-t', 'weigh', 'Enter'); // yes
    const codeFile = join(dir, 'exit-code');
    await waitFor(
      'weigh to end',
      () => existsSync(codeFile) && readFileSync(codeFile, 'utf8').includes('\n'),
    );
    expect(readFileSync(codeFile, 'utf8')).toBe('0\n');
    expect(screen('weigh')).toContain('wrote the ahp weighting of "car" to car.yaml (CR 0.000)');
    expect(readFileSync(file, 'utf8')).toBe(
      car.replace(
        'version: 1\n',
        `version: 1
weighting:
  method: ahp
  comparisons:
    - [cost, safety, 9]
    - [cost, style, 3]
    - [safety, style, "1/3"]
`,
      ),
    );
  }, 60_000);
});
