import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildId } from '../build-id.js';
import { version } from '../version.js';
import { writeFileAtomic } from './atomic-write.js';
import { roundTrips } from './json-exact.js';
import { hashText } from './parse-cache.js';

/** Bump when a cache file's layout changes: files of another format are ignored. */
const formatVersion = 1;

/** What a cache file must say of itself to be used: the tool and build that wrote it. */
const stamp = `${formatVersion}:${version}:${buildId()}`;

/**
 * Results a project's file keeps at most; the oldest go first. A few, since each is one set of
 * settings (seed, spread, draws) tried on the same inputs.
 */
const maxResults = 8;

/**
 * Results of costly computations of earlier runs (the sensitivity draws, the tipping points),
 * as `eslint --cache` keeps lint results: used only while everything they were computed from is
 * unchanged. One cache file per project (`identity`: which files it reads), under
 * `<cacheDir>/results/`, holding the `inputs` the results were computed from (the tool's build,
 * the options, each file read with the hash of its text) and the results by name. A file whose
 * stamp or inputs differ from this run's gives nothing and is replaced by the next write, so a
 * project has one file whatever it went through. Only results JSON gives back exactly are kept;
 * every error of reading or writing is ignored (a read-only folder only costs speed).
 */
export class ResultCache {
  private read: Map<string, unknown> | undefined;
  /** The cache file's text when its results were taken, to write them back as they were. */
  private text = '';
  private readonly added = new Map<string, unknown>();

  /**
   * @param file the project's cache file
   * @param inputs everything the results depend on, as one text (compared whole, not hashed)
   */
  constructor(
    private readonly file: string,
    private readonly inputs: string,
  ) {}

  /** The result kept under `name` for these inputs, or undefined. */
  get(name: string): unknown {
    return this.results().get(name);
  }

  /** Keeps `value` under `name` for the next run, unless JSON cannot give it back exactly. */
  put(name: string, value: unknown): void {
    if (roundTrips(value)) this.added.set(name, value);
  }

  /** Writes the cache file if this run added a result; ignores every error. */
  flush(): void {
    if (this.added.size === 0) return;
    // the results handed out may have been changed by their users: the file's are parsed again
    this.results();
    const results = this.validResults(this.text);
    for (const [name, value] of this.added) {
      results.delete(name);
      results.set(name, value);
    }
    const kept = [...results].slice(-maxResults);
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileAtomic(
        this.file,
        `${JSON.stringify({ stamp, inputs: this.inputs, results: Object.fromEntries(kept) })}\n`,
      );
      this.added.clear();
    } catch {
      // a read-only or missing cache folder only costs speed next time
    }
  }

  /** The cache file's results, read once. */
  private results(): Map<string, unknown> {
    if (this.read) return this.read;
    try {
      this.text = readFileSync(this.file, 'utf8');
    } catch {
      // no file: nothing kept
    }
    this.read = this.validResults(this.text);
    return this.read;
  }

  /** The results in a cache file's text when its stamp and inputs are this run's, else none. */
  private validResults(text: string): Map<string, unknown> {
    const out = new Map<string, unknown>();
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      const results = parsed.results;
      if (
        parsed.stamp === stamp &&
        parsed.inputs === this.inputs &&
        typeof results === 'object' &&
        results !== null &&
        !Array.isArray(results)
      )
        for (const [name, value] of Object.entries(results)) out.set(name, value);
    } catch {
      // an empty file, or one that is not ours: nothing kept
    }
    return out;
  }
}

/**
 * The result cache of one project in `dir`, or none when caching is off (`dir` undefined).
 * `identity` names the project's file (the paths it reads); `inputs` is what its results must
 * have been computed from to be used.
 */
export function openResultCache(
  dir: string | undefined,
  identity: string,
  inputs: string,
): ResultCache | undefined {
  if (dir === undefined) return undefined;
  return new ResultCache(join(dir, 'results', `${hashText(identity)}.json`), inputs);
}
