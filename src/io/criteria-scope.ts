import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Issue } from '../core/issues.js';
import type { CriteriaSet } from '../core/model/types.js';
import { builtinSetFile, builtinSetIds } from './builtin.js';
import type { ProjectConfig } from './config.js';
import { loadCriteria } from './criteria-loader.js';
import { displayPath } from './display-path.js';
import { createSourceCache, type SourceCache } from './source-cache.js';

/** A known set other than the chosen one: how to name it to `-c`, and its criterion ids. */
interface KnownSet {
  ref: string;
  ids: ReadonlySet<string>;
}

/**
 * The criteria a run knows beyond the chosen set: the project's own set and every built-in set.
 * An answer to one of them is out of scope for a part of a set (`rank -c security`), not a typo.
 * The sets are read at most once per run, and only when an answer falls outside the chosen set.
 */
export interface CriteriaScope {
  /** The command, for the hint (`rank with -c customer-service to score them`). */
  command: string;
  /** The `-c` names of the known sets holding the criterion, in order of preference. */
  setsOf(criterionId: string): string[];
  /** Every criterion id of the known sets, for a did-you-mean. */
  ids(): string[];
}

/** What a scope is built from: the run's resolved inputs. */
export interface ScopeRequest {
  cwd: string;
  command: string;
  config: ProjectConfig | undefined;
  cache?: SourceCache | undefined;
}

/**
 * The run's criteria scope. The project's own set comes first (it is the user's whole set), then
 * the built-in sets from the smallest, so a hint names the narrowest set holding the answers.
 */
export function criteriaScope(request: ScopeRequest): CriteriaScope {
  const cache = request.cache ?? createSourceCache();
  let known: KnownSet[] | undefined;
  const sets = (): KnownSet[] => {
    known ??= readKnownSets(request, cache);
    return known;
  };
  return {
    command: request.command,
    setsOf: (id) => sets().flatMap((s) => (s.ids.has(id) ? [s.ref] : [])),
    ids: () => [...new Set(sets().flatMap((s) => [...s.ids]))],
  };
}

function readKnownSets(request: ScopeRequest, cache: SourceCache): KnownSet[] {
  const { cwd, config } = request;
  const out: KnownSet[] = [];
  const own = config?.input?.criteria;
  if (config && own !== undefined) {
    const set = loadCriteria(own, cwd, config.dir, cache).set;
    const asFile = resolve(config.dir, own);
    // named as the user would type it here: the id of a built-in set, else the file from cwd
    const ref = existsSync(asFile) ? displayPath(asFile, cwd) : own;
    if (set) out.push({ ref, ids: idsOf(set) });
  }
  const builtins: KnownSet[] = [];
  for (const id of builtinSetIds()) {
    const file = builtinSetFile(id);
    const set = file ? loadCriteria(file, cwd, cwd, cache).set : undefined;
    if (set) builtins.push({ ref: id, ids: idsOf(set) });
  }
  builtins.sort((a, b) => a.ids.size - b.ids.size || a.ref.localeCompare(b.ref));
  return [...out, ...builtins];
}

function idsOf(set: CriteriaSet): Set<string> {
  return new Set(set.criteria.map((c) => c.id));
}

/**
 * The one info line for the answers left out because their criteria belong to another known set
 * (undefined when none was): how many, and which set to choose to score them.
 */
export function outOfScopeNote(
  ignored: readonly string[],
  set: CriteriaSet,
  scope: CriteriaScope,
): Issue | undefined {
  if (ignored.length === 0) return undefined;
  const n = ignored.length;
  const ids = [...new Set(ignored)];
  const whole = ids
    .map((id) => scope.setsOf(id))
    .reduce((common, refs) => common.filter((r) => refs.includes(r)));
  const verb = scope.command === 'validate' ? 'check' : 'score';
  const first = whole[0];
  const [they, belong, them] = n === 1 ? ['it', 'belongs', 'it'] : ['they', 'belong', 'them'];
  const hint =
    first !== undefined
      ? `${they} ${belong} to ${first}; ${scope.command} with -c ${first} to ${verb} ${them}`
      : `${they} ${belong} to ${[...new Set(ids.map((id) => scope.setsOf(id)[0]))].join(', ')}`;
  return {
    severity: 'info',
    rule: 'out-of-scope',
    message: `${n} answer${n === 1 ? '' : 's'} to criteria outside "${set.id}" ${n === 1 ? 'was' : 'were'} ignored`,
    hint,
  };
}
