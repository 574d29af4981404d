#!/usr/bin/env python3
"""Hand-check of vendor-eval's cost arithmetic, written independently of the tool.

    python3 docs/cost-check.py            # the shipped demand and the six example vendors
    python3 docs/cost-check.py CRITERIA.yaml VENDOR.yaml ...

NOT PART OF THE BUILD OR THE TESTS. Nothing in vendor-eval runs, imports or needs this file;
CI does not run it, and Python is not a project dependency. It is documentation: the arithmetic
of the SPEC's "Cost" section, written out step by step in a second language, so that the figures
`vendor-eval cost` prints can be compared with a calculation that shares no code with it
(docs/cost-model.md works one case by hand and describes the model).
Python 3.8+, standard library only.

The arithmetic, per the SPEC ("Cost" and "`cost --format json`"):

  Staffing, live channels (voice, chat): Erlang C per interval.
    open hours a month   = openHoursPerMonth, or hours.perDay x hours.daysPerWeek x 52/12
    intervals a month    = open hours x 60 / intervalMinutes          (interval default 30 min)
    arrivals / interval  = contactsPerMonth x peakFactor / intervals  (peakFactor default 1)
    handle time          = ahtSeconds / concurrency                   (chat; default 1)
    traffic A (erlangs)  = arrivals x handle time / interval length in seconds
    agents N             = the smallest whole N > A with
                             service level 1 - C(N, A) x exp(-(N - A) x T / handle time) >= target
                             and occupancy A / N <= maxOccupancy
    agent hours a month  = N x open hours   (every interval is alike: arrivals are spread evenly)
  Staffing, deferred channels (email, social): workload / occupancy.
    workload hours       = contactsPerMonth x ahtSeconds / 3600
    agent hours a month  = workload hours / maxOccupancy
  FTE = agent hours / fteHoursPerMonth (default 160) / (1 - shrinkage).

  Bill, per channel (each in the vendor's currency):
    per-hour        FTE x fteHoursPerMonth x rate   (paid hours: FTE includes shrinkage), or
                    with hoursBilled: logged-in, agent hours x rate (before shrinkage)
    per-fte-month   FTE x rate
    per-contact     contacts x rate
    per-minute      handle minutes x rate = contacts x ahtSeconds / 60 x rate (chat concurrency
                    does not reduce the minutes billed)
    per-resolution  contacts x resolutionRate x rate (pricing.resolutionRate, else the demand's)
    hybrid          base + the bill of its `variable` model
  Volume tiers are graduated: each tier's rate applies to the volume (in the model's unit:
  hours, FTE, contacts, minutes or resolutions) within that tier.
  A month's bill: max(usage x (1 + annualIncrease)^year, monthlyMinimum) + monthlyFees x (1 +
  annualIncrease)^year, where year = 0 for months 1-12, 1 for 13-24, ...; the minimum does not
  escalate. `monthly` is month 1. contract = setupFee + the sum of every month's bill.
  Amounts in another currency are multiplied by demand.exchangeRates[currency] (1 unit = that
  many demand-currency units); a currency without a rate is an error, never a silent sum.

  Seasonality: contract month m has contactsPerMonth x seasonality[calendar month], the
  contract starting in startMonth; each month is staffed and billed on its own volume.
  Intraday profile (`intraday`, with `hours`): open days = open hours / hours.perDay; interval k
  of a day gets contactsPerMonth / days x share k x peakFactor arrivals and its own agents;
  agent hours = sum of agents x interval hours x days.
  Defaults, as vendor-eval's: shrinkage 0.30, maxOccupancy 0.85, 160 h per FTE, 12 months.
  Not covered: Erlang A and repeat contacts.

  One reading this script has to choose, marked "ASSUMPTION" below: for a hybrid bid the fixed
  base counts as part of the usage charge the minimum is compared with. No shipped vendor has a
  hybrid bid with a minimum, so the table does not depend on it.

It reads the `demand:` block of the criteria set and the `pricing:` block of each vendor file
with a small reader for the YAML these files use (block mappings, flow `{...}` and `[...]`,
comments); it stops with a message on anything else rather than guess.
"""

