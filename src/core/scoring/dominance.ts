/**
 * For each alternative, the indices of the candidates that dominate it: at least as good on
 * every column and strictly better on one. `rows[i][j]` is alternative i's utility on column j;
 * only alternatives with `candidate[k]` true can dominate.
 */
export function dominators(
  rows: readonly (readonly number[])[],
  candidate: readonly boolean[],
): number[][] {
  return rows.map((a, i) => {
    const out: number[] = [];
    rows.forEach((b, k) => {
      if (k === i || !candidate[k]) return;
      let strictly = false;
      for (let j = 0; j < a.length; j++) {
        const bj = b[j] ?? 0;
        const aj = a[j] ?? 0;
        if (bj < aj) return;
        if (bj > aj) strictly = true;
      }
      if (strictly) out.push(k);
    });
    return out;
  });
}
