import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinSetFile, builtinSetIds } from '../../src/io/builtin.js';
import { loadPrevalidated } from '../../src/io/builtin-prevalidated.js';
import { loadCriteria, type LoadedCriteria } from '../../src/io/criteria-loader.js';
import { createSourceCache } from '../../src/io/source-cache.js';
import { makeTempDir } from '../helpers/temp.js';

/** A criterion of the includer's own, so the tree mixes written and included nodes. */
const ownCategory = `categories:
  - id: our-requirements
    name: Our own requirements
    weight: 10
    criteria:
      - id: site-visit
        name: Site visit
        type: scale
        weight: 2
`;

/** The set at `file` loaded as the build loaded the shipped sets it includes, and from their files. */
function bothWays(file: string, cwd: string): { fast: LoadedCriteria; slow: LoadedCriteria } {
  const fast = loadCriteria(file, cwd, cwd, createSourceCache());
  const slow = loadCriteria(file, cwd, cwd, createSourceCache(undefined, { prevalidated: false }));
  return { fast, slow };
}

/** Everything of a load but the source objects, which are compared by name and text. */
function comparable(loaded: LoadedCriteria) {
  return {
    set: loaded.set,
    issues: loaded.issues,
    sources: [...loaded.sources].map(([name, source]) => [name, source.file, source.text]),
  };
}

describe('an included shipped set, as the build loaded it', () => {
  it.each(builtinSetIds())(
    'includes %s exactly as loading its files does: at the top, weighted, and one level down',
    (id) => {
      // the fast path is taken only for a set the build had nothing to say about
      const cwd = makeTempDir('vendor-eval-included-');
      expect(
        loadPrevalidated(builtinSetFile(id) as string, cwd, createSourceCache())?.issues,
      ).toEqual([]);
      writeFileSync(
        join(cwd, 'top.yaml'),
        `id: our-criteria\nname: Ours\nversion: 1\ninclude:\n  - { set: ${id}, weight: 90 }\n${ownCategory}`,
      );
      writeFileSync(
        join(cwd, 'middle.yaml'),
        `id: middle\nname: Middle\nversion: 1\ninclude:\n  - { set: ${id} }\n`,
      );
      writeFileSync(
        join(cwd, 'nested.yaml'),
        `id: nested\nname: Nested\nversion: 2\ninclude:\n  - { set: middle.yaml, weight: 3 }\n${ownCategory}`,
      );
      for (const file of ['top.yaml', 'nested.yaml']) {
        const { fast, slow } = bothWays(file, cwd);
        expect(slow.set, file).toBeDefined();
        expect(comparable(fast), `${id} in ${file}`).toEqual(comparable(slow));
        // deep equality above; the paths, which the build made for a top-level set, once more
        const paths = (l: LoadedCriteria) => l.set?.criteria.map((c) => [c.id, ...c.path]);
        expect(paths(fast)).toEqual(paths(slow));
        // and the two were made differently (so the test compares two ways, not one twice):
        // loading the files gives sibling criteria one shared path array, the build's copy one each
        const shared = (l: LoadedCriteria) =>
          (l.set?.criteria ?? []).filter((c, i, all) => i > 0 && c.path === all[i - 1]?.path)
            .length;
        expect(shared(slow)).toBeGreaterThan(0);
        expect(shared(fast)).toBe(0);
      }
    },
  );

  it('two shipped sets side by side, the second after the first as written', () => {
    const cwd = makeTempDir('vendor-eval-included-');
    writeFileSync(
      join(cwd, 'pair.yaml'),
      'id: pair\nname: Pair\nversion: 1\ninclude:\n  - { set: sla, weight: 2 }\n  - { set: security }\n',
    );
    const { fast, slow } = bothWays('pair.yaml', cwd);
    expect(comparable(fast)).toEqual(comparable(slow));
    expect([...fast.sources.keys()]).toEqual([...slow.sources.keys()]);
  });
});
