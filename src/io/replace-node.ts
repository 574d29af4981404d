import type { Document, Node, YAMLMap } from 'yaml';

/**
 * Sets `key` of `map` to `node`, keeping the comments the old value carried, and prints the
 * document again (no line folding): the fallback of the `score` and `weigh` writers for layouts
 * their in-place splice does not handle.
 */
export function replaceKeepingComments(
  doc: Document,
  map: YAMLMap<unknown, unknown>,
  key: string,
  node: Node,
): string {
  const old = map.get(key, true) as Node | undefined;
  if (old) {
    node.comment = old.comment;
    node.commentBefore = old.commentBefore;
  }
  map.set(key, node);
  return doc.toString({ lineWidth: 0 });
}
