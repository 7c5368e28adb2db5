import { TZDate } from "@date-fns/tz";

export const HONG_KONG = "Asia/Hong_Kong";

/** A date seen on Hong Kong's wall clock. */
export function inHongKong(date: Date): TZDate {
  return new TZDate(date, HONG_KONG);
}

// Hong Kong has kept UTC+8 without daylight saving since 1979 (the SQL period keys rely on it
// too), so its wall clock is the UTC clock 8 hours on: cheap enough for loops over years of days.
const HK_OFFSET_MS = 8 * 3_600_000;
const wallClock = (date: Date) => new Date(date.getTime() + HK_OFFSET_MS);

/** The Hong Kong calendar day of an instant, "yyyy-mm-dd". */
export function hongKongDay(date: Date): string {
  return wallClock(date).toISOString().slice(0, 10);
}

/** The instant `minute` minutes after midnight of a Hong Kong day ("2026-12-01"). */
export function hongKongTime(day: string, minute = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - HK_OFFSET_MS + minute * 60_000);
}

/** The Hong Kong calendar year and month (0 = January) of an instant. */
export function hongKongYearMonth(date: Date): { year: number; month: number } {
  const wall = wallClock(date);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() };
}

/** The instant a Hong Kong calendar month (0 = January) begins. */
export function hongKongMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1) - HK_OFFSET_MS);
}

/** Minutes after Hong Kong midnight. */
export function hongKongMinuteOfDay(date: Date): number {
  const wall = wallClock(date);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

/** ISO weekday (1 = Monday … 7 = Sunday) in Hong Kong. */
export function hongKongWeekday(date: Date): number {
  return wallClock(date).getUTCDay() || 7;
}
