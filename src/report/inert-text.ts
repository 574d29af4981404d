// Text from a user's files (vendor and criterion names, notes, evidence, file names, values quoted
// in a problem's message) is data. Printed as it is, a control character in it is an instruction
// to whatever shows it: ESC starts a terminal sequence that clears the screen, moves the cursor,
// sets the window title or opens a hyperlink (OSC 8); a line break starts a line that passes for
// our own output (or, on a CI runner, for a workflow command); a bidi override reorders what the
// reader sees ("Trojan Source", CVE-2021-42574). The rule for all of them is here, once.

/**
 * C0 controls but tab and line feed, DEL, and C1 controls: shown as their Unicode control
 * pictures (ESC as `␛`, BEL as `␇`, DEL as `␡`; a C1 control, which has none, as `�`), so the
 * reader sees that something was there and nothing acts on it.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what it matches
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * The bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), which reorder the
 * text after them, shown as `�`. The marks (U+200E, U+200F), which only hint a direction, stay.
 */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/* eslint-disable no-control-regex -- the control characters the rules replace */
/** A character one of the rules changes: most text holds none, and is kept as it is. */
const actsOnScreen = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The same, and the backtick that Markdown's rule escapes. */
const actsInMarkdown = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069`]/;
/* eslint-enable no-control-regex */

/** Every line break Unicode names (CRLF, CR, LF, NEL, LS, PS), for one line or for `\n`. */
const lineBreaks = /\r\n|[\r\n\u0085\u2028\u2029]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}

function inertControls(text: string): string {
  return text.replace(controls, picture).replace(bidiControls, '\ufffd');
}

/**
 * User text for one line of output (a terminal, a log, a problem line): every line break and
 * tab a space, every other control character and bidi control made visible and inert. The width
 * of the result is what a terminal shows: each replacement is one column.
 */
export function oneLine(text: string): string {
  return inertControls(text.replace(lineBreaks, ' ').replace(/\t/g, ' '));
}

/**
 * User text for a format that encodes line breaks and tabs itself (Markdown `<br>`, a quoted CSV
 * field, HTML): line breaks as `\n`, tabs kept, every other control and bidi control made
 * visible and inert as in {@link oneLine}.
 */
export function inertText(text: string): string {
  return inertControls(text.replace(lineBreaks, '\n'));
}

/**
 * What a format does with the text in its model before it renders ({@link inertStrings}):
 * `line` for a terminal or a log, `text` for CSV, HTML and CI logs, `markdown` for Markdown, and
 * `encoded` for a format that encodes every character itself and must keep the data exactly
 * (JSON, YAML, XML).
 */
export type UserTextMode = 'line' | 'text' | 'markdown' | 'encoded';

/**
 * Markdown's own escape of a backtick in user text, `` \` ``: the text cannot open or close a
 * code span, so it cannot pair with a backtick of ours and turn our text to code (or its own
 * `<…>` to live HTML). `escapeCell` (markdown-table.ts) keeps a backslash-escaped backtick.
 */
export function escapeBackticks(text: string): string {
  return text.replace(/`/g, '\\`');
}

/** The text before {@link escapeBackticks}: for a code span, where a backslash is literal. */
export function unescapeBackticks(text: string): string {
  return text.replace(/\\`/g, '`');
}

const modes: Readonly<Record<Exclude<UserTextMode, 'encoded'>, (text: string) => string>> = {
  line: oneLine,
  text: inertText,
  markdown: (text) => escapeBackticks(inertText(text)),
};

/**
 * A model with every string in it (object keys and values, array items, Map and Set entries) passed
 * through the mode's rule: `line` ({@link oneLine}), `text` ({@link inertText}), `markdown`
 * (inert text, backticks escaped), `encoded` (the model as it is). Applied once,
 * where a model enters a format, so no field a renderer shows can be missed. Copy on write: an
 * object with nothing to change is returned as it is, and an object met twice maps to one copy
 * (identity is kept). Class instances other than Map and Set are left as they are.
 */
export function inertStrings<T>(model: T, mode: UserTextMode): T {
  if (mode === 'encoded' || surelyInert(model, mode === 'markdown')) return model;
  const rule = modes[mode];
  // most text holds nothing to change: one test, and the string itself is kept (no copy)
  const acts = mode === 'markdown' ? actsInMarkdown : actsOnScreen;
  const seen = new Map<object, unknown>();
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return acts.test(value) ? rule(value) : value;
    if (typeof value !== 'object' || value === null) return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value); // a cycle maps to the original until its copy exists
    const copy = copyOf(value, visit);
    seen.set(value, copy);
    return copy;
  };
  return visit(model) as T;
}

