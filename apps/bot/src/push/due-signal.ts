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

/** Notices within one process: the fan-out loop and the senders live in it. */
class LocalDueSignal implements DueSignal {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private count = 0;

  get heard() {
    return this.count;
  }

  notify() {
    this.count++;
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

  async close() {}
}

/** Another lab on the same Redis only wakes these senders for a poll that finds nothing. */
const CHANNEL = "innolab:push:deliveries-due";

/**
 * Notices across every process on one Redis (pub/sub): a batch queued by the fan-out in one bot
 * process wakes the senders of all. A subscriber needs a connection of its own.
 */
class RedisDueSignal extends LocalDueSignal {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(
    redisUrl: string,
    private readonly channel: string,
  ) {
    super();
    this.publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    this.subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    // A dropped connection is retried by the client; meanwhile the senders poll.
    this.publisher.on("error", () => {});
    this.subscriber.on("error", () => {});
    this.subscriber.on("message", () => super.notify());
    void this.subscriber.subscribe(channel).catch(() => {});
  }

  /** One notice a queued batch: a million recipients are 500 of them, nothing to Redis. */
  override notify() {
    super.notify();
    this.publisher.publish(this.channel, "").catch(() => {});
  }

  override async close() {
    await Promise.all(
      [this.publisher, this.subscriber].map((client) => client.quit().then(undefined, () => client.disconnect())),
    );
  }
}

export const localDueSignal = (): DueSignal => new LocalDueSignal();
export const redisDueSignal = (redisUrl: string, channel = CHANNEL): DueSignal => new RedisDueSignal(redisUrl, channel);
