import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, runCli } from './run-cli.js';
import { editFile } from '../helpers/edit.js';
import { makeTempDir } from '../helpers/temp.js';

/** A copy of the example vendors in a fresh folder, and a cache folder beside it. */
function project(): { dir: string; vendors: string; cache: string } {
  const dir = makeTempDir('vendor-eval-result-memo-');
  const vendors = join(dir, 'vendors');
  cpSync(examplesDir, vendors, { recursive: true });
  return { dir, vendors, cache: join(dir, 'cache') };
}

/**
 * `vendor-eval …args` in `dir`, caching in `cache` (undefined: caching off, by the variable, so
 * that the command line a report records is the same).
 */
function run(dir: string, cache: string | undefined, args: string[]) {
  return runCli(args, {
    cwd: dir,
    env: {
      SOURCE_DATE_EPOCH: '1780000000',
      ...(cache ? { VENDOR_EVAL_CACHE_DIR: cache } : { VENDOR_EVAL_NO_CACHE: '1' }),
    },
  });
}

/** The one result cache file of the project. */
function resultFile(cache: string): string {
  const files = readdirSync(join(cache, 'results'));
  expect(files).toHaveLength(1);
  return join(cache, 'results', files[0] as string);
}

interface CacheFile {
  results: Record<string, { vendors: { id: string; pRank1: number }[] }>;
}

/** Changes the kept P(rank 1) of the first vendor of every kept simulation to `p`. */
function tamper(cache: string, p: number): void {
  const file = resultFile(cache);
  const kept = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
  for (const [name, result] of Object.entries(kept.results))
    if (name.startsWith('simulate ')) (result.vendors[0] as { pRank1: number }).pRank1 = p;
  writeFileSync(file, JSON.stringify(kept));
}

const sensitivity = ['sensitivity', 'vendors', '--format', 'json'];

describe('remembered results (sensitivity, rank --robustness, report)', () => {
  it('a warm sensitivity run prints byte for byte what a --no-cache run prints', async () => {
    const { dir, cache } = project();
    const uncached = await run(dir, undefined, sensitivity);
    const cold = await run(dir, cache, sensitivity);
    const warm = await run(dir, cache, sensitivity);
    expect(uncached.code).toBe(0);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    const table = await run(dir, cache, ['sensitivity', 'vendors']);
    expect(table).toEqual(await run(dir, undefined, ['sensitivity', 'vendors']));
  });

  it('a warm run takes the draws from the cache (a kept figure changed there shows)', async () => {
    const { dir, cache } = project();
    await run(dir, cache, sensitivity);
    tamper(cache, 0.123456);
    const warm = await run(dir, cache, sensitivity);
    expect(warm.stdout).toContain('"pRank1": 0.123456');
    // rank --robustness shares the draws of the same settings
    const ranked = await run(dir, cache, ['rank', 'vendors', '--robustness', '--format', 'json']);
    expect(ranked.stdout).toContain('0.123456');
  });

  it('draws again when a vendor file changes, and prints what a --no-cache run prints', async () => {
    const { dir, vendors, cache } = project();
    const before = await run(dir, cache, sensitivity);
    editFile(
      join(vendors, 'puente-contact.yaml'),
      'sla-voice-service-level: 82\n',
      'sla-voice-service-level: 61\n',
    );
    const after = await run(dir, cache, sensitivity);
    expect(after.stdout).not.toBe(before.stdout);
    expect(after).toEqual(await run(dir, undefined, sensitivity));
  });

  it('draws again when a vendor file is added or removed', async () => {
    const { dir, vendors, cache } = project();
    await run(dir, cache, sensitivity);
    tamper(cache, 0.123456);
    cpSync(join(vendors, 'tala-global.yaml'), join(dir, 'kept-aside.yaml'));
    writeFileSync(join(vendors, 'tala-global.yaml'), '');
    const removed = await run(dir, cache, [...sensitivity, '--skip-invalid']);
    expect(removed.stdout).not.toContain('0.123456');
    expect(removed).toEqual(await run(dir, undefined, [...sensitivity, '--skip-invalid']));
  });

  it('draws again for other settings and options, each as a --no-cache run gives it', async () => {
    const { dir, cache } = project();
    await run(dir, cache, sensitivity);
    tamper(cache, 0.123456);
    for (const extra of [
      ['--seed', '7'],
      ['--spread', '0.1'],
      ['--iterations', '500'],
      ['--weights', 'sla=0.5'],
      ['--missing', 'exclude'],
      ['-m', 'topsis'],
    ]) {
      const warm = await run(dir, cache, [...sensitivity, ...extra]);
      expect(warm.stdout, extra.join(' ')).not.toContain('0.123456');
      expect(warm, extra.join(' ')).toEqual(await run(dir, undefined, [...sensitivity, ...extra]));
    }
  });

  it('a warm report prints what a --no-cache report prints', async () => {
    const { dir, cache } = project();
    const args = ['report', 'vendors', '--robustness', '--format', 'markdown'];
    const uncached = await run(dir, undefined, args);
    await run(dir, cache, args);
    const warm = await run(dir, cache, args);
    expect(uncached.code).toBe(0);
    expect(warm).toEqual(uncached);
  });

  it('check judges minRobustness on the kept draws while the files are unchanged', async () => {
    const { dir, vendors, cache } = project();
    writeFileSync(
      join(dir, 'vendor-eval.config.yaml'),
      'criteria: customer-service\nvendors: vendors/\npolicy:\n  selected: puente-contact\n  minRobustness: 0.6\n',
    );
    const uncached = await run(dir, undefined, ['check']);
    expect(uncached.code).toBe(0);
    expect(await run(dir, cache, ['check'])).toEqual(uncached);
    expect(await run(dir, cache, ['check'])).toEqual(uncached);
    tamper(cache, 0.1);
    const tampered = await run(dir, cache, ['check']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('ranks first in 10.0% of 10,000 weight draws');
    // any change to a file read draws again
    const file = join(vendors, 'tala-global.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# reviewed\n`);
    expect(await run(dir, cache, ['check'])).toEqual(uncached);
  });

  it('a file that is not text turns remembering off (--skip-invalid reads its vendor line as bytes)', async () => {
    const { dir, vendors, cache } = project();
    const broken = join(vendors, 'zz-broken.yaml');
    const write = (id: string) =>
      writeFileSync(
        broken,
        Buffer.concat([Buffer.from(`vendor: ${id}\nname: x\n`), Buffer.from([0xff, 0x0a])]),
      );
    const args = ['rank', 'vendors', '--robustness', '--skip-invalid', '--format', 'json'];
    write('kestrel-contact');
    expect(await run(dir, cache, args)).toEqual(await run(dir, undefined, args));
    // the same text hash (none: not text) but another vendor left out with it
    write('puente-contact');
    const warm = await run(dir, cache, args);
    expect(warm).toEqual(await run(dir, undefined, args));
    expect(warm.code).toBe(0);
  });
});
