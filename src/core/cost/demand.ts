import { failed, ok, type Issue, type Result } from '../issues.js';
import type { DemandInput } from '../model/criteria-schema.js';
import { monthIds } from '../model/months.js';
import type { CriteriaSet, Origin } from '../model/types.js';

/** Weeks in an average month: 52 weeks over 12 months. */
export const weeksPerMonth = 52 / 12;

/** The defaults a demand takes when it does not say (each is stated by `cost --explain`). */
export const demandDefaults = {
  contractMonths: 12,
  shrinkage: 0.3,
  maxOccupancy: 0.85,
  fteHoursPerMonth: 160,
  intervalMinutes: 30,
  peakFactor: 1,
  concurrency: 1,
} as const;

/** One channel of the buyer's workload, defaults filled in. */
export interface DemandChannel {
  id: string;
  live: boolean;
  contactsPerMonth: number;
  ahtSeconds: number;
  /** Chat sessions one agent handles at once; the handle time an agent spends is AHT ÷ this. */
  concurrency: number;
  /** Live channels: open hours in a month (`openHoursPerMonth`, or `hours` × 52/12 weeks). */
  openHoursPerMonth: number | undefined;
  /** Live channels with `hours`: open hours a day and open days a month. */
  hoursPerDay: number | undefined;
  serviceLevel: { percent: number; seconds: number } | undefined;
  peakFactor: number;
  intervalMinutes: number;
  staffing: 'erlang-c' | 'erlang-a';
  patienceSeconds: number | undefined;
  /** Share of a day's contacts per interval of the open day, or undefined for an even spread. */
  intraday: number[] | undefined;
  /** Where the channel is written, for messages. */
  origin: Origin;
}

/** The buyer's workload, checked and with every default filled in. */
export interface Demand {
  currency: string | undefined;
  contractMonths: number;
  shrinkage: number;
  maxOccupancy: number;
  fteHoursPerMonth: number;
  resolutionRate: number | undefined;
  exchangeRates: Readonly<Record<string, number>>;
  channels: DemandChannel[];
  /** Volume factor per calendar month, January first (1 where not given). */
  seasonality: number[];
  /** The contract's first calendar month, 0 = January. */
  startMonth: number;
  /** Criterion whose answer (first-contact resolution) turns issues into contacts per vendor. */
  repeatFrom: string | undefined;
  /** A bid below this share of the median contract cost is abnormally low (default 0.7). */
  abnormallyLowBelow: number;
  /** The defaults that applied, by key, for `cost --explain` to state. */
  defaulted: string[];
  origin: Origin;
}

/**
 * Checks a demand beyond its shape (what the schema cannot see) and fills in the defaults: a live
 * channel needs open hours and a service-level target; `erlang-a` needs `patienceSeconds`; an
 * `intraday` profile needs `hours`, one share per interval of the open day, summing to 1. Each
 * problem is an error at its key.
 */
