import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, and the built binary the end-to-end tests drive. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = join(root, 'bin', 'vendor-eval.js');

/** Whether tmux is installed (`.ci/run` installs it; elsewhere the terminal tests are skipped). */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

// a server of each test file's own, so no user session (or other test file) is touched
const socket = `vendor-eval-test-${process.pid}-${randomBytes(3).toString('hex')}`;

/** Runs a tmux command on the tests' own server; its stdout. */
export function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Ends the tests' tmux server (in `afterAll`). */
export function killServer(): void {
  if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server']);
}

/** What the session's pane shows now. */
export const screen = (session: string): string => tmux('capture-pane', '-p', '-t', session);

/** Polls until `check` holds (the terminal is slower than the test), failing after 15 s. */
export async function waitFor(what: string, check: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until `text` is on the session's screen. */
export const waitForText = (session: string, text: string): Promise<void> =>
  waitFor(`"${text}" on the screen`, () => screen(session).includes(text));
