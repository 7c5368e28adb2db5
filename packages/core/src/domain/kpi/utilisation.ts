import type { Db } from "@innolab/db";
import { hongKongWeekday } from "../../lib/clock";
import { openDaysOf } from "../collaboration/hours";
import { type Granularity, periodKey, periodsBetween } from "./periods";

const DAY_MS = 86_400_000;

/**
 * Share of the collaboration platform's open hours that confirmed bookings filled, per period
 * (0–1): booked hours ÷ (each active resource's opening hours on its open days). Block-outs
 * for maintenance are neither booked nor open.
 */
export async function bookingUtilisation(db: Db, query: { from: Date; to: Date; granularity: Granularity }) {
  const periods = periodsBetween(query.from, query.to, query.granularity);
  const [resources, bookings] = await Promise.all([
    db.resource.findMany({ where: { active: true } }),
    db.booking.findMany({
      where: { status: "CONFIRMED", startsAt: { gte: query.from, lt: query.to } },
      select: { startsAt: true, endsAt: true, maintenance: true, resourceId: true },
    }),
  ]);
  const index = new Map(periods.map((period, i) => [period.key, i]));
  const booked = periods.map(() => 0);
  const blocked = periods.map(() => 0);
  for (const booking of bookings) {
    const i = index.get(periodKey(booking.startsAt, query.granularity));
    if (i === undefined) continue;
    const hours = (booking.endsAt.getTime() - booking.startsAt.getTime()) / 3_600_000;
    (booking.maintenance ? blocked : booked)[i]! += hours;
  }
  if (resources.length === 0) return periods.map(() => 0);
  // Open hours per ISO weekday, all resources together.
  const openOn = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const resource of resources) {
    for (const day of openDaysOf(resource)) openOn[day]! += (resource.closesAtMin - resource.opensAtMin) / 60;
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
