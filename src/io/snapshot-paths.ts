// The paths a project file names, made to mean in a snapshot what they meant at the commit: a
// path into the repository reads the snapshot, a path out of it reads the working tree (files
// outside the repository have no history). Written as written, `vendors: /repo/vendors/` (absolute,
// inside) would read today's files, and `criteria: ../shared/set.yaml` (outside) the snapshot's
// missing neighbour.
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { findConfigFile } from './config.js';

/** A snapshot's folders: where it is, and the repository it mirrors. */
export interface SnapshotPlaces {
  root: string;
  repository: string;
}

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * What a path of the project file should read as in the snapshot: `undefined` when it reads the
 * same as written (a relative path that stays in the repository, an absolute one outside it, a
 * built-in set id); else the absolute path to read instead (the snapshot's copy of a path into
 * the repository, the working tree's of a path out of it).
 */
export function snapshotPath(
  path: string,
  configDir: string,
  places: SnapshotPlaces,
): string | undefined {
  const { root, repository } = places;
  if (isAbsolute(path))
    return inside(repository, path) ? join(root, relative(repository, path)) : undefined;
  const inWorkingTree = resolve(repository, relative(root, configDir), path);
  if (!inside(repository, inWorkingTree)) return inWorkingTree;
  // into the repository: its copy in the snapshot, which the path as written reads unless it
  // leaves the repository and comes back by its folder's name (`../repo/vendors/`), which the
  // snapshot's folder does not have
  const inSnapshot = join(root, relative(repository, inWorkingTree));
  return resolve(configDir, path) === resolve(inSnapshot) ? undefined : inSnapshot;
}

/** The string scalars of `criteria:` and `vendors:` (one path or a list) with their ranges. */
function pathNodes(text: string): Node[] {
  const doc = parseDocument(text, { version: '1.2', schema: 'core' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const nodes: Node[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !['criteria', 'vendors'].includes(String(pair.key.value))) continue;
    const values = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const value of values)
      if (isScalar(value) && typeof value.value === 'string' && value.range) nodes.push(value);
  }
  return nodes;
}

/**
 * Whether a path of `text` may read differently in the snapshot (see snapshotPath), as a cheap
 * look at the text, so that the YAML parser is loaded only for a file that needs it. A path that
 * is not absolute and has no `..` reads the same; in the text, an absolute path starts with a
 * `/` that no letter, digit, `_`, `.` or `-` precedes (a scalar is preceded by a space, a
 * quote, a bracket, a line start), and an escape (`"\x2e\x2e"`, `"\/x"`) has a `\`. So a text
 * without `..`, `\` or such a `/` has no path to rewrite; any text that has one is parsed (a
 * comment's `https://` costs a parse, nothing else). On Windows (`windows`) every file is parsed:
 * drive letters and drive-relative paths (`C:sets`) have more forms.
 */
export function mayMapPaths(text: string, windows = sep === '\\'): boolean {
  return windows || /\.\.|\\|(?:^|[^\w.-])\//m.test(text);
}

/**
 * Rewrites the project file found from `cwd` in the snapshot so that its `criteria:` and
 * `vendors:` paths read what they read at the commit (see snapshotPath). Each changed path is
 * replaced in place by a quoted absolute path, on its own line, so every problem the file has
 * keeps its line. A project file that does not parse is left as it is: loading it reports that.
 */
export function mapSnapshotConfig(cwd: string, places: SnapshotPlaces): void {
  const file = findConfigFile(cwd);
  // a committed link may lead out of the snapshot: never write anything but the snapshot's own
  const real = file && realpathSync(file);
  if (!file || !real || !inside(places.root, file) || !inside(places.root, real)) return;
  const text = readFileSync(real, 'utf8');
  if (!mayMapPaths(text)) return;
  const mapped = mapPaths(text, resolve(file, '..'), places);
  if (mapped !== text) writeFileSync(real, mapped);
}

/**
 * `text`, a project file in `configDir`, with each `criteria:` and `vendors:` path that reads
 * differently in the snapshot replaced by a quoted absolute path (see snapshotPath).
 */
export function mapPaths(text: string, configDir: string, places: SnapshotPlaces): string {
  let mapped = text;
  // from the end, so the ranges of the earlier ones still hold
  for (const node of pathNodes(text).reverse()) {
    const [start, end] = node.range as [number, number, number];
    const to = snapshotPath(String((node as { value: unknown }).value), configDir, places);
    if (to !== undefined) mapped = mapped.slice(0, start) + JSON.stringify(to) + mapped.slice(end);
  }
  return mapped;
}
