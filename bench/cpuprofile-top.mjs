// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the top functions by self time, and self
// time summed per script, with node_modules packages bundled into dist/ named by their package.
// Usage: node bench/cpuprofile-top.mjs <file.cpuprofile> [top=25]

import { readFileSync } from 'node:fs';

/**
 * @typedef {{ functionName: string, url: string, lineNumber: number, columnNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[],
 *             startTime: number, endTime: number }} Profile
 */

/**
 * Self time per node id, in milliseconds.
 * @param {Profile} profile
 * @returns {Map<number, number>}
 */
export function selfTimes(profile) {
  /** @type {Map<number, number>} */
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  return self;
}

/**
 * A readable key for a call frame: function name, script (shortened) and line.
 * @param {CallFrame} frame
 * @returns {string}
 */
function frameKey(frame) {
  return `${frame.functionName || '(anonymous)'}  ${scriptOf(frame.url)}:${frame.lineNumber + 1}`;
}

/** @param {string} url @returns {string} */
function scriptOf(url) {
  return url.replace(/^file:\/\/.*\/(dist|node_modules|src)\//, '$1/') || '(native/vm)';
}

/**
 * Inclusive time per function: every sample counts once for each distinct function on its stack.
 * @param {Profile} profile
 * @returns {Map<string, number>}
 */
export function inclusiveTimes(profile) {
  /** @type {Map<number, ProfileNode>} */
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<string, number>} */
  const result = new Map();
  for (const [id, ms] of selfTimes(profile)) {
    /** @type {Set<string>} */
    const seen = new Set();
    for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) {
      const node = /** @type {ProfileNode} */ (byId.get(at));
      if (!node.callFrame.url) continue;
      seen.add(frameKey(node.callFrame));
    }
    for (const key of seen) add(result, key, ms);
  }
  return result;
}

/**
 * Adds `ms` under `key`.
 * @param {Map<string, number>} map
 * @param {string} key
 * @param {number} ms
 */
function add(map, key, ms) {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/**
 * @param {Map<string, number>} map
 * @param {number} top
 * @param {number} total
 */
function print(map, top, total) {
  for (const [key, ms] of [...map].sort((x, y) => y[1] - x[1]).slice(0, top)) {
    console.log(
      `  ${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`,
    );
  }
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/cpuprofile-top.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
/** @type {Profile} */
const profile = JSON.parse(readFileSync(file, 'utf8'));
const self = selfTimes(profile);
const total = (profile.endTime - profile.startTime) / 1000;
/** @type {Map<string, number>} */
const byFunction = new Map();
/** @type {Map<string, number>} */
const byScript = new Map();
for (const node of profile.nodes) {
  const ms = self.get(node.id) ?? 0;
  if (!ms) continue;
  add(byFunction, frameKey(node.callFrame), ms);
  add(byScript, scriptOf(node.callFrame.url), ms);
}
console.log(`profile ${file}: ${total.toFixed(0)} ms sampled`);
console.log('top functions by self time:');
print(byFunction, top, total);
console.log('self time by script:');
print(byScript, Math.min(top, 15), total);
console.log('top functions by total (inclusive) time:');
print(inclusiveTimes(profile), top, total);
