// parse(format(x)) for every file the tool writes that a user or the tool reads back (issue 16):
// the answers `score` splices into a vendor file, the new vendor file it starts, the weighting
// `weigh` splices into a set, the questionnaire `template` prints, `criteria show --format yaml`,
// and the texts of `rank --format json`. Each is read back by the project's own parser
// (parseSource) or loaders, over generated inputs with strings YAML could retype or misread.
// `init` writes fixed templates with no user text (tests/e2e/init-check.test.ts checks that what
// it writes loads and passes `check`). CSV is read back in tests/report (the output helper's
// injection neutralising changes its cells).
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/io/source.js';
import { newVendorText, withAnswer, type WrittenAnswer } from '../../src/io/vendor-writer.js';
import { withWeighting, type WeightingBlock } from '../../src/io/weighting-writer.js';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';
import {
  answerArb,
  criteriaOf,
  hostileText,
  problemArb,
  setArb,
  setDoc,
  vendorDoc,
  yamlText,
  type Doc,
} from './arbitraries.js';

const seed = Number(process.env.FC_SEED ?? 20261207);
const factor = Number(process.env.FC_RUNS ?? 1);
/** Generous: a loaded machine, and a failure shrinks with many more runs. */
const timeout = 180_000;
const params = (numRuns: number) => ({ seed, numRuns: Math.max(1, Math.round(numRuns * factor)) });

/** What the project's parser reads from `text` (failing the test on any issue). */
function read(text: string): unknown {
  const { source, issues } = parseSource('written.yaml', text);
  expect(issues, text).toEqual([]);
  return source?.data;
}

/** Comment lines a user wrote around the answers, which every write must keep. */
const headComment = '# notes on this vendor: second round, "do not share"';
const midComment = '# -- answers below were checked on 2026-10-06 --';

/** A vendor file as a user might keep it: a comment at the top and one above `answers:`. */
function userVendorText(doc: Record<string, Doc>, style: 'block' | 'flow-answers'): string {
  const { answers, ...rest } = doc;
  const head = yamlText(rest, 'block');
  const body =
    style === 'block' && answers && Object.keys(answers).length > 0
      ? yamlText({ answers }, 'block')
      : `answers: ${JSON.stringify(answers ?? {})}\n`;
  return `${headComment}\n${head}${midComment}\n${body}`;
}

/** An answer as the questionnaire writes it: a value, sometimes with evidence and a note. */
const writtenArb = (value: fc.Arbitrary<Doc>): fc.Arbitrary<WrittenAnswer> =>
  fc
    .record({
      value,
      evidence: fc.option(hostileText, { nil: undefined }),
      note: fc.option(hostileText, { nil: undefined }),
    })
    .map((a) => a as WrittenAnswer);

/** The answer as it reads back: the bare value, or the mapping of what was given. */
const plainOf = (a: WrittenAnswer): unknown =>
  a.evidence === undefined && a.note === undefined
    ? a.value
    : {
        value: a.value,
        ...(a.evidence !== undefined ? { evidence: a.evidence } : {}),
        ...(a.note !== undefined ? { note: a.note } : {}),
      };

describe('score: withAnswer and newVendorText read back as written (fast-check)', () => {
  it(
    'a sequence of answers spliced into a commented vendor file: each reads back, the rest and the comments stay',
    () => {
      fc.assert(
        fc.property(
          problemArb(1).chain((p) => {
            const criteria = criteriaOf(p.set).filter((c) => c.type !== 'cost');
            const writes =
              criteria.length === 0
                ? fc.constant([])
                : fc.array(
                    fc
                      .nat({ max: criteria.length - 1 })
                      .chain((i) =>
                        writtenArb(answerArb(p.set, criteria[i] as never)).map(
                          (a) => [(criteria[i] as { id: string }).id, a] as const,
                        ),
                      ),
                    { minLength: 1, maxLength: 6 },
                  );
            return fc.tuple(
              fc.constant(p),
              writes,
              fc.constantFrom('block' as const, 'flow-answers' as const),
            );
          }),
          ([p, writes, style]) => {
            const vendor = p.vendors[0];
            if (!vendor) return;
            const doc = vendorDoc(vendor);
            const original = userVendorText(doc, style);
            const before = read(original) as Record<string, unknown>;
            let text = original;
            const expected = { ...(before.answers as Record<string, unknown>) };
            for (const [id, answer] of writes) {
              text = withAnswer(text, id, answer);
              expected[id] = plainOf(answer);
            }
            const after = read(text) as Record<string, unknown>;
            expect(after.answers).toEqual(expected);
            // everything but the answers is as it was
            expect({ ...after, answers: undefined }).toEqual({ ...before, answers: undefined });
            expect(text.startsWith(`${headComment}\n`)).toBe(true);
            expect(text).toContain(`\n${midComment}\n`);
          },
        ),
        params(120),
      );
    },
    timeout,
  );

  it(
    'a new vendor file reads back as its id, name and evaluator with no answers',
    () => {
      fc.assert(
        fc.property(hostileText, hostileText, (name, evaluator) => {
          expect(read(newVendorText('acme-care', name, evaluator))).toEqual({
            vendor: 'acme-care',
            name,
            evaluator,
            answers: {},
          });
        }),
        params(300),
      );
    },
    timeout,
  );
});

