import type { Ranking, VendorResult } from '../../core/model/ranking.js';
import { formatMoney } from '../cost-model.js';
import { consistentDecimals, formatPercent, formatScore, plural } from '../numbers.js';
import { formatCount } from '../sensitivity-model.js';
import { skippedHeadline } from '../skipped-files.js';
import { overridesLine } from '../weight-overrides.js';
import type { Glance } from './model.js';

/**
 * The decision at a glance: who leads and by how much, who is eligible and complete, how often
 * the leader wins when the weights move (when computed), what it costs (when costed), and every
 * ad-hoc change to the run (overrides, skipped files). Figures, and the sentences stating them.
 */
export function glanceOf(ranking: Ranking): Glance {
  const eligible = ranking.vendors.filter((v) => v.eligible);
  const leaders = eligible.filter((v) => v.rank === 1);
  const runnerUp = eligible.find((v) => v.rank !== 1);
  const margin =
    leaders.length === 1 && runnerUp ? (leaders[0]?.score ?? 0) - runnerUp.score : undefined;
  const ineligible = ranking.vendors.filter((v) => !v.eligible);
  const incomplete = ranking.vendors.filter((v) => !v.complete);
  const leader = leaders.length === 1 ? leaders[0] : undefined;
  const p = leader ? ranking.robustness?.pRank1.get(leader.id) : undefined;
  const robustness =
    leader && ranking.robustness && p !== undefined
      ? {
          pRank1: p,
          iterations: ranking.robustness.iterations,
          spread: ranking.robustness.spread,
          seed: ranking.robustness.seed,
        }
      : undefined;
  const costedEligible = eligible.filter((v) => v.cost);
  const cheapestVendor = [...costedEligible].sort(
    (a, b) => (a.cost?.monthly ?? 0) - (b.cost?.monthly ?? 0) || a.id.localeCompare(b.id),
  )[0];
  const anyCost = ranking.vendors.find((v) => v.cost);
  const cost = anyCost
    ? {
        currency: anyCost.cost?.currency ?? null,
        leaderMonthly: leader?.cost?.monthly ?? null,
        leaderContract: leader?.cost?.contract ?? null,
        cheapest:
          cheapestVendor?.cost !== null && cheapestVendor?.cost !== undefined
            ? {
                id: cheapestVendor.id,
                name: cheapestVendor.name,
                monthly: cheapestVendor.cost.monthly,
                contract: cheapestVendor.cost.contract,
              }
            : undefined,
      }
    : undefined;
  const glance: Glance = {
    leaders,
    runnerUp,
    margin,
    eligible: eligible.length,
    total: ranking.vendors.length,
    ineligible,
    incomplete,
    robustness,
    cost,
    sentences: [],
  };
  glance.sentences = glanceSentences(ranking, glance);
  return glance;
}

function leadSentence(g: Glance): string {
  const [first] = g.leaders;
  if (!first) {
    return g.total === 0
      ? 'No vendor was ranked.'
      : `No vendor is eligible: ${g.total === 1 ? 'the only vendor is' : g.total === 2 ? 'both are' : `all ${g.total} are`} knocked out.`;
  }
  if (g.leaders.length > 1) {
    return `${g.leaders.map((v) => v.name).join(' and ')} tie for first with ${formatScore(first.score)} / 100.`;
  }
  if (!g.runnerUp || g.margin === undefined) {
    return `${first.name} is the only eligible vendor, with ${formatScore(first.score)} / 100.`;
  }
  const d = consistentDecimals(first.score, g.runnerUp.score);
  return `${first.name} ranks first with ${first.score.toFixed(d)} / 100, ${g.margin.toFixed(d)} points ahead of ${g.runnerUp.name} (${g.runnerUp.score.toFixed(d)}).`;
}

function knockoutText(v: VendorResult): string {
  return v.knockouts.map((k) => k.reason).join('; ');
}

function eligibilitySentence(g: Glance): string {
  if (g.total === 0) return '';
  if (g.ineligible.length === 0) {
    if (g.total === 1) return 'The vendor is eligible.';
    return g.total === 2 ? 'Both vendors are eligible.' : `All ${g.total} vendors are eligible.`;
  }
  const out = g.ineligible.map((v) => `${v.name} (${knockoutText(v)})`).join('; ');
  return `${g.eligible} of ${g.total} vendors are eligible; knocked out: ${out}.`;
}

