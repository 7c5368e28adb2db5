import type { Db } from "@innolab/db";
import { recordRemindersOnce } from "../push/fanout";

/** Records a reminder event for each confirmed booking starting within a day that has not had one. */
export async function scheduleBookingReminders(db: Db, now: Date = new Date()): Promise<number> {
  const soon = await db.booking.findMany({
    where: {
      status: "CONFIRMED",
      maintenance: false,
      startsAt: { gt: now, lte: new Date(now.getTime() + 24 * 3_600_000) },
    },
    select: { id: true },
  });
  const reminders = soon.map((booking) => ({
    key: `booking-reminder:${booking.id}`,
    type: "booking.reminder" as const,
    payload: { bookingId: booking.id },
  }));
  return recordRemindersOnce(db, reminders, now);
}
