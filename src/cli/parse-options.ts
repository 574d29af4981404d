import { idPattern } from '../core/model/ids.js';
import { numberFromText } from '../core/number-text.js';
import { InvalidArgumentError } from '@commander-js/extra-typings';
import { isSpread, maxIterations } from '../core/analysis/sensitivity/settings.js';

/** Parses `--weights id=w,id=w` into a map of raw weights (non-negative, finite). */
export function parseWeightOverrides(
  text: string,
  previous?: Map<string, number>,
): Map<string, number> {
  const out = new Map(previous ?? []);
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const m = new RegExp(`^(${idPattern.source.slice(1, -1)})\\s*=\\s*(.+)$`).exec(trimmed);
    // a plain decimal only: Number() would also read 0x10 as 16 and "" as 0
    const written = m?.[2]?.trim() ?? '';
    const weight = /^(\d+(\.\d*)?|\.\d+)$/.test(written) ? Number(written) : NaN;
    if (!m || !Number.isFinite(weight)) {
      const meant = m ? numberFromText(written) : undefined;
      const fix =
        meant && meant.value >= 0
          ? `; write ${m?.[1] ?? 'id'}=${meant.value}`
          : ' (e.g. security=30)';
      throw new InvalidArgumentError(
        `"${trimmed}" is not id=weight with a weight of 0 or more${fix}.`,
      );
    }
    const id = m[1] as string;
    // one list giving an id twice is a slip: which value was meant cannot be told
    if (seen.has(id)) throw new InvalidArgumentError(`"${id}" is given twice.`);
    seen.add(id);
    out.set(id, weight);
  }
  return out;
}

/** Parses a whole number ≥ 1. */
export function parsePositiveInt(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('Expected a whole number of 1 or more.');
  return n;
}

/** Parses `--iterations`: a whole number from 1 to {@link maxIterations}. */
export function parseIterations(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1 || n > maxIterations)
    throw new InvalidArgumentError(
      `Expected a whole number of draws from 1 to ${maxIterations.toLocaleString('en-US')}.`,
    );
  return n;
}

/** Parses `--spread`: a number from 0 up to (not including) 1 (`0.001` or `1e-3`). */
export function parseSpread(text: string): number {
  // a plain decimal, with an exponent allowed for tiny spreads; not hex, not empty
  const n = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : NaN;
  if (!isSpread(n))
    throw new InvalidArgumentError(
      'Expected a number from 0 up to (not including) 1, e.g. 0.2; 0 keeps the stated weights.',
    );
  return n;
}

/** Parses `--seed`: a whole number of 0 or more. */
export function parseSeed(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError('Expected a whole number of 0 or more.');
  return n;
}
