/**
 * Guards for the queueing functions' arguments. The buyer's figures are checked (with positions
 * and hints) before they reach the maths, so a value out of range here is a bug in the caller:
 * a RangeError naming the argument, never a user-facing message.
 */

/** A whole number ≥ 0. */
export function requireCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

/** A finite number ≥ 0. */
export function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
}

/** A finite number > 0. */
export function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
}

/** A share in (0, 1], or in [0, 1] when `zeroAllowed`. */
export function requireFraction(name: string, value: number, zeroAllowed = false): void {
  const low = zeroAllowed ? value >= 0 : value > 0;
  if (!(low && value <= 1))
    throw new RangeError(`${name} must be in ${zeroAllowed ? '[0' : '(0'}, 1], got ${value}`);
}
