import { EventEmitter } from "node:events";
import { Redis } from "ioredis";

/**
 * Word that there is work, so a loop waiting for it starts at once instead of at its next poll:
 * deliveries queued (the senders), domain events recorded (the fan-out). Polling stays: a notice
 * lost (Redis down, a process starting) costs one poll interval, never work.
 */
export interface Notice {
  /** There is work: wakes the loops waiting here and, through Redis, in every process. */
  notify(): void;
  /** Resolves at the next notice or after `ms`, whichever comes first. */
  wait(ms: number): Promise<void>;
  /** Notices heard so far: one that came while a loop was looking (and found nothing) is not missed. */
  readonly heard: number;
  close(): Promise<void>;
}

/** Notices within one process. */
class LocalNotice implements Notice {
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

/**
 * Notices across every process on one Redis (pub/sub): work found in one process wakes the loops
 * of all. A process that only tells (the API, the dashboard) opens one connection; one that waits
 * opens a subscriber of its own at its first wait.
 */
class RedisNotice extends LocalNotice {
  private readonly publisher: Redis;
  private subscriber: Redis | undefined;

  constructor(
    private readonly redisUrl: string,
    private readonly channel: string,
  ) {
    super();
    // A dropped connection is retried by the client; meanwhile the loops poll.
    this.publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1 }).on("error", () => {});
  }

  override notify() {
    super.notify();
    this.publisher.publish(this.channel, "").catch(() => {});
  }

  override wait(ms: number) {
    if (!this.subscriber) {
      this.subscriber = new Redis(this.redisUrl, { maxRetriesPerRequest: 1 }).on("error", () => {});
      this.subscriber.on("message", () => super.notify());
      void this.subscriber.subscribe(this.channel).catch(() => {});
    }
    return super.wait(ms);
  }

  override async close() {
    const clients = this.subscriber ? [this.publisher, this.subscriber] : [this.publisher];
    await Promise.all(clients.map((client) => client.quit().then(undefined, () => client.disconnect())));
  }
}

export const localNotice = (): Notice => new LocalNotice();
/** `channel` names the work; another lab on the same Redis only wakes these loops for a poll that finds nothing. */
export const redisNotice = (redisUrl: string, channel: string): Notice => new RedisNotice(redisUrl, channel);
