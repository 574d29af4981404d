import { valueAt } from './shape-issues.js';

const criterionCommon = [
  'id',
  'name',
  'question',
  'help',
  'weight',
  'evidence',
  'preference',
  'type',
  'must',
];
const criterionKeys: Record<string, string[]> = {
  scale: [...criterionCommon, 'scale', 'rubric'],
  number: [...criterionCommon, 'unit', 'direction', 'min', 'max', 'scoring'],
  boolean: criterionCommon,
  choice: [...criterionCommon, 'options'],
  multi: [...criterionCommon, 'options', 'cap'],
  cost: [...criterionCommon, 'scoring'],
};
const setKeys = [
  '$schema',
  'id',
  'name',
  'version',
  'description',
  'scale',
  'method',
  'methodOptions',
  'weighting',
  'include',
  'demand',
  'categories',
  'criteria',
];
const categoryKeys = ['id', 'name', 'description', 'weight', 'weighting', 'categories', 'criteria'];
const channelKeys = [
  'live',
  'contactsPerMonth',
  'ahtSeconds',
  'openHoursPerMonth',
  'hours',
  'serviceLevel',
  'concurrency',
  'peakFactor',
  'intervalMinutes',
];
const demandKeys = [
  'currency',
  'contractMonths',
  'shrinkage',
  'maxOccupancy',
  'fteHoursPerMonth',
  'resolutionRate',
  'exchangeRates',
  'channels',
];

/** The keys allowed on the object at `path` of a criteria-set file (for "did you mean"). */
export function criteriaKnownKeys(path: readonly (string | number)[], data: unknown): string[] {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 0) return setKeys;
  if (typeof last === 'number') {
    if (parent === 'categories') return categoryKeys;
    if (parent === 'include') return ['set', 'weight'];
    if (parent === 'options') {
      const crit = valueAt(data, path.slice(0, -2)) as { type?: unknown } | undefined;
      return crit?.type === 'multi' ? ['value', 'label', 'points'] : ['value', 'label', 'score'];
    }
    if (parent === 'criteria') {
      const crit = valueAt(data, path) as { type?: unknown } | undefined;
      return criterionKeys[String(crit?.type)] ?? criterionCommon;
    }
  }
  switch (last) {
    case 'scale':
      return ['min', 'max'];
    case 'weighting':
      return ['method', 'comparisons', 'riTable', 'order', 'points'];
    case 'scoring':
      return ['worst', 'best', 'points', 'relative'];
    case 'must':
      return ['min', 'max', 'oneOf', 'includes'];
    case 'demand':
      return demandKeys;
    case 'preference':
      return ['function', 'q', 'p', 's'];
    case 'hours':
      return ['perDay', 'daysPerWeek'];
    case 'serviceLevel':
      return ['percent', 'seconds'];
    default:
      if (parent === 'channels') return channelKeys;
      return [];
  }
}
