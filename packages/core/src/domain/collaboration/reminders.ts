import type { Db } from "@innolab/db";

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
  let created = 0;
  for (const booking of soon) {
    try {
      await db.$transaction(async (tx) => {
        // The marker's unique key makes the reminder once-only, whichever process gets there first.
        await tx.processedUpdate.create({ data: { key: `booking-reminder:${booking.id}` } });
        await tx.domainEvent.create({
          data: { type: "booking.reminder", payload: { bookingId: booking.id }, source: "cli", occurredAt: now },
        });
      });
      created++;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return created;
}
