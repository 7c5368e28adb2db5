import { hongKongMonthStart, hongKongYearMonth } from "../../lib/clock";

/** The lab opened in April 2019: "since launch" starts here (Hong Kong time). */
export const LAB_LAUNCH = new Date("2019-04-01T00:00:00+08:00");

export const GRANULARITIES = ["month", "quarter", "year"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface Period {
  /** "2019-06", "2019-Q2" or "2019", in Hong Kong time. */
  key: string;
  start: Date;
  end: Date;
}

const MONTHS_PER_PERIOD: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

function keyOf(year: number, month: number, granularity: Granularity): string {
  if (granularity === "month") return `${year}-${String(month + 1).padStart(2, "0")}`;
  if (granularity === "quarter") return `${year}-Q${Math.floor(month / 3) + 1}`;
  return String(year);
}

export function periodKey(date: Date, granularity: Granularity): string {
  const { year, month } = hongKongYearMonth(date);
  return keyOf(year, month, granularity);
}

/**
 * The Hong Kong calendar periods that overlap [from, to). Calendar arithmetic on the wall
 * clock's year and month: a time-zone library's date objects cost about 50 µs a period, which
 * made ten years of months 6 ms of every KPI computation.
 */
export function periodsBetween(from: Date, to: Date, granularity: Granularity): Period[] {
  const step = MONTHS_PER_PERIOD[granularity];
  const first = hongKongYearMonth(from);
  // Months counted from year 0, so that stepping never needs carrying into the year.
  let month = first.year * 12 + first.month - (first.month % step);
  const periods: Period[] = [];
  const startOf = (m: number) => hongKongMonthStart(Math.floor(m / 12), m % 12);
  let start = startOf(month);
  while (start < to) {
    const end = startOf(month + step);
    periods.push({ key: keyOf(Math.floor(month / 12), month % 12, granularity), start, end });
    month += step;
    start = end;
  }
  return periods;
}

/** How far back a cumulative point's drill-down looks (the records endpoint spans ≤ 50 years). */
const ALL_TIME_YEARS = 49;

/**
 * The records behind one point of a chart: what the series counted, exactly.
 * - Per period: the period's part inside the range — a range that starts or ends mid-period
 *   counts (and lists) only that part.
 * - Cumulative: everything before the point's end (the period's end, or the range's end when it
 *   cuts the period short), records from before the range included — a running total since
 *   the lab began.
 */
export function drillRange(
  period: { start: Date; end: Date },
  range: { from: Date; to: Date },
  cumulative: boolean,
): { from: Date; to: Date } {
  const to = new Date(Math.min(period.end.getTime(), range.to.getTime()));
  if (cumulative) {
    const from = new Date(to);
    from.setUTCFullYear(from.getUTCFullYear() - ALL_TIME_YEARS);
    return { from, to };
  }
  return { from: new Date(Math.max(period.start.getTime(), range.from.getTime())), to };
}

const YEAR_MS = 365.25 * 86_400_000;

/**
 * A yearly target stated for a range: prorated to the range's length, to the nearest whole
 * number (a target of 12 a year is 3 for a quarter and 6 for half a year).
 */
export function targetForRange(perYear: number, range: { from: Date; to: Date }): number {
  return Math.round((perYear * (range.to.getTime() - range.from.getTime())) / YEAR_MS);
}
