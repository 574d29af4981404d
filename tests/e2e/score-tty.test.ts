import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTempDir } from '../helpers/temp.js';
import { bin, hasTmux, killServer, root, screen, tmux, waitFor, waitForText } from './tmux.js';
import { isBuilt } from '../cli/run-cli.js';

afterAll(killServer);

const start = `# my notes on Acme: second round
vendor: acme-care
name: Acme Care
evaluator: r.okafor
answers: {}
`;

describe.runIf(isBuilt)('score in a real terminal (tmux)', () => {
  it('with stdin from /dev/null (no terminal): one line, exit 2, nothing created', () => {
    const dir = makeTempDir();
    const r = spawnSync(process.execPath, [bin, 'score', 'acme-care.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error score asks its questions in a terminal, .*\(not-a-terminal\)/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(join(dir, 'acme-care.yaml'))).toBe(false);
  });

  it.skipIf(!hasTmux)(
    'Ctrl-C after two answers exits 130 with both saved; resumed and killed with SIGKILL, the file keeps all three and the comment',
    async () => {
      const dir = makeTempDir();
      copyFileSync(join(root, 'tests', 'fixtures', 'score', 'set.yaml'), join(dir, 'set.yaml'));
      const file = join(dir, 'acme-care.yaml');
      writeFileSync(file, start);
      const command = `'${process.execPath}' '${bin}' score acme-care.yaml -c set.yaml`;

      // first run: exit code into a file, read when the shell has it
      tmux(
        'new-session',
        '-d',
        '-s',
        'first',
        '-x',
        '120',
        '-y',
        '40',
        '-c',
        dir,
        `${command}; echo $? > exit-code`,
        ';',
        // the pane stays readable after the shell ends
        'set-option',
        '-t',
        'first',
        'remain-on-exit',
        'on',
      );
      await waitForText('first', 'How do you coach agents?');
      tmux('send-keys', '-t', 'first', 'Down', 'Down', 'Enter'); // 3 monthly
      await waitForText('first', 'Evidence (required');
      tmux('send-keys', '-t', 'first', '-l', 'RFP 4.1, 2026-05');
      tmux('send-keys', '-t', 'first', 'Enter');
      await waitForText('first', 'Note (optional');
      tmux('send-keys', '-t', 'first', 'Enter');
      await waitForText('first', 'What service level');
      tmux('send-keys', '-t', 'first', '-l', '95');
      tmux('send-keys', '-t', 'first', 'Enter');
      await waitFor(
        'the note prompt of the second question',
        () => screen('first').split('Note (optional').length > 2,
      );
      tmux('send-keys', '-t', 'first', 'Enter');
      await waitForText('first', 'Will you sign a GDPR');
      tmux('send-keys', '-t', 'first', 'C-c');
      const codeFile = join(dir, 'exit-code');
      await waitFor(
        'the first run to end',
        () => existsSync(codeFile) && readFileSync(codeFile, 'utf8').includes('\n'),
      );
      expect(readFileSync(codeFile, 'utf8')).toBe('130\n');
      expect(screen('first')).toContain(
        'interrupted: every confirmed answer is saved in acme-care.yaml; run "vendor-eval score acme-care.yaml" to go on',
      );
      expect(readFileSync(file, 'utf8')).toBe(`# my notes on Acme: second round
vendor: acme-care
name: Acme Care
evaluator: r.okafor
answers:
  coaching:
    value: 3
    evidence: RFP 4.1, 2026-05
  service-level: 95
`);

      // second run: resumes at the third question; exec, so the pane's process is node itself
      tmux(
        'new-session',
        '-d',
        '-s',
        'second',
        '-x',
        '120',
        '-y',
        '40',
        '-c',
        dir,
        `exec ${command}`,
      );
      await waitForText('second', 'Will you sign a GDPR');
      expect(screen('second')).not.toContain('How do you coach agents?');
      tmux('send-keys', '-t', 'second', 'Enter'); // yes
      await waitForText('second', 'Note (optional');
      tmux('send-keys', '-t', 'second', 'Enter');
      // the next question is shown only after the answer is saved
      await waitForText('second', 'Location (location)');
      const pid = Number(tmux('display-message', '-p', '-t', 'second', '#{pane_pid}').trim());
      process.kill(pid, 'SIGKILL');
      const saved = readFileSync(file, 'utf8');
      expect(saved.startsWith('# my notes on Acme: second round\n')).toBe(true);
      expect((parse(saved) as { answers: unknown }).answers).toEqual({
        coaching: { value: 3, evidence: 'RFP 4.1, 2026-05' },
        'service-level': 95,
        'gdpr-dpa': true,
      });
    },
    60_000,
  );
});