import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CRITERIA = ROOT / "criteria" / "customer-service.yaml"
DEFAULT_VENDORS = sorted((ROOT / "examples" / "vendors").glob("*.yaml"))
WEEKS_PER_MONTH = 52 / 12


# --------------------------------------------------------------------------------------------
# Erlang C
# --------------------------------------------------------------------------------------------


def erlang_c(n, a):
    """Probability that a contact waits, C(N, A), for N agents and A erlangs (N > A).

    Uses the Erlang B recursion B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1)), then
    C = N B / (N - A (1 - B)): no factorials, so it stays exact at hundreds of agents.
    """
    b = 1.0
    for k in range(1, n + 1):
        b = a * b / (k + a * b)
    return n * b / (n - a * (1 - b))


def service_level(n, a, target_seconds, handle_seconds):
    """Share of contacts answered within target_seconds: 1 - C(N, A) exp(-(N - A) T / AHT)."""
    return 1 - erlang_c(n, a) * math.exp(-(n - a) * target_seconds / handle_seconds)


def agents_for(a, target_share, target_seconds, handle_seconds, max_occupancy):
    """The smallest whole N > A meeting the service-level target and the occupancy cap."""
    n = math.floor(a) + 1
    while True:
        if (
            service_level(n, a, target_seconds, handle_seconds) >= target_share
            and a / n <= max_occupancy
        ):
            return n
        n += 1


# --------------------------------------------------------------------------------------------
# Staffing a channel
# --------------------------------------------------------------------------------------------


def open_hours(channel):
    if "openHoursPerMonth" in channel:
        return channel["openHoursPerMonth"]
    hours = channel["hours"]
    return hours["perDay"] * hours["daysPerWeek"] * WEEKS_PER_MONTH


def staff(name, channel, demand, factor=1.0):
    """Agents (live channels), agent hours and FTE for one channel of the demand, for a month
    whose volume is contactsPerMonth x factor (seasonality)."""
    occupancy_cap = demand.get("maxOccupancy", 0.85)
    contacts = channel["contactsPerMonth"] * factor
    row = {"channel": name, "contacts": contacts, "aht": channel["ahtSeconds"]}
    if channel.get("live", False):
        interval_min = channel.get("intervalMinutes", 30)
        hours = open_hours(channel)
        handle = channel["ahtSeconds"] / channel.get("concurrency", 1)
        sl = channel["serviceLevel"]
        peak = channel.get("peakFactor", 1)
        if "intraday" in channel:
            # one open day, interval by interval, repeated over the open days of the month
            days = hours / channel["hours"]["perDay"]
            shapes = [(contacts / days * share * peak, days) for share in channel["intraday"]]
        else:
            intervals = hours * 60 / interval_min
            shapes = [(contacts * peak / intervals, intervals)]
        agent_hours, answered, offered, busiest = 0.0, 0.0, 0.0, 0
        for arrivals, repeats in shapes:
            if arrivals <= 0:
                continue
            a = arrivals * handle / (interval_min * 60)
            n = agents_for(a, sl["percent"] / 100, sl["seconds"], handle, occupancy_cap)
            agent_hours += n * interval_min / 60 * repeats
            answered += arrivals * service_level(n, a, sl["seconds"], handle)
            offered += arrivals
            busiest = max(busiest, n)
        first = shapes[0][0]
        row.update(
            live=True,
            open_hours=hours,
            arrivals=first,
            erlangs=first * handle / (interval_min * 60),
            agents=busiest,
            service_level=answered / offered if offered else 1,
            occupancy=contacts * handle / 3600 / agent_hours if agent_hours else 0,
            agent_hours=agent_hours,
        )
    else:
        workload = contacts * channel["ahtSeconds"] / 3600
        row.update(live=False, workload_hours=workload, agent_hours=workload / occupancy_cap)
    fte_hours = demand.get("fteHoursPerMonth", 160)
    row["fte"] = row["agent_hours"] / fte_hours / (1 - demand.get("shrinkage", 0.30))
    return row


