import { failed, ok, type Issue, type Result } from '../issues.js';
import { erlangAAgents } from './erlang-a.js';
import { erlangCAgents, type QueueMeasures } from './erlang-c.js';
import type { Demand, DemandChannel } from './demand.js';

/** One interval of an open day (or the one interval that stands for all, when evenly spread). */
export interface StaffedInterval {
  /** Contacts arriving in the interval (after `peakFactor`). */
  arrivals: number;
  /** Traffic in erlangs: arrivals × (AHT ÷ concurrency) ÷ interval length. */
  traffic: number;
  /** The queue at the agents the target needs (undefined when nothing arrives). */
  queue: QueueMeasures | undefined;
}

/** How one channel is staffed for one month's contacts. */
export interface ChannelStaffing {
  channel: string;
  live: boolean;
  contacts: number;
  ahtSeconds: number;
  /** Contacts × AHT ÷ concurrency, in hours: the agent time the contacts themselves take. */
  workloadHours: number;
  /** Live: the intervals as staffed (one when evenly spread; one per interval of the day). */
  intervals: StaffedInterval[];
  /** Live: how many intervals of this shape a month has (each interval × days when profiled). */
  intervalsPerMonth: number;
  /** Live: agents on the phones at the busiest interval; null for a deferred channel. */
  agents: number | null;
  /** Live: the service level over the month's contacts (arrivals-weighted); null for deferred. */
  serviceLevel: number | null;
  /**
   * Share of the agent hours spent on contacts: workload ÷ agent hours, the workload less the
   * contacts that hang up first under Erlang A.
   */
  occupancy: number;
  /** Agent hours on contacts or waiting for them (before shrinkage). */
  agentHours: number;
  /** Agent hours ÷ FTE hours a month ÷ (1 − shrinkage). */
  fte: number;
  /** FTE × FTE hours a month: the paid hours a per-hour bill counts. */
  paidHours: number;
}

/**
 * Staffs one channel for `contacts` in a month (SPEC "Cost"). A live channel's contacts are
 * spread over its open hours — evenly, or by its intraday profile over each open day — and
 * multiplied by `peakFactor`; each interval gets the fewest agents whose service level meets the
 * target with occupancy at most `maxOccupancy` (Erlang C, or Erlang A with patience), and the
 * agent hours are those agents over the open hours. A deferred channel needs its workload ÷
 * `maxOccupancy` agent hours. FTE = agent hours ÷ `fteHoursPerMonth` ÷ (1 − `shrinkage`).
 * An error when no agent count meets the target.
 */
export function staffChannel(
  ch: DemandChannel,
  demand: Demand,
  contacts: number,
): Result<ChannelStaffing> {
  const handleSeconds = ch.ahtSeconds / ch.concurrency;
  const workloadHours = (contacts * handleSeconds) / 3600;
  const toFte = (agentHours: number) =>
    agentHours / demand.fteHoursPerMonth / (1 - demand.shrinkage);
  if (!ch.live) {
    const agentHours = workloadHours / demand.maxOccupancy;
    const fte = toFte(agentHours);
    return ok({
      channel: ch.id,
      live: false,
      contacts,
      ahtSeconds: ch.ahtSeconds,
      workloadHours,
      intervals: [],
      intervalsPerMonth: 0,
      agents: null,
      serviceLevel: null,
      occupancy: agentHours > 0 ? workloadHours / agentHours : 0,
      agentHours,
      fte,
      paidHours: fte * demand.fteHoursPerMonth,
    });
  }
  const openHours = ch.openHoursPerMonth ?? 0;
  const intervalSeconds = ch.intervalMinutes * 60;
  const slots = (openHours * 60) / ch.intervalMinutes;
  // an intraday profile shapes each open day; without one, every interval is alike
  const days = ch.intraday && ch.hoursPerDay ? openHours / ch.hoursPerDay : undefined;
  const shares = ch.intraday && days ? ch.intraday : [1];
  const perShape = ch.intraday && days ? days : slots;
  const target = ch.serviceLevel ?? { percent: 80, seconds: 20 };
  const intervals: StaffedInterval[] = [];
  for (const share of shares) {
    const arrivals =
      ((ch.intraday && days ? (contacts / days) * share : contacts / slots) || 0) * ch.peakFactor;
    const traffic = (arrivals * handleSeconds) / intervalSeconds;
    if (arrivals <= 0) {
      intervals.push({ arrivals: 0, traffic: 0, queue: undefined });
      continue;
    }
    const queue =
      ch.staffing === 'erlang-a'
        ? erlangAAgents(
            arrivals / intervalSeconds,
            handleSeconds,
            ch.patienceSeconds ?? Infinity,
            target,
            demand.maxOccupancy,
          )
        : erlangCAgents(traffic, handleSeconds, target, demand.maxOccupancy);
    if (!queue) return failed([unreachable(ch, target, arrivals)]);
    intervals.push({ arrivals, traffic, queue });
  }
  const intervalHours = ch.intervalMinutes / 60;
  const agentHours =
    intervals.reduce((s, i) => s + (i.queue?.agents ?? 0), 0) * intervalHours * perShape;
  const offered = intervals.reduce((s, i) => s + i.arrivals, 0);
  const answeredInTime = intervals.reduce(
    (s, i) => s + i.arrivals * (i.queue?.serviceLevel ?? 1),
    0,
  );
  const fte = toFte(agentHours);
  // callers who hang up (Erlang A) take no agent time: occupancy counts the carried load
  const abandoned =
    offered > 0
      ? intervals.reduce((s, i) => s + i.arrivals * (i.queue?.abandonProbability ?? 0), 0) / offered
      : 0;
  return ok({
    channel: ch.id,
    live: true,
    contacts,
    ahtSeconds: ch.ahtSeconds,
    workloadHours,
    intervals,
    intervalsPerMonth: perShape,
    agents: Math.max(0, ...intervals.map((i) => i.queue?.agents ?? 0)),
    serviceLevel: offered > 0 ? answeredInTime / offered : 1,
    occupancy: agentHours > 0 ? (workloadHours * (1 - abandoned)) / agentHours : 0,
    agentHours,
    fte,
    paidHours: fte * demand.fteHoursPerMonth,
  });
}

function unreachable(
  ch: DemandChannel,
  target: { percent: number; seconds: number },
  arrivals: number,
): Issue {
  return {
    severity: 'error',
    rule: 'unreachable-service-level',
    message: `no number of agents answers ${target.percent} % of "${ch.id}" contacts within ${target.seconds} s (${arrivals.toFixed(1)} arrivals per ${ch.intervalMinutes}-minute interval)`,
    hint: 'lower serviceLevel.percent below 100, or allow a longer answer time in serviceLevel.seconds',
    file: ch.origin.file,
    path: [...ch.origin.path, 'serviceLevel'],
  };
}
