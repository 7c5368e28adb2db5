import { randomUUID } from "node:crypto";
import type { push as pushTypes } from "@innolab/core";
import { metrics } from "@innolab/core";
import type { Channel } from "@innolab/db";
import type { DeliveryStore } from "./delivery-store";
import type { SendBudget } from "./send-budget";

export interface SenderOptions {
  /** Where deliveries are claimed and settled (`threadedStore` keeps the database off this thread). */
  store: DeliveryStore;
  channel: Channel;
  send: (delivery: pushTypes.ClaimedDelivery) => Promise<pushTypes.DeliveryOutcome>;
  limiter: SendBudget;
  /** Deliveries claimed at a time. */
  batch?: number;
  /** How long a claim holds (a sender that dies lets it lapse after this). */
  leaseMs?: number;
  /** Sleep between polls when there is nothing to send. */
  idleMs?: number;
  /** Sends in flight at once: enough to hide round trips, few enough to keep the pace even. */
  concurrency?: number;
  /**
   * Batches worked on at once. Two let the next claim overlap the current batch's sends, so the
   * channel is not idle while the database answers; in-flight deliveries are at most this × batch.
   */
  pipelines?: number;
}

/**
 * A channel's sender: claims due deliveries with a lease, sends each within the channel's
 * limits, and records the outcome. Several senders (processes) can run at once.
 */
export class Sender {
  readonly owner = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly options: SenderOptions) {}

  /** Sends one batch; returns how many deliveries it handled. */
  async sendBatch(): Promise<number> {
    const { store, channel, send, limiter } = this.options;
    const leaseMs = this.options.leaseMs ?? 60_000;
    const pipelines = this.options.pipelines ?? 2;
    // Claim no more than the limiter lets out in half a lease (all pipelines together), so no
    // claim lapses while it waits its turn and gets taken — and sent — by another sender.
    const sendable = Math.floor((limiter.perSecond * leaseMs) / 1000 / (2 * pipelines));
    const claimedAt = Date.now();
    const claimed = await store.claim({
      channel,
      owner: this.owner,
      limit: Math.max(1, Math.min(this.options.batch ?? 100, sendable)),
      leaseMs,
    });
    // Successes are recorded together, 50 or a tenth of a second's worth at a time (what a crash
    // may send twice); anything else at once.
    const sent: number[] = [];
    let recordedAt = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < claimed.length) {
        const delivery = claimed[next++]!;
        await limiter.acquire(delivery.identity.chatId ?? delivery.identity.externalId);
        // Held up too long (a long 429 pause): leave it to whoever claims it after the lease.
        if (Date.now() - claimedAt > leaseMs * 0.8) {
          next = claimed.length;
          break;
        }
        const outcome = await send(delivery);
        metrics.sends.inc({ channel: channel.toLowerCase(), outcome: outcome.kind });
        if (outcome.kind === "sent") {
          sent.push(...delivery.ids);
          if (sent.length >= 50 || Date.now() - recordedAt >= 100) {
            recordedAt = Date.now();
            await store.recordSent(delivery.leaseOwner, sent.splice(0));
          }
          continue;
        }
        if (outcome.kind === "rate-limited") await limiter.pause(outcome.retryAfterMs);
        const ref = {
          id: delivery.id,
          ids: delivery.ids,
          attempts: delivery.attempts,
          identityId: delivery.identity.id,
        };
        await store.recordOutcome(ref, delivery.leaseOwner, outcome);
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 8 }, worker));
    const token = claimed[0]?.leaseOwner;
    if (token && sent.length) await store.recordSent(token, sent);
    return claimed.length;
  }

  start() {
    this.running = true;
    const pipeline = async () => {
      while (this.running) {
        const handled = await this.sendBatch().catch((error: unknown) => {
          console.error(`[push] ${this.options.channel} sender:`, error);
          return 0;
        });
        if (handled === 0) await new Promise((resolve) => setTimeout(resolve, this.options.idleMs ?? 1000));
      }
    };
    this.loop = Promise.all(Array.from({ length: this.options.pipelines ?? 2 }, pipeline)).then(() => undefined);
  }

  async stop() {
    this.running = false;
    await this.loop;
    await this.options.store.close();
  }
}
