import { setTimeout as sleep } from "node:timers/promises";
import { logError, type Notice, push } from "@innolab/core";
import type { Db } from "@innolab/db";
import type { DueSignal } from "./due-signal";
import { settlement } from "./settlement";

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
  private stopping = settlement();

  constructor(
    private readonly db: Db,
    private readonly options: FanOutLoopOptions = {},
  ) {}

  start() {
    this.running = true;
    this.stopping = settlement();
    const { due, events, intervalMs = 1000 } = this.options;
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
          if (planned > 0 || pending || events?.heard !== heard) continue;
        } catch (error) {
          logError("push", "fan-out", error);
        }
        await Promise.race([events?.wait(intervalMs) ?? sleep(intervalMs), this.stopping.settled]);
      }
    })();
  }

  async stop() {
    this.running = false;
    this.stopping.settle();
    await this.loop;
  }
}