function completenessSentence(ranking: Ranking, g: Glance): string {
  if (g.total === 0) return '';
  if (g.incomplete.length === 0)
    return g.total === 1
      ? 'The vendor answered every criterion.'
      : 'Every vendor answered every criterion.';
  const policy = ranking.missing === 'exclude' ? 'left out of their weights' : 'scored 0';
  const list = g.incomplete
    .map((v) => `${v.name} (${plural(v.missing.length, 'criterion', 'criteria')})`)
    .join(', ');
  return `${g.incomplete.length} of ${g.total} vendors left criteria unanswered, ${policy}: ${list}.`;
}

function robustnessSentence(ranking: Ranking, g: Glance): string | undefined {
  const r = ranking.robustness;
  if (!r || g.leaders.length === 0) return undefined;
  const shares = g.leaders.map((v) => r.pRank1.get(v.id));
  if (shares.some((p) => p === undefined)) return undefined;
  // spread 0 moves no stated weight: only the weight ranges and answer ranges are drawn
  const how =
    r.spread === 0
      ? `spread 0: only weight ranges and answer ranges drawn, seed ${r.seed}`
      : `weights drawn around the stated ones, spread ${r.spread}, seed ${r.seed}`;
  const settings = `of ${formatCount(r.iterations)} plausible weightings (${how})`;
  // one leader, or each vendor of a tie for first with its own share (tied vendors share rank 1)
  const each = g.leaders.map((v, i) =>
    i === 0
      ? `${v.name} ranks first in ${formatPercent(shares[i] ?? 0)}`
      : `${v.name} in ${formatPercent(shares[i] ?? 0)}`,
  );
  const list = each.length === 1 ? each[0] : `${each.slice(0, -1).join(', ')} and ${each.at(-1)}`;
  return `${list} ${settings}.`;
}

function costSentence(g: Glance): string | undefined {
  const c = g.cost;
  if (!c) return undefined;
  const money = (x: number): string => formatMoney(x, c.currency);
  // every leader's cost: one leader, or each vendor of a tie for first
  const parts = g.leaders.map((v) =>
    v.cost
      ? `${v.name} costs ${money(v.cost.monthly)} in its first month (${money(v.cost.contract)} over the contract)`
      : `${v.name} has no cost (no pricing in its file)`,
  );
  const cheapest = c.cheapest;
  const leader = cheapest ? g.leaders.find((v) => v.id === cheapest.id) : undefined;
  if (cheapest && !leader) {
    parts.push(
      `the cheapest eligible vendor is ${cheapest.name} at ${money(cheapest.monthly)} in its first month (${money(cheapest.contract)} over the contract)`,
    );
  } else if (cheapest && g.leaders.length === 1) {
    parts.push('it is also the cheapest eligible vendor');
  } else if (cheapest) {
    // a tie for first that holds the cheapest eligible vendor: named only when no other leader
    // costs as little, so two leaders at the same price are not told apart by their ids
    const asCheap = g.leaders.filter((v) => v.cost?.monthly === cheapest.monthly);
    parts.push(
      asCheap.length === 1
        ? `${cheapest.name} is the cheapest eligible vendor`
        : `${asCheap.map((v) => v.name).join(' and ')} are the cheapest eligible vendors`,
    );
  }
  if (parts.length === 0) return undefined;
  const text = parts.join('; ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

function capitalised(line: string | undefined): string | undefined {
  return line ? `${line[0]?.toUpperCase()}${line.slice(1)}.` : undefined;
}

/** The glance as sentences, in reading order (empty sentences dropped). */
function glanceSentences(ranking: Ranking, g: Glance): string[] {
  return [
    capitalised(overridesLine(ranking.weightOverrides)),
    capitalised(skippedHeadline(ranking.skipped)),
    leadSentence(g),
    robustnessSentence(ranking, g),
    costSentence(g),
    eligibilitySentence(g),
    completenessSentence(ranking, g),
  ].filter((s): s is string => s !== undefined && s !== '');
}