def staff_months(demand):
    """Every contract month's rows: each month's volume is the base x its calendar month's
    seasonality factor, the contract starting in startMonth (default jan)."""
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    start = months.index(demand.get("startMonth", "jan"))
    season = demand.get("seasonality") or {}
    cache, out = {}, []
    for m in range(demand.get("contractMonths", 12)):
        factor = season.get(months[(start + m) % 12], 1)
        if factor not in cache:
            cache[factor] = [staff(n, ch, demand, factor) for n, ch in demand["channels"].items()]
        out.append(cache[factor])
    return out


# --------------------------------------------------------------------------------------------
# Billing
# --------------------------------------------------------------------------------------------


def graduated(volume, tiers):
    """Charge for `volume` under graduated tiers [{upTo, rate}, ..., {rate}]."""
    charge, lower = 0.0, 0.0
    for tier in tiers:
        upper = tier.get("upTo", math.inf)
        if volume > lower:
            charge += (min(volume, upper) - lower) * tier["rate"]
        lower = upper
    return charge


def billed_volume(model, row, demand, pricing):
    """The quantity a model bills for one channel, in that model's unit."""
    fte_hours = demand.get("fteHoursPerMonth", 160)
    if model == "per-hour":
        if pricing.get("hoursBilled", "paid") == "logged-in":
            return row["agent_hours"]
        return row["fte"] * fte_hours
    if model == "per-fte-month":
        return row["fte"]
    if model == "per-contact":
        return row["contacts"]
    if model == "per-minute":
        return row["contacts"] * row["aht"] / 60
    if model == "per-resolution":
        rate = pricing.get("resolutionRate", demand.get("resolutionRate"))
        if rate is None:
            sys.exit("per-resolution pricing needs a resolutionRate (pricing or demand)")
        return row["contacts"] * rate
    sys.exit(f"unknown pricing model {model!r}")


def usage_charge(pricing, rows, demand, vendor):
    """A month's usage charge before the minimum and fees, and its lines per channel."""
    model = pricing["model"]
    base = 0.0
    if model == "hybrid":
        base = pricing.get("base", 0)
        model = pricing["variable"]
    lines = {}
    for row in rows:
        channel = row["channel"]
        volume = billed_volume(model, row, demand, pricing)
        tiers = pricing.get("tiers", {}).get(channel)
        if tiers is not None:
            lines[channel] = graduated(volume, tiers)
        elif channel in pricing.get("rates", {}):
            lines[channel] = volume * pricing["rates"][channel]
        else:
            sys.exit(f"{vendor}: no rate for the demanded channel {channel!r}")
    # ASSUMPTION: a hybrid base is part of the usage charge that the minimum floors.
    return base + sum(lines.values()), base, lines