describe('weigh: withWeighting reads back as the block, the rest of the set unchanged (fast-check)', () => {
  it(
    'roc, swing and ahp blocks at the top and in a category',
    () => {
      fc.assert(
        fc.property(
          setArb,
          fc.nat(),
          fc.constantFrom('roc' as const, 'swing' as const, 'ahp' as const),
          fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 20, maxLength: 20 }),
          fc.array(fc.constantFrom('1', '3', '9', '1/3', '1/9', '5', '1/5'), {
            minLength: 20,
            maxLength: 20,
          }),
          fc.constantFrom('block' as const, 'json' as const),
          (set, pick, method, points, ratios, style) => {
            const doc = setDoc(set);
            // the node: the set itself, or one of its categories
            const categories = (doc.categories ?? []) as Record<string, Doc>[];
            const k = pick % (categories.length + 1);
            const at: (string | number)[] = k === categories.length ? [] : ['categories', k];
            const node = (k === categories.length ? doc : categories[k]) as Record<string, Doc>;
            const children = [
              ...((node.categories ?? []) as { id: string }[]),
              ...((node.criteria ?? []) as { id: string }[]),
            ].map((c) => c.id);
            if (children.length === 0) return;
            const block: WeightingBlock =
              method === 'roc'
                ? { method, order: [...children].reverse() }
                : method === 'swing'
                  ? {
                      method,
                      points: Object.fromEntries(children.map((id, i) => [id, points[i] ?? 50])),
                    }
                  : {
                      method,
                      riTable: 'saaty',
                      comparisons: children
                        .slice(1)
                        .map((id, i) => [children[i] as string, id, ratios[i] ?? '1'] as const),
                    };
            const original = `# our set: reviewed by procurement\n${yamlText(doc, style)}`;
            const written = withWeighting(original, at, block);
            expect(written).toBeDefined();
            const after = read(written as string) as Record<string, unknown>;
            const expectedBlock =
              block.method === 'ahp'
                ? {
                    method: 'ahp',
                    riTable: 'saaty',
                    // the documented normal form: whole ratios as numbers, fractions as text
                    comparisons: block.comparisons.map(([a, b, r]) => [
                      a,
                      b,
                      /^\d$/.test(r) ? Number(r) : r,
                    ]),
                  }
                : block;
            const expected = structuredClone(read(original)) as Record<string, unknown>;
            const target = (
              at.length === 0
                ? expected
                : (expected.categories as Record<string, unknown>[])[at[1] as number]
            ) as Record<string, unknown>;
            target.weighting = expectedBlock;
            expect(after).toEqual(expected);
            expect((written as string).startsWith('# our set: reviewed by procurement\n')).toBe(
              true,
            );
          },
        ),
        params(100),
      );
    },
    timeout,
  );
});

describe('template and criteria show --format yaml read back (fast-check)', () => {
  const root = makeTempDir('vendor-eval-writers-');
  let n = 0;

  it(
    'template: one `~` per answerable criterion, the vendor, name and evaluator as given; it loads',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          setArb,
          // an empty evaluator is refused by validate (out-of-range): template writes it as given
          hostileText.filter((t) => t.trim() !== ''),
          fc.constantFrom('block' as const, 'json' as const),
          async (set, evaluator, style) => {
            const dir = `${root}/t-${++n}`;
            writeFiles(dir, { 'set.yaml': yamlText(setDoc(set), style) });
            const r = await runCli(
              ['template', '-c', 'set.yaml', '--vendor', 'acme-care', '--evaluator', evaluator],
              { cwd: dir },
            );
            // a set with all sibling weights 0 is refused, as every command refuses it
            if (r.code === 2 && /\(zero-weights\)/.test(r.stderr)) return;
            expect(r.code, r.stderr).toBe(0);
            const data = read(r.stdout) as Record<string, unknown>;
            const answerable = criteriaOf(set).filter((c) => c.type !== 'cost');
            expect(data).toEqual({
              vendor: 'acme-care',
              name: 'acme-care',
              evaluator,
              answers: Object.fromEntries(answerable.map((c) => [c.id, null])),
            });
            // and the tool itself reads it as a vendor of the set; only the bid is missing when
            // the set prices bids (the template's `pricing:` skeleton is commented out)
            writeFiles(dir, { 'vendors/acme-care.yaml': r.stdout });
            const v = await runCli(['validate', '-c', 'set.yaml', 'vendors'], { cwd: dir });
            const errors = `${v.stdout}${v.stderr}`
              .split('\n')
              .filter((l) => / error /.test(l) && !/missing-pricing$/.test(l));
            expect(errors).toEqual([]);
            rmSync(dir, { recursive: true });
          },
        ),
        params(25),
      );
    },
    timeout,
  );

  it(
    'criteria show --format yaml prints the set file byte for byte',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          setArb,
          fc.constantFrom('block' as const, 'json' as const),
          async (set, style) => {
            const dir = `${root}/c-${++n}`;
            const text = `# our criteria\n${yamlText(setDoc(set), style)}`;
            writeFiles(dir, { 'set.yaml': text });
            const r = await runCli(['criteria', 'show', 'set.yaml', '--format', 'yaml'], {
              cwd: dir,
            });
            rmSync(dir, { recursive: true });
            // only a valid set is shown; all-zero sibling weights is the one invalid set generated
            if (r.code === 2 && /\(zero-weights\)/.test(r.stderr)) return;
            expect(r.code, r.stderr).toBe(0);
            expect(r.stdout).toBe(text);
          },
        ),
        params(15),
      );
    },
    timeout,
  );
});

