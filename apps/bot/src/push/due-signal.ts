import { EventEmitter } from "node:events";
import { Redis } from "ioredis";

/**
 * Word that deliveries were just queued, so an idle sender claims them at once instead of at its
 * next poll (a second later, and each process at a different moment: measured in bench:push, the
 * third of three processes joined an alert up to 1 s after the first). Polling stays: a notice
 * lost (Redis down, a process starting) costs one poll interval, never a delivery.
 */
export interface DueSignal {
  /** Deliveries were queued: wakes the senders waiting here and, through Redis, in every process. */
  notify(): void;
  /** Resolves at the next notice or after `ms`, whichever comes first. */
  wait(ms: number): Promise<void>;
  /** Notices heard so far: one that came while a sender was claiming (and found nothing) is not missed. */
  readonly heard: number;
  close(): Promise<void>;
}

/** Waiting and waking within one process. */
class LocalSignal {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  heard = 0;

  wake() {
    this.heard++;
    this.emitter.emit("due");
  }

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off("due", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.emitter.once("due", done);
    });
  }
}

/** One process's notices: the fan-out loop and the senders live in it. */
export function localDueSignal(): DueSignal {
  const local = new LocalSignal();
  return {
    notify: () => local.wake(),
    wait: (ms) => local.wait(ms),
    get heard() {
      return local.heard;
    },
    close: async () => {},
  };
}

/** Another lab on the same Redis only wakes these senders for a poll that finds nothing. */
const CHANNEL = "innolab:push:deliveries-due";

/**
 * Notices across every process on one Redis (pub/sub): a batch queued by the fan-out in one bot
 * process wakes the senders of all. A subscriber needs a connection of its own.
 */
export function redisDueSignal(redisUrl: string, channel = CHANNEL): DueSignal {
  const local = new LocalSignal();
  const options = { maxRetriesPerRequest: 1 };
  const publisher = new Redis(redisUrl, options);
  const subscriber = new Redis(redisUrl, options);
  // A dropped connection is retried by the client; meanwhile the senders poll.
  publisher.on("error", () => {});
  subscriber.on("error", () => {});
  subscriber.on("message", () => local.wake());
  void subscriber.subscribe(channel).catch(() => {});
  return {
    // One notice a queued batch: a million recipients are 500 of them, nothing to Redis.
    notify: () => {
      local.wake();
      publisher.publish(channel, "").catch(() => {});
    },
    wait: (ms) => local.wait(ms),
    get heard() {
      return local.heard;
    },
    close: async () => {
      await Promise.all(
        [publisher, subscriber].map((client) => client.quit().then(undefined, () => client.disconnect())),
      );
    },
  };
}