export function resolveDemand(input: DemandInput, origin: Origin): Result<Demand> {
  const issues: Issue[] = [];
  const at = (path: (string | number)[]) => ({
    file: origin.file,
    path: [...origin.path, ...path],
  });
  const defaulted: string[] = [];
  const pick = <K extends keyof typeof demandDefaults>(
    key: K,
    value: number | undefined,
  ): number => {
    if (value !== undefined) return value;
    defaulted.push(key);
    return demandDefaults[key];
  };
  const contractMonths = pick('contractMonths', input.contractMonths);
  const shrinkage = pick('shrinkage', input.shrinkage);
  const maxOccupancy = pick('maxOccupancy', input.maxOccupancy);
  const fteHoursPerMonth = pick('fteHoursPerMonth', input.fteHoursPerMonth);
  const entries = Object.entries(input.channels ?? {});
  if (!entries.length) {
    issues.push({
      severity: 'error',
      rule: 'invalid-demand',
      message: 'the demand names no channels, so there is nothing to cost',
      hint: 'add `channels:` with e.g. voice: { live: true, contactsPerMonth: …, ahtSeconds: … }',
      ...at(input.channels ? ['channels'] : []),
    });
  }
  const channels = entries.map(([id, ch]): DemandChannel => {
    const live = ch.live ?? false;
    const here = (key: string) => at(['channels', id, key]);
    const problem = (path: ReturnType<typeof at>, message: string, hint: string): void => {
      issues.push({ severity: 'error', rule: 'invalid-demand', message, hint, ...path });
    };
    const openHoursPerMonth =
      ch.openHoursPerMonth ??
      (ch.hours ? ch.hours.perDay * ch.hours.daysPerWeek * weeksPerMonth : undefined);
    if (live && openHoursPerMonth === undefined) {
      problem(
        at(['channels', id]),
        `live channel "${id}" has no open hours, so its contacts cannot be spread over time`,
        'add `openHoursPerMonth: 390` or `hours: { perDay: 12, daysPerWeek: 6 }`',
      );
    }
    if (live && !ch.serviceLevel) {
      problem(
        at(['channels', id]),
        `live channel "${id}" has no service-level target to staff for`,
        'add `serviceLevel: { percent: 80, seconds: 20 }`',
      );
    }
    const staffing = ch.staffing ?? 'erlang-c';
    if (staffing === 'erlang-a' && ch.patienceSeconds === undefined) {
      problem(
        here('staffing'),
        `channel "${id}" is staffed with erlang-a, which needs how long callers wait before hanging up`,
        'add `patienceSeconds: 180` (the mean patience measured from abandoned calls)',
      );
    }
    const intervalMinutes = ch.intervalMinutes ?? demandDefaults.intervalMinutes;
    if (ch.intraday) {
      if (!ch.hours) {
        problem(
          here('intraday'),
          `the intraday profile of "${id}" needs the channel's \`hours\` to know the length of a day`,
          'add `hours: { perDay: 12, daysPerWeek: 6 }`',
        );
      } else {
        const expected = (ch.hours.perDay * 60) / intervalMinutes;
        const sum = ch.intraday.reduce((s, x) => s + x, 0);
        if (Math.abs(ch.intraday.length - expected) > 1e-9) {
          problem(
            here('intraday'),
            `the intraday profile of "${id}" has ${ch.intraday.length} intervals, but ${ch.hours.perDay} open hours a day make ${expected} of ${intervalMinutes} minutes`,
            'give one share per interval of the open day',
          );
        } else if (Math.abs(sum - 1) > 1e-6) {
          problem(
            here('intraday'),
            `the intraday shares of "${id}" sum to ${sum.toFixed(4)}, not 1`,
            "each share is the part of the day's contacts in that interval; they must add up to 1",
          );
        }
      }
    }
    if (!live && ch.concurrency !== undefined && ch.concurrency !== 1) {
      // concurrency applies to deferred work too: an agent handles several emails' worth at once
      // is not a thing, so say what it does rather than ignore it
      problem(
        here('concurrency'),
        `concurrency is for live chat; "${id}" is deferred`,
        'remove `concurrency`, or make the channel `live: true`',
      );
    }
    return {
      id,
      live,
      contactsPerMonth: ch.contactsPerMonth,
      ahtSeconds: ch.ahtSeconds,
      concurrency: ch.concurrency ?? demandDefaults.concurrency,
      openHoursPerMonth,
      hoursPerDay: ch.hours?.perDay,
      serviceLevel: ch.serviceLevel,
      peakFactor: ch.peakFactor ?? demandDefaults.peakFactor,
      intervalMinutes,
      staffing,
      patienceSeconds: ch.patienceSeconds,
      intraday: ch.intraday,
      origin: at(['channels', id]),
    };
  });
  if (issues.length) return failed(issues);
  return ok({
    currency: input.currency,
    contractMonths,
    shrinkage,
    maxOccupancy,
    fteHoursPerMonth,
    resolutionRate: input.resolutionRate,
    exchangeRates: input.exchangeRates ?? {},
    channels,
    seasonality: monthIds.map((m) => input.seasonality?.[m] ?? 1),
    startMonth: input.startMonth ? monthIds.indexOf(input.startMonth) : 0,
    repeatFrom: input.repeatContacts?.fromCriterion,
    abnormallyLowBelow: input.abnormallyLowBelow ?? 0.7,
    defaulted,
    origin,
  });
}

/**
 * The error for a set that must price bids but has no `demand`: at its first cost criterion's
 * `type`, else at the top of the set file.
 */
export function missingDemand(set: CriteriaSet): Issue {
  const cost = set.criteria.find((c) => c.type === 'cost');
  return {
    severity: 'error',
    rule: 'missing-demand',
    message: cost
      ? `criteria set "${set.id}" has the cost criterion "${cost.id}" but no \`demand\` to turn bids into cost`
      : `criteria set "${set.id}" has no \`demand\` to turn bids into cost`,
    hint: 'rank it inside a set that has `demand:` (the built-in customer-service has one), or add `demand:` with the channels, volumes and service levels to price (docs/cost-model.md)',
    file: cost?.origin.file ?? set.file,
    ...(cost ? { path: [...cost.origin.path, 'type'] } : { line: 1, column: 1 }),
  };
}
