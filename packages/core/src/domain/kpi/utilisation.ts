import { type Db, Prisma, queryReadOnly } from "@innolab/db";
import { hongKongWeekday } from "../../lib/clock";
import { openDaysOf } from "../collaboration/hours";
import { type Granularity, periodKey, periodsBetween } from "./periods";
import { timeOf } from "./sql";

const DAY_MS = 86_400_000;

/**
 * Share of the collaboration platform's open hours that confirmed bookings filled, per period
 * (0–1): booked hours ÷ (each active resource's opening hours on its open days). Block-outs
 * for maintenance are neither booked nor open.
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
        WHERE "status" = 'CONFIRMED' AND "startsAt" >= ${query.from} AND "startsAt" < ${query.to}`,
    ),
  ]);
  const index = new Map(periods.map((period, i) => [period.key, i]));
  const booked = periods.map(() => 0);
  const blocked = periods.map(() => 0);
  for (const booking of bookings) {
    const startsAt = timeOf(booking.startsAt);
    const i = index.get(periodKey(new Date(startsAt), query.granularity));
    if (i === undefined) continue;
    const hours = (timeOf(booking.endsAt) - startsAt) / 3_600_000;
    // SQLite hands back 0 or 1, PostgreSQL a boolean.
    (booking.maintenance === true || booking.maintenance === 1 ? blocked : booked)[i]! += hours;
  }
  if (resources.length === 0) return periods.map(() => 0);
  // Open hours per ISO weekday, all resources together.
  const openOn = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const resource of resources) {
    const hours = (resource.closesAtMin - resource.opensAtMin) / 60;
    for (const day of openDaysOf(resource)) openOn[day]! += hours;
  }
  const open = periods.map((period) => {
    let hours = 0;
    const start = Math.max(period.start.getTime(), query.from.getTime());
    const end = Math.min(period.end.getTime(), query.to.getTime());
    for (let t = start; t < end; t += DAY_MS) hours += openOn[hongKongWeekday(new Date(t))]!;
    return hours;
  });
  return periods.map((_, i) => {
    const available = open[i]! - blocked[i]!;
    return available > 0 ? Math.round((booked[i]! / available) * 1000) / 1000 : 0;
  });
}
