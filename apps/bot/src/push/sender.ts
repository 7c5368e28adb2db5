import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { push as pushTypes } from "@innolab/core";
import { logError, metrics } from "@innolab/core";
import type { Channel } from "@innolab/db";
import type { DeliveryStore } from "./delivery-store";
import type { DueSignal } from "./due-signal";
import type { SendBudget } from "./send-budget";
import { settlement } from "./settlement";

export interface SenderOptions {
  /** Where deliveries are claimed and settled (`threadedStore` keeps the database off this thread). */
  store: DeliveryStore;
  channel: Channel;
  send: (delivery: pushTypes.ClaimedDelivery) => Promise<pushTypes.DeliveryOutcome>;
  limiter: SendBudget;
  /** Deliveries claimed at a time (default: half a second of the budget, at least 100). */
  batch?: number;
  /**
   * How long a claim holds before another sender may take it; renewed while the claim is being
   * sent, so a sender that dies holds its deliveries this long at most.
   */
  leaseMs?: number;
  /** Sleep between polls when there is nothing to send. */
  idleMs?: number;
  /** Ends that sleep when deliveries are queued (the fan-out notifies it), so an alert goes at once. */
  due?: DueSignal;
  /**
   * Sends in flight at once per pipeline. Default: sized from the budget and the round trip
   * measured so far (budget × round trip, with a quarter more), so a far-away API still gets
   * the whole budget: 1,000/s at 250 ms needs about 300 in flight.
   */
  concurrency?: number;
  /**
   * Batches worked on at once. Two let the next claim overlap the current batch's sends, so the
   * channel is not idle while the database answers. They take turns at the budget (see `turn`).
   */
  pipelines?: number;
}

const DEFAULT_LEASE_MS = 8_000;
/** Polls while idle: for what no notice announces (retries coming due, digests, a notice lost). */
const DEFAULT_IDLE_MS = 1_000;
/** Until a send has been timed: a Bot API far away answers in 100–250 ms. */
const ASSUMED_ROUND_TRIP_MS = 250;
const MAX_IN_FLIGHT_PER_PIPELINE = 500;
/** Sends recorded at most this far apart (what a crash may send twice). */
const RECORD_EVERY_MS = 20;

/**
 * A channel's sender: claims due deliveries with a lease, sends each within the channel's
 * limits, and records the outcome. Several senders (processes) can run at once.
 */
export class Sender {
  readonly owner = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private running = false;
  /** Settled by `stop`: ends an idle wait at once. */
  private stopping = settlement();
  private loop: Promise<void> | undefined;
  /** Smoothed round trip of a send, in ms. */
  private roundTripMs = ASSUMED_ROUND_TRIP_MS;
  /**
   * The batches of this sender take turns: the next is claimed when the current one has handed
   * out half its deliveries, and draws on the budget when the current one has handed out its
   * last. Drawing at once, two batches each went at half the pace, ran out together and left the
   * channel idle while both waited for their last answers and claimed again (one process: 0.88
   * of the budget at 500/s, measured); claimed at once, a killed sender's waiting batch was held
   * a whole lease.
   */
  private turn: Turn = { halfway: Promise.resolve(), handedOut: Promise.resolve() };

  constructor(private readonly options: SenderOptions) {}

  /**
   * Sends in flight per pipeline, from the budget and the measured round trip: each pipeline can
   * keep the whole budget busy alone, so the channel stays at its pace while the other pipeline
   * waits for its batch's last answers or its next claim (the budget, not the workers, sets the pace).
   */
  inFlight(): number {
    if (this.options.concurrency) return this.options.concurrency;
    const needed = Math.ceil((this.options.limiter.perSecond * this.roundTripMs * 1.25) / 1000) + 1;
    return Math.max(4, Math.min(MAX_IN_FLIGHT_PER_PIPELINE, needed));
  }

