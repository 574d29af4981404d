// A report of a thousand vendors is ~100 MB of JSON: made as one string, then turned into one
// buffer to write, it costs twice that in memory on top of the model (issue 16). Written in
// pieces, only one piece exists at a time.

/** Pieces of about this many characters are handed out (smaller ones are joined first). */
const pieceChars = 1 << 16;

/** What `JSON.stringify` omits in an object and writes as `null` in an array. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** `holder[key]` as JSON.stringify reads it: through its `toJSON(key)` when it has one. */
function propertyValue(holder: object, key: string): unknown {
  const value = (holder as Record<string, unknown>)[key];
  if (
    (typeof value === 'object' && value !== null) ||
    typeof value === 'function' ||
    typeof value === 'bigint'
  ) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJSON.call(value, key) as unknown;
  }
  return value;
}

/** A Number, String, Boolean or BigInt object, which JSON writes as its primitive. */
function isBoxed(value: object): boolean {
  return (
    value instanceof Number ||
    value instanceof String ||
    value instanceof Boolean ||
    value instanceof BigInt
  );
}

/** The pieces being joined into the next one handed out. */
class Pieces {
  private parts: string[] = [];
  private size = 0;

  /** Adds `text`; true when enough has gathered to hand out a piece. */
  add(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= pieceChars;
  }

  /** The pieces gathered: one joined piece, but a large part is handed out as it is, uncopied. */
  *take(): Generator<string, void, undefined> {
    const last = this.parts.length - 1;
    if (last > 0 && (this.parts[last] as string).length >= pieceChars) {
      const large = this.parts.pop() as string;
      yield this.parts.join('');
      yield large;
    } else if (last >= 0) {
      yield this.parts.join('');
    }
    this.parts = [];
    this.size = 0;
  }
}

/**
 * The text of `JSON.stringify(value, null, indent)` in pieces, byte for byte the same (key
 * order, numbers, escapes, `toJSON`, omitted `undefined` and functions, `TypeError` on a cycle
 * or a BigInt); nothing when JSON.stringify gives `undefined`. The containers of the first
 * `depth` levels are written here one member at a time; each value below them by
 * JSON.stringify itself, re-indented (a JSON text has a line break only between tokens, so
 * indenting after each one is exact). A value made by `toJSON` is made when it is written, so
 * a document whose large parts are made that way never exists whole.
 */
export function* jsonChunks(
  value: unknown,
  indent: number | string = '',
  depth = 2,
): Generator<string, void, undefined> {
  const gap =
    typeof indent === 'number'
      ? ' '.repeat(Math.min(10, Math.max(0, Math.trunc(indent) || 0)))
      : indent.slice(0, 10);
  const pieces = new Pieces();
  const open = new Set<object>();

  function* write(v: unknown, prefix: string, level: number): Generator<string, void, undefined> {
    if (typeof v !== 'object' || v === null || isBoxed(v)) {
      if (pieces.add(JSON.stringify(v))) yield* pieces.take();
      return;
    }
    // a value with its own toJSON would be passed through it again by JSON.stringify
    if (level >= depth && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
      const text = JSON.stringify(v, null, indent);
      if (pieces.add(gap ? text.replaceAll('\n', `\n${prefix}`) : text)) yield* pieces.take();
      return;
    }
    if (open.has(v)) throw new TypeError('Converting circular structure to JSON');
    open.add(v);
    const inner = prefix + gap;
    const between = gap ? `,\n${inner}` : ',';
    if (Array.isArray(v)) {
      const items = v as unknown[];
      if (items.length === 0) {
        if (pieces.add('[]')) yield* pieces.take();
      } else {
        pieces.add(gap ? `[\n${inner}` : '[');
        for (let i = 0; i < items.length; i++) {
          if (i > 0) pieces.add(between);
          const item = propertyValue(items, String(i));
          if (omitted(item)) pieces.add('null');
          else yield* write(item, inner, level + 1);
        }
        if (pieces.add(gap ? `\n${prefix}]` : ']')) yield* pieces.take();
      }
    } else {
      let first = true;
      for (const key of Object.keys(v)) {
        const member = propertyValue(v, key);
        if (omitted(member)) continue;
        pieces.add(first ? (gap ? `{\n${inner}` : '{') : between);
        first = false;
        pieces.add(gap ? `${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`);
        yield* write(member, inner, level + 1);
      }
      if (pieces.add(first ? '{}' : gap ? `\n${prefix}}` : '}')) yield* pieces.take();
    }
    open.delete(v);
  }

  const top = propertyValue({ '': value }, '');
  if (omitted(top)) return;
  yield* write(top, '', 0);
  yield* pieces.take();
}