def cost(pricing, months, demand, vendor):
    """A bid's monthly and contract cost; `months` holds each contract month's staffed rows."""
    usage, base, lines = usage_charge(pricing, months[0], demand, vendor)
    minimum = pricing.get("monthlyMinimum", 0)
    fees = sum(pricing.get("monthlyFees", {}).values())
    increase = pricing.get("annualIncrease", 0)
    bills = []
    for index, rows in enumerate(months):
        factor = (1 + increase) ** (index // 12)
        month_usage = usage_charge(pricing, rows, demand, vendor)[0]
        bills.append(max(month_usage * factor, minimum) + fees * factor)
    currency = pricing.get("currency", demand.get("currency", "USD"))
    if currency == demand.get("currency", "USD"):
        to_demand = 1.0
    elif currency in demand.get("exchangeRates", {}):
        to_demand = demand["exchangeRates"][currency]
    else:
        sys.exit(f"{vendor}: bids in {currency} but demand.exchangeRates has no {currency} rate")
    return {
        "model": pricing["model"] + (f" ({pricing['variable']})" if "variable" in pricing else ""),
        "currency": currency,
        "lines": lines,
        "base": base,
        "usage": usage,
        "minimum_applied": usage < minimum,
        "fees": fees,
        "monthly_own": bills[0],
        "monthly": bills[0] * to_demand,
        "contract": (pricing.get("setupFee", 0) + sum(bills)) * to_demand,
    }


# --------------------------------------------------------------------------------------------
# A reader for the YAML subset these files use
# --------------------------------------------------------------------------------------------


def scalar(text):
    text = text.strip()
    if text in ("~", "null", ""):
        return None
    if text in ("true", "false"):
        return text == "true"
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?(\d+\.\d*|\.\d+)([eE]-?\d+)?", text):
        return float(text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def flow(text):
    """Parse a flow collection ({a: 1, b: [x, y]}) or a scalar."""
    value, rest = _flow(text.strip(), 0)
    if text.strip()[rest:].strip():
        sys.exit(f"cannot read YAML value: {text}")
    return value


def _flow(text, i):
    if text[i] in "{[":
        close = "}" if text[i] == "{" else "]"
        items, i = [], i + 1
        while True:
            while text[i] in " ,":
                i += 1
            if text[i] == close:
                break
            if close == "}":
                colon = text.index(":", i)
                key = text[i:colon].strip()
                value, i = _flow(text, colon + 1)
                items.append((key, value))
            else:
                value, i = _flow(text, i)
                items.append(value)
        return (dict(items) if close == "}" else items), i + 1
    end = i
    while end < len(text) and text[end] not in ",}]":
        end += 1
    return scalar(text[i:end]), end


def strip_comment(line):
    quoted = None
    for i, ch in enumerate(line):
        if ch in "\"'" and quoted in (None, ch):
            quoted = None if quoted else ch
        elif ch == "#" and quoted is None and (i == 0 or line[i - 1] == " "):
            return line[:i].rstrip()
    return line.rstrip()


def block(lines, indent):
    """Parse indented `key: value` / `- item` lines (already comment-free) at `indent`."""
    result = None
    while lines and lines[0][0] >= indent:
        depth, text = lines[0]
        if depth > indent:
            sys.exit(f"unexpected indentation: {text}")
        lines.pop(0)
        if text.startswith("- "):
            result = [] if result is None else result
            result.append(flow(text[2:]))
            continue
        key, _, rest = text.partition(":")
        result = {} if result is None else result
        if rest.strip():
            result[key.strip()] = flow(rest)
        elif lines and lines[0][0] > indent:
            result[key.strip()] = block(lines, lines[0][0])
        else:
            result[key.strip()] = None
    return result


def top_level_block(path, key):
    """The value of a top-level `key:` in a YAML file, or None."""
    lines = []
    for raw in Path(path).read_text(encoding="utf8").splitlines():
        text = strip_comment(raw)
        if text.strip():
            lines.append((len(text) - len(text.lstrip()), text.strip()))
    # Join a flow collection written over several lines into one line.
    joined = []
    for depth, text in lines:
        if joined and joined[-1][1].count("{") + joined[-1][1].count("[") > joined[-1][1].count(
            "}"
        ) + joined[-1][1].count("]"):
            joined[-1] = (joined[-1][0], joined[-1][1] + " " + text)
        else:
            joined.append((depth, text))
    start = next((i for i, (d, t) in enumerate(joined) if d == 0 and t.startswith(key + ":")), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(joined)) if joined[i][0] == 0), len(joined))
    return block(joined[start:end], 0)[key]


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def money(x):
    return f"{x:,.0f}"