  /** Sends one batch; returns how many deliveries it handled. */
  async sendBatch(): Promise<number> {
    const previous = this.turn;
    const halfway = settlement();
    const handedOut = settlement();
    this.turn = { halfway: halfway.settled, handedOut: handedOut.settled };
    let renewal: NodeJS.Timeout | undefined;
    try {
      await previous.halfway;
      const { store, channel, send, limiter } = this.options;
      const leaseMs = this.options.leaseMs ?? DEFAULT_LEASE_MS;
      const batch = this.options.batch ?? Math.max(100, Math.ceil(limiter.perSecond / 2));
      const askedAt = Date.now();
      const claimed = await store.claim({ channel, owner: this.owner, limit: batch, leaseMs });
      const token = claimed[0]?.leaseOwner;
      if (!token) return 0;
      // The lease is renewed while this batch is sent; a send that would go after the lease could
      // have lapsed (the database unreachable, a long 429 pause, a claim that took long to come
      // back) is left to whoever claims it next. The lease runs from when the claim was asked for,
      // and a renewal counts only if it was done before the lease lapsed: after that, another sender
      // may have taken some of the batch (measured: a claim back after 7.8 s had 500 sent twice).
      let leaseHeldUntil = askedAt + leaseMs;
      renewal = setInterval(() => {
        const renewedAt = Date.now();
        store.renewLease(token, leaseMs).then(
          () => {
            if (Date.now() < leaseHeldUntil) leaseHeldUntil = renewedAt + leaseMs;
          },
          (error: unknown) => logError("push", `${channel} lease renewal`, error),
        );
      }, leaseMs / 4);
      // Successes are recorded together, every 20 ms or 50 at a time; anything else at once.
      const sent: number[] = [];
      let recordedAt = Date.now();
      let next = 0;
      const worker = async () => {
        while (next < claimed.length) {
          const delivery = claimed[next++]!;
          if (next >= claimed.length / 2) halfway.settle();
          if (next === claimed.length) handedOut.settle();
          await limiter.acquire(delivery.identity.chatId ?? delivery.identity.externalId);
          if (Date.now() > leaseHeldUntil - leaseMs / 4) {
            next = claimed.length;
            break;
          }
          const startedAt = performance.now();
          const outcome = await send(delivery);
          this.roundTripMs = 0.9 * this.roundTripMs + 0.1 * (performance.now() - startedAt);
          metrics.sends.inc({ channel: channel.toLowerCase(), outcome: outcome.kind });
          if (outcome.kind === "sent") {
            sent.push(...delivery.ids);
            if (sent.length >= 50 || Date.now() - recordedAt >= RECORD_EVERY_MS) {
              recordedAt = Date.now();
              await store.recordSent(token, sent.splice(0));
            }
            continue;
          }
          if (outcome.kind === "rate-limited")
            await limiter.pause(outcome.retryAfterMs, delivery.identity.chatId ?? delivery.identity.externalId);
          const ref = {
            id: delivery.id,
            ids: delivery.ids,
            attempts: delivery.attempts,
            identityId: delivery.identity.id,
          };
          await store.recordOutcome(ref, token, outcome);
        }
      };
      await previous.handedOut;
      await Promise.all(Array.from({ length: this.inFlight() }, worker));
      if (sent.length) await store.recordSent(token, sent);
      return claimed.length;
    } finally {
      halfway.settle();
      handedOut.settle();
      clearInterval(renewal);
    }
  }

  start() {
    this.running = true;
    this.stopping = settlement();
    const pipeline = async () => {
      const { due } = this.options;
      while (this.running) {
        const heard = due?.heard;
        const handled = await this.sendBatch().catch((error: unknown) => {
          logError("push", `${this.options.channel} sender`, error);
          return 0;
        });
        // Deliveries queued while this claim was made may have been missed by it: claim again.
        if (handled > 0 || due?.heard !== heard) continue;
        const idleMs = this.options.idleMs ?? DEFAULT_IDLE_MS;
        await Promise.race([due?.wait(idleMs) ?? sleep(idleMs), this.stopping.settled]);
      }
    };
    this.loop = Promise.all(Array.from({ length: this.options.pipelines ?? 2 }, pipeline)).then(() => undefined);
  }

  async stop() {
    this.running = false;
    this.stopping.settle();
    await this.loop;
    await this.options.store.close();
  }
}

/** When the batch drawing on the budget lets the next one claim, and draw (see `Sender.turn`). */
interface Turn {
  halfway: Promise<void>;
  handedOut: Promise<void>;
}
