import { logError, push } from "@innolab/core";
import type { Db } from "@innolab/db";
import type { DueSignal } from "./due-signal";

const REMINDER_SCAN_MS = 60_000;

/**
 * Once per process, whatever the channels: records forum reminders that are due and turns
 * pending domain events into alerts and deliveries for the senders.
 */
export class FanOutLoop {
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    /** Told of each batch of deliveries queued: the senders waiting on it start at once. */
    private readonly due?: DueSignal,
    private readonly intervalMs = 1000,
  ) {}

  private remindersScannedAt = 0;

  start() {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          // Reminders are due a day ahead: a scan a minute is plenty, not one per event batch.
          if (Date.now() - this.remindersScannedAt >= REMINDER_SCAN_MS) {
            await push.scheduleForumReminders(this.db);
            await push.scheduleBookingReminders(this.db);
            this.remindersScannedAt = Date.now();
          }
          const { events, pending } = await push.fanOutPendingEvents(this.db, { onQueued: () => this.due?.notify() });
          if (events > 0 || pending) continue;
        } catch (error) {
          logError("push", "fan-out", error);
        }
        await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
      }
    })();
  }

  async stop() {
    this.running = false;
    await this.loop;
  }
}
