import {
  CORE_SCHEMA,
  EVENT_ID,
  NOT_RESOLVED,
  constructFromEvents,
  defineMappingTag,
  defineScalarTag,
  floatCoreTag,
  intCoreTag,
  parseEvents,
  type Event,
} from 'js-yaml';

/**
 * The happy-path YAML parser: js-yaml (several times faster than `yaml`'s `parseDocument`) for
 * plain documents only. It must mean exactly what `parseDocument(text, { version: '1.2', schema:
 * 'core', uniqueKeys: true }).toJS()` means (tests/io/fast-yaml.test.ts holds the two equal over
 * generated documents and every YAML file of the repository), so it gives up — returns undefined,
 * and `yaml` parses the file as before — on anything where the two could differ or where `yaml`
 * must speak: tabs, anchors, aliases, tags, directives, several or no documents, a key that is not
 * a plain string (`~`, `1`, `[a]`), `<<` and `__proto__` keys, duplicate keys, a number too large
 * for a double, nesting deeper than js-yaml's limit, a top level that is not a mapping or a
 * sequence, and every syntax error (messages and positions always come from `yaml`).
 */
export function parseFastYaml(text: string): object | undefined {
  // tabs are where YAML parsers disagree most (indentation, separators)
  if (text.includes('\t')) return undefined;
  try {
    const events = parseEvents(text, {});
    if (!plainEvents(events, text)) return undefined;
    const [data] = constructFromEvents(events, { source: text, schema: fastSchema, maxAliases: 0 });
    return data !== null && typeof data === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One document, no directive, no anchor, alias or tag anywhere, and no implicit key near
 * `yaml`'s limit (a key and its `:` within 1,024 characters; js-yaml has no such limit).
 */
function plainEvents(events: readonly Event[], text: string): boolean {
  let documents = 0;
  // per open collection: whether it is a mapping, and how many nodes it holds so far
  const open: { map: boolean; count: number }[] = [];
  for (const event of events) {
    const parent = open[open.length - 1];
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || event.directives.length > 0) return false;
        continue;
      case EVENT_ID.ALIAS:
        return false;
      case EVENT_ID.POP:
        open.pop();
        if (open.length > 0) (open[open.length - 1] as { count: number }).count++;
        continue;
      case EVENT_ID.SCALAR:
        if (event.anchorStart !== -1 || event.tagStart !== -1) return false;
        if (parent?.map && parent.count % 2 === 0 && longKey(event, text)) return false;
        if (parent) parent.count++;
        continue;
      default:
        if (event.anchorStart !== -1 || event.tagStart !== -1) return false;
        // a collection as a key gives up later (not a string key)
        open.push({ map: event.type === EVENT_ID.MAPPING, count: 0 });
    }
  }
  return documents === 1;
}

/** Whether a key's text and the `:` after it span more than a safe margin under 1,024. */
function longKey(event: { valueStart: number; valueEnd: number }, text: string): boolean {
  if (event.valueEnd - event.valueStart > 1000) return true;
  const colon = text.indexOf(':', event.valueEnd);
  return colon === -1 || colon - event.valueStart > 1000;
}

/** Thrown by a resolver to give the document back to `yaml`. */
class GiveUp extends Error {}

/** `yaml`'s core-schema number forms (YAML 1.2.2 §10.3.2), as `yaml` itself tests them. */
const yamlInt = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const yamlFloat = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * js-yaml turns a number too large for a double (`1e400`, 400 digits) into a string, `yaml` into
 * ±Infinity: such a document goes to `yaml` (and its guards).
 */
function noOverflow<T>(
  form: RegExp,
  resolve: (source: string, explicit: boolean, tag: string) => T,
): (source: string, explicit: boolean, tag: string) => T {
  return (source, explicit, tag) => {
    const value = resolve(source, explicit, tag);
    if (value === NOT_RESOLVED && form.test(source)) throw new GiveUp(source);
    return value;
  };
}

const fastInt = defineScalarTag(intCoreTag.tagName, {
  ...intCoreTag,
  resolve: noOverflow(yamlInt, intCoreTag.resolve),
});

const fastFloat = defineScalarTag(floatCoreTag.tagName, {
  ...floatCoreTag,
  resolve: noOverflow(yamlFloat, floatCoreTag.resolve),
});

/**
 * Plain objects like `yaml`'s, with only string keys: js-yaml turns a `~` key into "null" where
 * `yaml` gives "", so every key that is not a string gives up, as do the keys `yaml` treats apart.
 */
const fastMap = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  identify: () => false,
  addPair: (map, key, value) => {
    if (typeof key !== 'string') return 'not a string key';
    if (key === '__proto__' || key === '<<') return 'a key yaml treats apart';
    map[key] = value;
    return '';
  },
  has: (map, key) => typeof key === 'string' && Object.prototype.hasOwnProperty.call(map, key),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[String(key)],
});

const fastSchema = CORE_SCHEMA.withTags(fastMap, fastInt, fastFloat);
