import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  builtinCriteriaDir,
  builtinSetFile,
  builtinSetIds,
  shippedParse,
} from '../../src/io/builtin.js';
import { parseSource } from '../../src/io/source.js';
import { decodeValue, encodeValue, loadPrevalidated } from '../../src/io/builtin-prevalidated.js';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { createSourceCache } from '../../src/io/source-cache.js';
import { repoRoot } from '../cli/run-cli.js';
import { makeTempDir } from '../helpers/temp.js';

// The loader takes an unchanged shipped set from the build (dist/shipped/); with
// `runtime.only` set it cannot, and loads the files as for any other set.
const runtime = vi.hoisted(() => ({ only: false }));
vi.mock('../../src/io/builtin-prevalidated.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/builtin-prevalidated.js')>();
  return {
    ...real,
    loadPrevalidated: (...args: Parameters<typeof real.loadPrevalidated>) =>
      runtime.only ? undefined : real.loadPrevalidated(...args),
  };
});

function loadAtRunTime(id: string, cwd: string): ReturnType<typeof loadCriteria> {
  runtime.only = true;
  try {
    return loadCriteria(id, cwd);
  } finally {
    runtime.only = false;
  }
}

describe('encodeValue / decodeValue', () => {
  it('keep Maps, undefined properties and non-finite numbers, and rename files', () => {
    const value = {
      rubric: new Map([[1, 'poor']]),
      missing: undefined,
      far: [Infinity, -Infinity, NaN],
      origin: { file: 'sla.yaml', path: ['criteria', 0] },
      nested: [{ rubric: new Map([['a', { file: 'sla.yaml', note: undefined }]]) }, undefined],
      proto: JSON.parse('{"__proto__": {"file": "x.yaml"}, "value": 1, "fixes": []}') as unknown,
    };
    expect(
      decodeValue(encodeValue(value), new Map([['sla.yaml', 'criteria/sla.yaml']])),
    ).toStrictEqual({
      ...value,
      origin: { file: 'criteria/sla.yaml', path: ['criteria', 0] },
      nested: [
        { rubric: new Map([['a', { file: 'criteria/sla.yaml', note: undefined }]]) },
        undefined,
      ],
    });
  });
});

describe('encodeValue / decodeValue, over generated values', () => {
  // deep, wide values with repairs side by side and nested (a Map in a Map's entry, undefined
  // and non-finite numbers at every depth): the stored repairs share their paths' first steps
  const leaf = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(Infinity, -Infinity, NaN),
    // not -0, which JSON writes as 0 (prevalidate refuses a set its encoding does not give back)
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
    fc.string({ maxLength: 4 }),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.constantFrom('file', 'a', 'children', '__proto__', 'value', 'fixes', '0');
  const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('tree'), { maxLength: 4 }),
      fc
        .array(fc.tuple(key, tie('tree')), { maxLength: 4 })
        .map((entries) => Object.fromEntries(entries)),
      fc
        .array(fc.tuple(fc.oneof(fc.string({ maxLength: 2 }), fc.integer()), tie('tree')), {
          maxLength: 3,
        })
        .map((entries) => new Map(entries)),
    ),
  }));

  it('give back exactly the value encoded (files unrenamed without names)', () => {
    fc.assert(
      fc.property(tree, (value) => {
        expect(decodeValue(encodeValue(value), new Map())).toStrictEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});

// npm test builds before it runs the tests; a bare `vitest run` without a build skips this
const built = existsSync(join(repoRoot, 'dist', 'shipped'));
describe.runIf(built)('every shipped set, as validated at build time', () => {
  const cwds = [repoRoot, builtinCriteriaDir(), makeTempDir()];
  it.each(builtinSetIds())(
    '%s: the same LoadedCriteria as the run-time path, from any folder',
    (id) => {
      for (const cwd of cwds) {
        // the build's result is there and is what loadCriteria returns
        expect(loadPrevalidated(builtinSetFile(id)!, cwd, createSourceCache())).toBeDefined();
        const fromBuild = loadCriteria(id, cwd);
        const atRunTime = loadAtRunTime(id, cwd);
        expect(fromBuild.set).toBeDefined();
        expect(fromBuild.set).toStrictEqual(atRunTime.set);
        expect(fromBuild.issues).toStrictEqual(atRunTime.issues);
        expect([...fromBuild.sources.keys()]).toEqual([...atRunTime.sources.keys()]);
        for (const [name, source] of fromBuild.sources) {
          const other = atRunTime.sources.get(name)!;
          expect({ file: source.file, text: source.text, data: source.data }).toStrictEqual({
            file: other.file,
            text: other.text,
            data: other.data,
          });
        }
      }
    },
  );
});

/** Every file dist/shipped/index.json places in texts.bin, by its repository path (`examples/vendors/x.yaml`). */
function shippedFiles(): string[] {
  const index = readFileSync(join(repoRoot, 'dist', 'shipped', 'index.json'), 'utf8');
  return Object.keys(JSON.parse(index) as Record<string, unknown>).sort();
}

describe.runIf(built)('every shipped YAML file, as parsed at build time', () => {
  const files = built ? shippedFiles() : [];
  it('covers the shipped criteria sets and every example', () => {
    expect(files).toEqual(
      expect.arrayContaining(['criteria/sla.yaml', 'examples/vendors/tala-global.yaml']),
    );
    expect(files.filter((f) => f.startsWith('examples/')).length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s: its bytes, and the data the run-time parser gives its text', (rel) => {
    const abs = join(repoRoot, rel);
    const bytes = readFileSync(abs);
    const text = bytes.toString('utf8');
    const entry = shippedParse(abs)!;
    expect(entry.bytes.equals(bytes)).toBe(true);
    const { source, issues } = parseSource(rel, text.startsWith('\uFEFF') ? text.slice(1) : text);
    expect(issues).toEqual([]);
    expect(entry.data()).toStrictEqual(source!.data);
  });
});
