import { TZDate } from "@date-fns/tz";
import { addMonths, addQuarters, addYears, format, startOfMonth, startOfQuarter, startOfYear } from "date-fns";
import { HONG_KONG } from "../../lib/clock";

export const GRANULARITIES = ["month", "quarter", "year"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface Period {
  /** "2019-06", "2019-Q2" or "2019", in Hong Kong time. */
  key: string;
  start: Date;
  end: Date;
}

const startOf = { month: startOfMonth, quarter: startOfQuarter, year: startOfYear } as const;
const add = { month: addMonths, quarter: addQuarters, year: addYears } as const;

export function periodKey(date: Date, granularity: Granularity): string {
  const hk = new TZDate(date, HONG_KONG);
  if (granularity === "month") return format(hk, "yyyy-MM");
  if (granularity === "quarter") return `${format(hk, "yyyy")}-Q${format(hk, "Q")}`;
  return format(hk, "yyyy");
}

/** The Hong Kong calendar periods that overlap [from, to). */
export function periodsBetween(from: Date, to: Date, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  let start: Date = startOf[granularity](new TZDate(from, HONG_KONG));
  while (start < to) {
    const end: Date = add[granularity](new TZDate(start, HONG_KONG), 1);
    periods.push({
      key: periodKey(start, granularity),
      start: new Date(start.getTime()),
      end: new Date(end.getTime()),
    });
    start = end;
  }
  return periods;
}
