import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../cli/run-cli.js';
import { commitAll, makeRepo } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';

/**
 * Folders for documentation examples that first ask the reader to change files
 * (`<!-- doc-test: fixture=NAME -->`): each makes a temporary copy of what the example reads and
 * applies exactly the edits the page describes, so the example runs as a reader would run it.
 */
export const docFixtures: Readonly<Record<string, () => string>> = {
  /** docs/cli.md "init": an empty folder to scaffold a project in. */
  empty: () => makeTempDir('vendor-eval-docs-'),
  /**
   * README "Make it yours": examples/vendors/puente-contact.yaml copied to acme-care.yaml, with
   * `vendor: acme-care`, `name: Acme Care` and the voice and chat rates of its bid lowered from
   * 16.80 to 14.50 an hour.
   */
  'acme-care': () => {
    const root = makeTempDir('vendor-eval-docs-');
    cpSync(join(repoRoot, 'examples', 'vendors'), join(root, 'examples', 'vendors'), {
      recursive: true,
    });
    const source = readFileSync(join(root, 'examples/vendors/puente-contact.yaml'), 'utf8');
    const edited = replaceOnce(
      replaceOnce(
        replaceOnce(source, 'vendor: puente-contact\n', 'vendor: acme-care\n'),
        'name: Puente Contact Partners\n',
        'name: Acme Care\n',
      ),
      '  rates: { voice: 16.80, chat: 16.80,',
      '  rates: { voice: 14.50, chat: 14.50,',
    );
    writeFileSync(join(root, 'examples/vendors/acme-care.yaml'), edited);
    return root;
  },
  /**
   * docs/ci.md "A check that fails": a copy of examples/ whose policy asks `minScore: 85` (not 75)
   * and turns on the commented-out `maxMissing: 0`.
   */
  'policy-fails': () => {
    const root = makeTempDir('vendor-eval-docs-');
    cpSync(join(repoRoot, 'examples'), join(root, 'examples'), { recursive: true });
    const config = join(root, 'examples/vendor-eval.config.yaml');
    const source = readFileSync(config, 'utf8');
    const edited = replaceOnce(
      replaceOnce(source, '  minScore: 75 #', '  minScore: 85 #'),
      "  # maxMissing: 0 would fail: meridian-shore's bid leaves 8 criteria unanswered\n",
      '  maxMissing: 0\n',
    );
    writeFileSync(config, edited);
    return root;
  },
  /**
   * docs/ci.md "What a change did": a git repository (branch `main`) holding a copy of examples/,
   * committed; then, not committed, puente-contact's voice and chat rates lowered from 16.80 to
   * 14.50 an hour, as a pull request would.
   */
  'pull-request': () => {
    const root = makeRepo();
    cpSync(join(repoRoot, 'examples'), join(root, 'examples'), { recursive: true });
    commitAll(root, 'the evaluation as approved');
    const bid = join(root, 'examples/vendors/puente-contact.yaml');
    const source = readFileSync(bid, 'utf8');
    writeFileSync(
      bid,
      replaceOnce(
        source,
        '  rates: { voice: 16.80, chat: 16.80,',
        '  rates: { voice: 14.50, chat: 14.50,',
      ),
    );
    return root;
  },
};

/** `text` with `from` replaced once; a fixture whose anchor moved fails loudly, not silently. */
function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`doc fixture: "${from.trim()}" not found`);
  return text.replace(from, to);
}
