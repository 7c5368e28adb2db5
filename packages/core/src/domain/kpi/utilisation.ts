import { type Db, Prisma, queryReadOnly } from "@innolab/db";
import { hongKongDay, hongKongTime, hongKongWeekday } from "../../lib/clock";
import { openDaysOf } from "../collaboration/hours";
import { type Granularity, periodKey, periodsBetween } from "./periods";
import { timeOf } from "./sql";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Hours that [a0, a1) and [b0, b1) share. */
const sharedHours = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0)) / HOUR_MS;

interface OpenWindow {
  opensAtMin: number;
  closesAtMin: number;
}

/** Open hours of all resources within [start, end), by the hour: a range may start or end mid-day. */
function openHoursWithin(windowsOn: OpenWindow[][], start: number, end: number): number {
  let hours = 0;
  // From Hong Kong's midnight of the first day (the lab's clock keeps UTC+8 all year).
  for (let day = hongKongTime(hongKongDay(new Date(start))).getTime(); day < end; day += DAY_MS) {
    for (const window of windowsOn[hongKongWeekday(new Date(day))]!) {
      hours += sharedHours(day + window.opensAtMin * 60_000, day + window.closesAtMin * 60_000, start, end);
    }
  }
  return hours;
}

/**
 * Share of the collaboration platform's open hours that confirmed bookings filled, per period
 * (0–1): booked hours ÷ (each active resource's opening hours on its open days), both counted
 * by the hour within the range's part of the period (a range from 2 pm counts that day's open
 * hours from 2 pm, and of a booking only its hours within). Block-outs for maintenance are
 * neither booked nor open.
 */
export async function bookingUtilisation(db: Db, query: { from: Date; to: Date; granularity: Granularity }) {
  const periods = periodsBetween(query.from, query.to, query.granularity);
  const [resources, bookings] = await Promise.all([
    queryReadOnly<{ openDays: string; opensAtMin: number; closesAtMin: number }>(
      db,
      Prisma.sql`SELECT "openDays" AS "openDays", "opensAtMin" AS "opensAtMin", "closesAtMin" AS "closesAtMin"
        FROM "Resource" WHERE "active" = ${true}`,
    ),
    queryReadOnly<{ startsAt: unknown; endsAt: unknown; maintenance: unknown }>(
      db,
      Prisma.sql`SELECT "startsAt" AS "startsAt", "endsAt" AS "endsAt", "maintenance" AS maintenance FROM "Booking"
        WHERE "status" = 'CONFIRMED' AND "startsAt" < ${query.to} AND "endsAt" > ${query.from}`,
    ),
  ]);
  if (resources.length === 0) return periods.map(() => 0);
  // Each period's part of the range.
  const windows = periods.map((period) => ({
    start: Math.max(period.start.getTime(), query.from.getTime()),
    end: Math.min(period.end.getTime(), query.to.getTime()),
  }));
  const booked = periods.map(() => 0);
  const blocked = periods.map(() => 0);
  const index = new Map(periods.map((period, i) => [period.key, i]));
  for (const booking of bookings) {
    const startsAt = timeOf(booking.startsAt);
    const endsAt = timeOf(booking.endsAt);
    // SQLite hands back 0 or 1, PostgreSQL a boolean.
    const into = booking.maintenance === true || booking.maintenance === 1 ? blocked : booked;
    // From the period it starts in (or the range's first), through each it reaches.
    let i = index.get(periodKey(new Date(Math.max(startsAt, query.from.getTime())), query.granularity)) ?? 0;
    for (; i < windows.length && windows[i]!.start < endsAt; i++) {
      into[i]! += sharedHours(startsAt, endsAt, windows[i]!.start, windows[i]!.end);
    }
  }
  // Opening windows per ISO weekday (1–7), all resources together.
  const windowsOn: OpenWindow[][] = Array.from({ length: 8 }, () => []);
  for (const resource of resources) {
    for (const day of openDaysOf(resource)) windowsOn[day]!.push(resource);
  }
  return windows.map((window, i) => {
    const available = openHoursWithin(windowsOn, window.start, window.end) - blocked[i]!;
    return available > 0 ? Math.round((booked[i]! / available) * 1000) / 1000 : 0;
  });
}
