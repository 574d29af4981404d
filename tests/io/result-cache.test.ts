import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openResultCache, type ResultCache } from '../../src/io/result-cache.js';
import { makeTempDir } from '../helpers/temp.js';

/** A result cache in a fresh folder, and a way to open it again as a later run would. */
function fresh(inputs = 'inputs-1'): { dir: string; open: (inputs?: string) => ResultCache } {
  const dir = makeTempDir('vendor-eval-result-cache-');
  const open = (again = inputs) => openResultCache(dir, 'project-a', again) as ResultCache;
  return { dir, open };
}

function cacheFiles(dir: string): string[] {
  return readdirSync(join(dir, 'results')).map((f) => join(dir, 'results', f));
}

describe('ResultCache', () => {
  it('gives a later run with the same inputs what this run kept, and only that', () => {
    const { dir, open } = fresh();
    const first = open();
    expect(first.get('simulate')).toBeUndefined();
    first.put('simulate', { pRank1: 0.625, shares: [0.625, 0.375], confidence: null });
    first.flush();
    expect(cacheFiles(dir)).toHaveLength(1);
    const later = open();
    expect(later.get('simulate')).toEqual({
      pRank1: 0.625,
      shares: [0.625, 0.375],
      confidence: null,
    });
    expect(later.get('tipping')).toBeUndefined();
  });

  it('gives nothing when the inputs differ, and the next write replaces the file', () => {
    const { dir, open } = fresh();
    const first = open('inputs-1');
    first.put('simulate', 1);
    first.flush();
    const changed = open('inputs-2');
    expect(changed.get('simulate')).toBeUndefined();
    changed.put('simulate', 2);
    changed.flush();
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(open('inputs-1').get('simulate')).toBeUndefined();
    expect(open('inputs-2').get('simulate')).toBe(2);
  });

  it('ignores a file written by another build (its stamp) or that is not JSON', () => {
    const { dir, open } = fresh();
    const first = open();
    first.put('simulate', 1);
    first.flush();
    const [file] = cacheFiles(dir);
    const kept = JSON.parse(readFileSync(file as string, 'utf8')) as { stamp: string };
    writeFileSync(file as string, JSON.stringify({ ...kept, stamp: `${kept.stamp}-other` }));
    expect(open().get('simulate')).toBeUndefined();
    writeFileSync(file as string, '{"stamp": tru');
    expect(open().get('simulate')).toBeUndefined();
    // and is replaced by the next write
    const again = open();
    again.put('simulate', 3);
    again.flush();
    expect(open().get('simulate')).toBe(3);
  });

  it('keeps only what JSON gives back exactly (no NaN, infinity, -0, undefined, Map)', () => {
    const { dir, open } = fresh();
    const cache = open();
    cache.put('nan', { p: Number.NaN });
    cache.put('infinite', [Number.POSITIVE_INFINITY]);
    cache.put('minus-zero', -0);
    cache.put('undefined', { a: undefined });
    cache.put('map', new Map([['a', 1]]));
    cache.flush();
    expect(() => readdirSync(join(dir, 'results'))).toThrow();
    cache.put('plain', { a: [1, 'two', null, true] });
    cache.flush();
    const later = open();
    for (const name of ['nan', 'infinite', 'minus-zero', 'undefined', 'map'])
      expect(later.get(name)).toBeUndefined();
    expect(later.get('plain')).toEqual({ a: [1, 'two', null, true] });
  });

  it('writes back earlier results as they were read, whatever their users did to them', () => {
    const { open } = fresh();
    const first = open();
    first.put('simulate', { tippingPoints: [] });
    first.flush();
    const second = open();
    const handedOut = second.get('simulate') as { tippingPoints: string[] };
    handedOut.tippingPoints.push('added by a command');
    second.put('tipping', ['t']);
    second.flush();
    expect(open().get('simulate')).toEqual({ tippingPoints: [] });
    expect(open().get('tipping')).toEqual(['t']);
  });

  it('keeps the 8 latest results of one project', () => {
    const { open } = fresh();
    for (let i = 0; i < 10; i++) {
      const run = open();
      run.put(`seed ${i}`, i);
      run.flush();
    }
    const later = open();
    expect(later.get('seed 0')).toBeUndefined();
    expect(later.get('seed 1')).toBeUndefined();
    for (let i = 2; i < 10; i++) expect(later.get(`seed ${i}`)).toBe(i);
  });

  it('costs only speed when the folder cannot be written (a file where it should be)', () => {
    const dir = makeTempDir('vendor-eval-result-cache-');
    writeFileSync(join(dir, 'results'), 'not a folder');
    const cache = openResultCache(dir, 'project-a', 'inputs') as ResultCache;
    expect(cache.get('simulate')).toBeUndefined();
    cache.put('simulate', 1);
    expect(() => cache.flush()).not.toThrow();
    expect(readFileSync(join(dir, 'results'), 'utf8')).toBe('not a folder');
  });

  it('is off without a cache folder (--no-cache)', () => {
    expect(openResultCache(undefined, 'project-a', 'inputs')).toBeUndefined();
  });

  it('names one file per project, not per inputs', () => {
    const dir = makeTempDir('vendor-eval-result-cache-');
    mkdirSync(join(dir, 'results'));
    for (const [project, inputs] of [
      ['a', '1'],
      ['a', '2'],
      ['b', '1'],
    ] as const) {
      const cache = openResultCache(dir, project, inputs) as ResultCache;
      cache.put('x', inputs);
      cache.flush();
    }
    expect(cacheFiles(dir)).toHaveLength(2);
  });
});