describe('rank --format json keeps every text as written (fast-check)', () => {
  const root = makeTempDir('vendor-eval-json-');
  let n = 0;

  it(
    'vendor names, evidence and notes, category and criterion names: JSON.parse gives them back',
    async () => {
      await fc.assert(
        fc.asyncProperty(problemArb(3), async (p) => {
          const dir = `${root}/j-${++n}`;
          const files: Record<string, string> = { 'set.yaml': yamlText(setDoc(p.set), 'block') };
          for (const v of p.vendors)
            files[`vendors/${v.id}.yaml`] = yamlText(vendorDoc(v), 'block');
          writeFiles(dir, files);
          const r = await runCli(
            ['rank', '-c', 'set.yaml', 'vendors', '--format', 'json', '--missing', 'zero'],
            { cwd: dir },
          );
          rmSync(dir, { recursive: true });
          if (r.code !== 0) return; // refusals are checked in rank-generated.test.ts
          const out = JSON.parse(r.stdout) as {
            vendors: {
              id: string;
              name: string;
              criteria: { id: string; name: string; evidence?: string; note?: string }[];
              categories: { id: string; name: string }[];
            }[];
          };
          const names = new Map(criteriaOf(p.set).map((c) => [c.id, c.name || c.id]));
          const groups = new Map(p.set.categories.map((g) => [g.id, g.name || g.id]));
          for (const v of out.vendors) {
            const spec = p.vendors.find((s) => s.id === v.id);
            // the normal form: an empty name is no name, so the id is shown
            expect(v.name).toBe(spec?.name || v.id);
            for (const c of v.criteria) {
              expect(c.name).toBe(names.get(c.id));
              const a = spec?.answers[c.id];
              if (a?.kind === 'mapping') {
                // the normal form: an empty text is no text (null), as for an answer without one
                if (a.evidence !== undefined) expect(c.evidence).toBe(a.evidence || null);
                if (a.note !== undefined) expect(c.note ?? null).toBe(a.note || null);
              }
            }
            for (const g of v.categories)
              if (groups.has(g.id)) expect(g.name).toBe(groups.get(g.id));
          }
        }),
        params(20),
      );
    },
    timeout,
  );
});

/** RFC 4180 records of `text` (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

describe('rank --format csv reads back as the JSON of the same run (fast-check)', () => {
  const root = makeTempDir('vendor-eval-csv-');
  let n = 0;

  it(
    'ids, names, ranks and unrounded scores; a text cell may gain a leading apostrophe',
    async () => {
      await fc.assert(
        fc.asyncProperty(problemArb(4), async (p) => {
          const dir = `${root}/v-${++n}`;
          const files: Record<string, string> = { 'set.yaml': yamlText(setDoc(p.set), 'block') };
          for (const v of p.vendors)
            files[`vendors/${v.id}.yaml`] = yamlText(vendorDoc(v), 'block');
          writeFiles(dir, files);
          const args = ['rank', '-c', 'set.yaml', 'vendors', '--missing', 'zero', '--format'];
          const json = await runCli([...args, 'json'], { cwd: dir });
          const csv = await runCli([...args, 'csv'], { cwd: dir });
          rmSync(dir, { recursive: true });
          expect(csv.code).toBe(json.code);
          if (json.code !== 0) return;
          const vendors = (
            JSON.parse(json.stdout) as {
              vendors: { id: string; name: string; rank: number | null; score: number }[];
            }
          ).vendors;
          const records = parseCsv(csv.stdout).filter((r) => !(r[0] ?? '').startsWith('#'));
          const [header, ...rows] = records;
          const col = (name: string) => header?.indexOf(name) ?? -1;
          expect(rows).toHaveLength(vendors.length);
          rows.forEach((row, i) => {
            const v = vendors[i];
            expect(row).toHaveLength(header?.length ?? 0);
            expect(row[col('id')]).toBe(v?.id);
            // the output helper neutralises cells a spreadsheet would run (OWASP): `'` first
            const name = row[col('name')] ?? '';
            expect([v?.name, `'${v?.name}`]).toContain(name);
            expect(row[col('rank')]).toBe(v?.rank === null ? '' : String(v?.rank));
            expect(Number(row[col('score')])).toBe(v?.score);
          });
        }),
        params(15),
      );
    },
    timeout,
  );
});