def main(argv):
    criteria = Path(argv[0]) if argv else DEFAULT_CRITERIA
    vendors = [Path(p) for p in argv[1:]] if len(argv) > 1 else DEFAULT_VENDORS
    demand = top_level_block(criteria, "demand")
    if demand is None:
        sys.exit(f"{criteria}: no top-level demand block")
    currency = demand.get("currency", "USD")
    months = staff_months(demand)
    rows = months[0]

    print(f"Demand: {criteria.relative_to(ROOT) if criteria.is_absolute() else criteria}")
    print(
        f"  shrinkage {demand.get('shrinkage', 0.30)}, max occupancy {demand.get('maxOccupancy', 0.85)}, "
        f"{demand.get('fteHoursPerMonth', 160)} h per FTE, {demand.get('contractMonths', 12)} "
        f"months, currency {currency}"
    )
    print()
    print(
        f"{'channel':<8} {'contacts':>8} {'AHT s':>6} {'open h':>7} {'arr/int':>8} {'erlangs':>8} "
        f"{'agents':>6} {'SL':>6} {'occ':>6} {'agent h':>8} {'FTE':>6}"
    )
    for r in rows:
        if r["live"]:
            print(
                f"{r['channel']:<8} {r['contacts']:>8,.0f} {r['aht']:>6} {r['open_hours']:>7.1f} "
                f"{r['arrivals']:>8.2f} {r['erlangs']:>8.3f} {r['agents']:>6} "
                f"{r['service_level']:>6.1%} {r['occupancy']:>6.1%} {r['agent_hours']:>8.1f} "
                f"{r['fte']:>6.2f}"
            )
        else:
            print(
                f"{r['channel']:<8} {r['contacts']:>8,.0f} {r['aht']:>6} {'deferred':>7} "
                f"{'':>8} {'':>8} {'':>6} {'':>6} {'':>6} {r['agent_hours']:>8.1f} "
                f"{r['fte']:>6.2f}"
            )
    total_fte = sum(r["fte"] for r in rows)
    total_hours = sum(r["agent_hours"] for r in rows)
    print(f"{'total':<8} {'':>8} {'':>6} {'':>7} {'':>8} {'':>8} {'':>6} {'':>6} {'':>6} "
          f"{total_hours:>8.1f} {total_fte:>6.2f}")
    print()

    results = []
    for path in vendors:
        pricing = top_level_block(path, "pricing")
        if pricing is None:
            print(f"{path.name}: no pricing block, skipped")
            continue
        results.append((path.stem, cost(pricing, months, demand, path.name)))

    contacts = sum(r["contacts"] for r in rows)
    head = (
        f"{'vendor':<18} {'model':<20} {'cur':<4} {'usage':>10} {'min?':>4} {'fees':>7} "
        f"{'monthly':>10} {'monthly ' + currency:>12} {'contract ' + currency:>14} "
        f"{currency + '/contact':>12}"
    )
    print(head)
    print("-" * len(head))
    for vendor, c in sorted(results, key=lambda item: item[1]["contract"]):
        print(
            f"{vendor:<18} {c['model']:<20} {c['currency']:<4} {money(c['usage']):>10} "
            f"{'yes' if c['minimum_applied'] else 'no':>4} {money(c['fees']):>7} "
            f"{money(c['monthly_own']):>10} {money(c['monthly']):>12} {money(c['contract']):>14} "
            f"{c['monthly'] / contacts:>12.2f}"
        )
    print()
    print("usage = first month's usage charge (hybrid: base + variable) in the bid currency; min? =")
    print("the monthly minimum lifted it; monthly = first month's bill; contract = setup fee + every")
    print("month's bill, annualIncrease compounding from month 13; converted by demand.exchangeRates.")
    print()
    print("Bill lines, first month, bid currency:")
    for vendor, c in results:
        parts = [f"{ch} {money(v)}" for ch, v in c["lines"].items()]
        if c["base"]:
            parts.insert(0, f"base {money(c['base'])}")
        print(f"  {vendor:<18} " + ", ".join(parts))

    # An hourly rate bills paid hours (FTE x fteHoursPerMonth, shrinkage included; the SPEC's
    # reading and the default) or logged-in hours (agent hours, before shrinkage; COPC's
    # production hour), as the bid's `hoursBilled` says. This shows each per-hour bid on the
    # other basis too, for comparison only; the table above follows each bid's own.
    hourly = [(v, p) for v, p in ((p.stem, top_level_block(p, "pricing")) for p in vendors)
              if p is not None and p["model"] == "per-hour"]
    if hourly:
        print()
        print("For comparison only, each per-hour bid on the other billable-hour basis:")
        for vendor, pricing in hourly:
            own = pricing.get("hoursBilled", "paid")
            other = "paid" if own == "logged-in" else "logged-in"
            c = cost(dict(pricing, hoursBilled=other), months, demand, vendor)
            print(f"  {vendor:<18} {other:<9} monthly {currency} {money(c['monthly']):>10}   "
                  f"contract {currency} {money(c['contract']):>12}   (bid: {own} hours)")

if __name__ == "__main__":
    main(sys.argv[1:])
