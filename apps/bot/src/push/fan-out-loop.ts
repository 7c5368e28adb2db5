import { logError, type Notice, push } from "@innolab/core";
import type { Db } from "@innolab/db";
import type { DueSignal } from "./due-signal";

const REMINDER_SCAN_MS = 60_000;

export interface FanOutLoopOptions {
  /** Told of each batch of deliveries queued: the senders waiting on it start at once. */
  due?: DueSignal;
  /** Heard when a change commits domain events (core's `eventsRecorded`): fans them out at once. */
  events?: Notice;
  /** The poll, for what no notice announces (reminders, a notice lost). */
  intervalMs?: number;
}

/**
 * Once per process, whatever the channels: records forum reminders that are due and turns
 * pending domain events into alerts and deliveries for the senders.
 */
export class FanOutLoop {
  private running = false;
  private loop: Promise<void> | undefined;
  private remindersScannedAt = 0;
  private stopping: () => void = () => {};

  constructor(
    private readonly db: Db,
    private readonly options: FanOutLoopOptions = {},
  ) {}

  start() {
    this.running = true;
    const { due, events, intervalMs = 1000 } = this.options;
    const stopped = new Promise<void>((resolve) => {
      this.stopping = resolve;
    });
    this.loop = (async () => {
      while (this.running) {
        // A notice heard while this round looks is not lost: the round after it starts at once.
        const heard = events?.heard;
        try {
          // Reminders are due a day ahead: a scan a minute is plenty, not one per event batch.
          if (Date.now() - this.remindersScannedAt >= REMINDER_SCAN_MS) {
            await push.scheduleForumReminders(this.db);
            await push.scheduleBookingReminders(this.db);
            this.remindersScannedAt = Date.now();
          }
          const { events: planned, pending } = await push.fanOutPendingEvents(this.db, {
            onQueued: () => due?.notify(),
          });
          if (planned > 0 || pending || (events && events.heard !== heard)) continue;
        } catch (error) {
          logError("push", "fan-out", error);
        }
        const idle = events ? events.wait(intervalMs) : new Promise((resolve) => setTimeout(resolve, intervalMs));
        await Promise.race([idle, stopped]);
      }
    })();
  }

  async stop() {
    this.running = false;
    this.stopping();
    await this.loop;
  }
}
