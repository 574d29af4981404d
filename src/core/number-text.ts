/** How a number was written as text, so a hint can say what to change. */
export type NumberSlip = 'percent' | 'decimal-comma' | 'quoted';

/**
 * The number meant by text written where a number belongs: `"95%"` → 95, `"31.5"` → 31.5,
 * `31,5` (YAML reads it as text) → 31.5, `"1,250.5"` → 1250.5. Undefined when the text is not
 * plainly one number, or when a comma could be either a decimal comma or a thousands separator
 * (`1,250`): a hint must never guess a figure.
 */
export function numberFromText(text: string): { value: number; slip: NumberSlip } | undefined {
  let body = text.trim();
  let slip: NumberSlip = 'quoted';
  if (body.endsWith('%')) {
    body = body.slice(0, -1).trimEnd();
    slip = 'percent';
  }
  const sign = /^[+-]/.test(body) ? body.slice(0, 1) : '';
  const digits = body.slice(sign.length);
  let plain: string | undefined;
  if (/^(\d+(\.\d*)?|\.\d+)$/.test(digits)) {
    plain = digits;
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits) && digits.includes('.')) {
    plain = digits.replaceAll(',', '');
  } else if (/^\d+,(\d{1,2}|\d{4,})$/.test(digits)) {
    plain = digits.replace(',', '.');
    if (slip === 'quoted') slip = 'decimal-comma';
  }
  if (plain === undefined) return undefined;
  const value = Number(sign + plain);
  return Number.isFinite(value) ? { value, slip } : undefined;
}

/**
 * A hint with the number to write, for a value that should be a number but is text that plainly
 * means one (`"95%"` → `write 95 …`); undefined for anything else. `whole` asks for a whole
 * number: a hint never suggests a value that would be refused in turn.
 */
export function numberHint(value: unknown, whole = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  const found = numberFromText(value);
  if (!found || (whole && !Number.isInteger(found.value))) return undefined;
  const n = String(found.value);
  switch (found.slip) {
    case 'percent':
      return `write ${n}, without the % sign`;
    case 'decimal-comma':
      return `write ${n}, with a decimal point (YAML reads ${value} as text)`;
    case 'quoted':
      return `write ${n}, without quotes (in quotes it is text)`;
  }
}

/**
 * A number with `digits` decimals and commas between thousands: `1234567.891, 2` →
 * `1,234,567.89`. By hand rather than `toLocaleString`, whose first call loads the ICU locale
 * data and costs a cold start tens of milliseconds.
 */
export function groupedNumber(x: number, digits = 0): string {
  const fixed = Math.abs(x).toFixed(digits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