/**
 * In JSON text, what may stand for a character a rule changes: an escape (JSON writes C0
 * controls as `\n`, `\u001b`, …; a backslash of the text itself, `\\`, may match too, which only
 * costs the full walk) or a character JSON leaves as it is (DEL, C1, line and paragraph
 * separators, bidi controls; and the backtick for Markdown).
 */
const jsonActsOnScreen = /\\[bfnrtu]|[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const jsonActsInMarkdown = /\\[bfnrtu]|[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069`]/;

/**
 * Whether no string in `model` (keys, values, Map and Set entries) holds anything a rule
 * changes, told from one native `JSON.stringify` of it and one regular expression test: the
 * common case, in which the walk below would return the model as it is, for a fraction of its
 * cost (a ranking of six vendors is ~4,000 objects and strings to visit). False when unsure (a
 * cycle, a BigInt): then the walk decides.
 */
function surelyInert(model: unknown, markdown: boolean): boolean {
  let json: string | undefined;
  // Maps and Sets are written as their entries for the length of this call: a `toJSON` on their
  // prototypes is called for them alone, where a replacer function would be called for every
  // value of the model (most of the cost). Set back before anything else can run.
  const had = {
    map: Object.hasOwn(Map.prototype, 'toJSON'),
    set: Object.hasOwn(Set.prototype, 'toJSON'),
  };
  try {
    if (!had.map) defineEntriesToJson(Map.prototype);
    if (!had.set) defineEntriesToJson(Set.prototype);
    json = JSON.stringify(model);
  } catch {
    return false;
  } finally {
    if (!had.map) delete (Map.prototype as { toJSON?: unknown }).toJSON;
    if (!had.set) delete (Set.prototype as { toJSON?: unknown }).toJSON;
  }
  return json !== undefined && !(markdown ? jsonActsInMarkdown : jsonActsOnScreen).test(json);
}

function defineEntriesToJson(proto: object): void {
  Object.defineProperty(proto, 'toJSON', {
    configurable: true,
    writable: true,
    value(this: Iterable<unknown>) {
      return [...this];
    },
  });
}

function copyOf(value: object, visit: (v: unknown) => unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = visit(value[i]);
      if (next !== value[i]) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  if (value instanceof Map) {
    const before = [...value];
    const after = before.map(([k, v]) => [visit(k), visit(v)] as const);
    const same = after.every(([k, v], i) => k === before[i]?.[0] && v === before[i]?.[1]);
    return same ? value : new Map(after);
  }
  if (value instanceof Set) {
    const before = [...value];
    const items = before.map(visit);
    return items.some((x, i) => x !== before[i]) ? new Set(items) : value;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  // keys too: a record may be keyed by user text (an evaluator's name)
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let after: [string, unknown][] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const key = visit(k) as string;
    const next = visit(record[k]);
    if (!after && (key !== k || next !== record[k]))
      after = keys.slice(0, i).map((earlier) => [earlier, record[earlier]]);
    after?.push([key, next]);
  }
  if (!after) return value;
  // fromEntries defines own properties, so a `__proto__` key stays a key
  const copy: object = Object.fromEntries(after);
  return proto === null ? Object.setPrototypeOf(copy, null) : copy;
}
