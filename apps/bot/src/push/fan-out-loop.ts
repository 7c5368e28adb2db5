import { push } from "@innolab/core";
import type { Db } from "@innolab/db";

/**
 * Once per process, whatever the channels: records forum reminders that are due and turns
 * pending domain events into alerts and deliveries for the senders.
 */
export class FanOutLoop {
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly intervalMs = 1000,
  ) {}

  start() {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          await push.scheduleForumReminders(this.db);
          await push.scheduleBookingReminders(this.db);
          const { events } = await push.fanOutPendingEvents(this.db);
          if (events > 0) continue;
        } catch (error) {
          console.error("[push] fan-out:", error);
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
