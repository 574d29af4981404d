import { consistentDecimals, rankDecimals } from '../numbers.js';

/**
 * The decimals of every score on the page: enough that vendors of different rank never read the
 * same, and as many as the glance's headline takes so that its margin is the difference of the
 * two scores as the table prints them (VIKOR once headed "88.16 / 100, 25.74 points ahead of
 * … (62.42)" over a table of 88.2 and 62.4, whose difference a reader makes 25.8).
 */
export function pageDecimals(
  vendors: readonly { rank: number | null; score: number; eligible: boolean }[],
): number {
  const eligible = vendors.filter((v) => v.eligible);
  const leaders = eligible.filter((v) => v.rank === 1);
  const runnerUp = eligible.find((v) => v.rank !== 1);
  const leader = leaders[0];
  const headline =
    leaders.length === 1 && leader && runnerUp
      ? consistentDecimals(leader.score, runnerUp.score)
      : 1;
  return Math.max(rankDecimals(vendors), headline);
}
