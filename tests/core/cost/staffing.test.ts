// Staffing a demand (SPEC "Cost"): arrivals spread over the open hours, Erlang C per interval,
// agent hours, FTE with shrinkage; deferred work by workload ÷ occupancy. The live figures are
// the Call Centre Helper example (100 calls in 30 min, AHT 180 s, 80 % in 20 s): 14 agents,
// service level 88.835 %, as published by the R package ErlangC 0.1.0 (README).
import { describe, expect, it } from 'vitest';
import type { DemandInput } from '../../../src/core/model/criteria-schema.js';
import { resolveDemand, type Demand } from '../../../src/core/cost/demand.js';
import { staffChannel } from '../../../src/core/cost/staffing.js';

const origin = { file: 'set.yaml', path: ['demand'] };

function demandOf(input: DemandInput): Demand {
  const r = resolveDemand(input, origin);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const base: DemandInput = {
  shrinkage: 0.3,
  maxOccupancy: 0.85,
  fteHoursPerMonth: 160,
  channels: {
    // 10 open hours = 20 half-hour intervals; 2,000 calls = 100 per interval
    voice: {
      live: true,
      contactsPerMonth: 2000,
      ahtSeconds: 180,
      openHoursPerMonth: 10,
      serviceLevel: { percent: 80, seconds: 20 },
    },
    email: { contactsPerMonth: 9000, ahtSeconds: 420 },
  },
};

function staff(input: DemandInput, channel: string, contacts?: number) {
  const d = demandOf(input);
  const ch = d.channels.find((c) => c.id === channel);
  if (!ch) throw new Error(channel);
  const r = staffChannel(ch, d, contacts ?? ch.contactsPerMonth);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('staffing a live channel with Erlang C', () => {
  it('Call Centre Helper example: 14 agents, 88.8 %, 14 × 10 h, FTE = 140 ÷ 160 ÷ 0.7', () => {
    const s = staff(base, 'voice');
    expect(s.intervals).toHaveLength(1);
    expect(s.intervals[0]?.arrivals).toBeCloseTo(100, 9);
    expect(s.intervals[0]?.traffic).toBeCloseTo(10, 9);
    expect(s.agents).toBe(14);
    expect(s.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(s.occupancy).toBeCloseTo(10 / 14, 9);
    expect(s.agentHours).toBeCloseTo(140, 9);
    expect(s.fte).toBeCloseTo(1.25, 9);
    expect(s.paidHours).toBeCloseTo(200, 9);
    expect(s.workloadHours).toBeCloseTo(100, 9);
  });

  it('chat concurrency divides the handle time: 200 chats of 360 s two at a time is the same 10 erlangs', () => {
    const s = staff(
      {
        ...base,
        channels: {
          chat: {
            live: true,
            contactsPerMonth: 2000,
            ahtSeconds: 360,
            concurrency: 2,
            openHoursPerMonth: 10,
            serviceLevel: { percent: 80, seconds: 20 },
          },
        },
      },
      'chat',
    );
    expect(s.intervals[0]?.traffic).toBeCloseTo(10, 9);
    // Erlang C on AHT 180 s: still 14 agents
    expect(s.agents).toBe(14);
  });

  it('hours per day × days per week × 52/12 weeks give the open hours', () => {
    const d = demandOf({
      channels: {
        voice: {
          live: true,
          contactsPerMonth: 1,
          ahtSeconds: 60,
          hours: { perDay: 12, daysPerWeek: 6 },
          serviceLevel: { percent: 80, seconds: 20 },
        },
      },
    });
    expect(d.channels[0]?.openHoursPerMonth).toBeCloseTo((12 * 6 * 52) / 12, 9);
  });

  it('an intraday profile staffs each interval for its own arrivals', () => {
    // one open hour a day, two half-hour intervals; 20 days → 20 open hours; 3,000 calls
    // → 150 a day: 100 in the first interval (the Helper example: 14 agents), 50 in the second
    const s = staff(
      {
        ...base,
        channels: {
          voice: {
            live: true,
            contactsPerMonth: 3000,
            ahtSeconds: 180,
            hours: { perDay: 1, daysPerWeek: 60 / (52 / 12) / 3 },
            intraday: [2 / 3, 1 / 3],
            serviceLevel: { percent: 80, seconds: 20 },
          },
        },
      },
      'voice',
    );
    expect(s.intervalsPerMonth).toBeCloseTo(20, 9);
    expect(s.intervals.map((i) => i.arrivals)).toEqual([
      expect.closeTo(100, 9),
      expect.closeTo(50, 9),
    ]);
    expect(s.intervals[0]?.queue?.agents).toBe(14);
    const second = s.intervals[1]?.queue?.agents ?? 0;
    expect(second).toBeLessThan(14);
    expect(s.agents).toBe(14);
    expect(s.agentHours).toBeCloseTo((14 + second) * 0.5 * 20, 9);
  });

  it('peakFactor staffs every interval for more arrivals than the average', () => {
    const flat = staff(base, 'voice');
    const peaked = staff(
      { ...base, channels: { voice: { ...base.channels!.voice!, peakFactor: 1.2 } } },
      'voice',
    );
    expect(peaked.intervals[0]?.arrivals).toBeCloseTo(120, 9);
    expect(peaked.agents).toBeGreaterThan(flat.agents ?? 0);
  });
});

describe('staffing a deferred channel', () => {
  it('9,000 emails × 420 s = 1,050 h of work ÷ 0.85 = 1,235.3 agent hours; ÷ 160 ÷ 0.7 = 11.03 FTE', () => {
    const s = staff(base, 'email');
    expect(s.workloadHours).toBeCloseTo(1050, 9);
    expect(s.agentHours).toBeCloseTo(1050 / 0.85, 9);
    expect(s.fte).toBeCloseTo(1050 / 0.85 / 160 / 0.7, 9);
    expect(s.agents).toBeNull();
    expect(s.serviceLevel).toBeNull();
  });
});

describe('the demand as written', () => {
  it('fills the defaults and says which', () => {
    const d = demandOf({ channels: { email: { contactsPerMonth: 1, ahtSeconds: 1 } } });
    expect([d.contractMonths, d.shrinkage, d.maxOccupancy, d.fteHoursPerMonth]).toEqual([
      12, 0.3, 0.85, 160,
    ]);
    expect(d.defaulted).toEqual([
      'contractMonths',
      'shrinkage',
      'maxOccupancy',
      'fteHoursPerMonth',
    ]);
  });

  it('a live channel without open hours or a target, and erlang-a without patience, are errors at their keys', () => {
    const r = resolveDemand(
      {
        channels: {
          voice: { live: true, contactsPerMonth: 1, ahtSeconds: 1, staffing: 'erlang-a' },
        },
      },
      origin,
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.rule, i.path?.join('.'), i.message])).toEqual([
      [
        'invalid-demand',
        'demand.channels.voice',
        'live channel "voice" has no open hours, so its contacts cannot be spread over time',
      ],
      [
        'invalid-demand',
        'demand.channels.voice',
        'live channel "voice" has no service-level target to staff for',
      ],
      [
        'invalid-demand',
        'demand.channels.voice.staffing',
        'channel "voice" is staffed with erlang-a, which needs how long callers wait before hanging up',
      ],
    ]);
  });

  it('an intraday profile must fit the day and sum to 1', () => {
    const voice = {
      live: true,
      contactsPerMonth: 1,
      ahtSeconds: 1,
      hours: { perDay: 1, daysPerWeek: 5 },
      serviceLevel: { percent: 80, seconds: 20 },
    };
    const wrongLength = resolveDemand({ channels: { voice: { ...voice, intraday: [1] } } }, origin);
    expect(wrongLength.issues[0]?.message).toBe(
      'the intraday profile of "voice" has 1 intervals, but 1 open hours a day make 2 of 30 minutes',
    );
    const wrongSum = resolveDemand(
      { channels: { voice: { ...voice, intraday: [0.5, 0.4] } } },
      origin,
    );
    expect(wrongSum.issues[0]?.message).toBe('the intraday shares of "voice" sum to 0.9000, not 1');
  });

  it('a target no agent count meets is an error at serviceLevel', () => {
    const d = demandOf({
      channels: {
        voice: {
          live: true,
          contactsPerMonth: 2000,
          ahtSeconds: 180,
          openHoursPerMonth: 10,
          serviceLevel: { percent: 100, seconds: 0 },
        },
      },
    });
    const r = staffChannel(d.channels[0]!, d, 2000);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      rule: 'unreachable-service-level',
      path: ['demand', 'channels', 'voice', 'serviceLevel'],
      message:
        'no number of agents answers 100 % of "voice" contacts within 0 s (100.0 arrivals per 30-minute interval)',
    });
  });
});
