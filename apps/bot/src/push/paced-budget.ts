import type { SendBudget } from "./send-budget";

/**
 * The pace, as a share of the channel's limit: sends bunch on their way (a process busy or off
 * the CPU for a moment writes several at once, a network path holds some back), and a channel
 * counting arrivals would see more than its limit in some second. At 0.96, 42 ms of bunching in
 * any second are allowed for: 10 for the grants (BURST_MS), 32 for the way to the channel.
 * Measured with one and three processes at 1,000/s on a 2-CPU host (bench:push): the busiest
 * second reached 976–993 of 1,000, no 429; at 0.97 a 20 ms stall of the Bot API stand-in drew
 * three 429s (and a second's pause of the channel) in one run of eight.
 */
export const PACE = 0.96;

/**
 * How far ahead of its schedule a budget may be drawn: sends granted together go out together.
 * Measured at a pace of 0.97: at 15 ms a run's first alert drew 15 429s; at 5 ms processes did not
 * ask often enough to use the budget (0.91–0.93 of it).
 */
export const BURST_MS = 10;
/** A process asks for slots at most this often while the budget is spent. */
const ASK_EVERY_MS = 5;

/**
 * What a schedule answers when asked for slots: first the ms before it is worth asking again,
 * then per chat asked for: 0 granted, -1 no budget left now, n > 0 the chat is free in n ms.
 * While the channel is paused, only the first.
 */
export type Grants = number[];

interface Waiter {
  chat: string;
  /** A chat that is not free yet is not asked for before this time. */
  notBefore: number;
  settled: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * A send budget paced by a cell-rate schedule (GCRA): the budget is next due at some time, a
 * slot may be granted while that time is at most BURST_MS ahead of now, and each grant moves
 * it one spacing on. Slots are granted at the moment they are asked for, for all the sends
 * waiting at once — one ask and no timer per send, where each send used to book a future slot
 * and give it up if its timer fired late (15 % of slots at 1,000/s on a busy host) — so a
 * process that wakes late wastes nothing: the budget it did not use is still there. Where the
 * schedule lives (this process, or Redis for every process) is the subclass's.
 */
export abstract class PacedBudget implements SendBudget {
  protected readonly spacingMs: number;
  private readonly maxAsk: number;
  private waiting: Waiter[] = [];
  private pumping = false;
  private closed = false;
  /** Ends the pump's sleep early (a new send while it waits only for busy chats). */
  private wake: (() => void) | undefined;

  constructor(
    readonly perSecond: number,
    /** The pace, as a share of `perSecond` (see PACE). */
    headroom: number,
  ) {
    this.spacingMs = 1000 / (perSecond * headroom);
    // Enough chats per ask for the budget's burst, with room for some that are busy.
    this.maxAsk = Math.max(8, Math.ceil((BURST_MS / this.spacingMs) * 2));
  }

  /** Grants slots now to as many of `chats` (in order) as the budget and each chat allow. */
  protected abstract grant(chats: string[]): Promise<Grants> | Grants;

  abstract pause(ms: number, chat?: string): void | Promise<void>;

  acquire(chat: string): Promise<void> {
    if (this.closed) return Promise.reject(new Error("the send budget was closed"));
    return new Promise((resolve, reject) => {
      this.waiting.push({ chat, notBefore: 0, settled: false, resolve, reject });
      if (this.pumping) this.wake?.();
      else void this.pump();
    });
  }

  private sleep(ms: number, wakeable: boolean) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      if (wakeable)
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
    }).finally(() => {
      this.wake = undefined;
    });
  }

  /** Asks for slots while sends are waiting; one ask at a time. */
  private async pump() {
    this.pumping = true;
    try {
      while (this.waiting.length > 0 && !this.closed) {
        const now = Date.now();
        const ready: Waiter[] = [];
        let soonest = Number.POSITIVE_INFINITY;
        for (const waiter of this.waiting) {
          if (waiter.notBefore <= now) {
            if (ready.length < this.maxAsk) ready.push(waiter);
          } else soonest = Math.min(soonest, waiter.notBefore);
        }
        if (ready.length === 0) {
          await this.sleep(soonest - now, true);
          continue;
        }
        let grants: Grants;
        try {
          grants = await this.grant(ready.map((waiter) => waiter.chat));
        } catch (error) {
          this.settle(ready, (waiter) => waiter.reject(error));
          continue;
        }
        const [askAgainMs = ASK_EVERY_MS, ...results] = grants;
        const answeredAt = Date.now();
        let outOfBudget = results.length < ready.length;
        const granted = ready.filter((waiter, i) => {
          const result = results[i] ?? -1;
          if (result > 0) waiter.notBefore = answeredAt + result;
          if (result < 0) outOfBudget = true;
          return result === 0;
        });
        this.settle(granted, (waiter) => waiter.resolve());
        if (outOfBudget) await this.sleep(Math.max(askAgainMs, ASK_EVERY_MS), false);
      }
    } finally {
      this.pumping = false;
    }
  }

  /** No more slots: sends still waiting are refused, not left hanging. */
  protected stopGranting() {
    this.closed = true;
    this.wake?.();
    this.settle([...this.waiting], (waiter) => waiter.reject(new Error("the send budget was closed")));
  }

  /** Takes `done` out of the queue and tells each. */
  private settle(done: Waiter[], tell: (waiter: Waiter) => void) {
    if (done.length === 0) return;
    for (const waiter of done) waiter.settled = true;
    this.waiting = this.waiting.filter((waiter) => !waiter.settled);
    for (const waiter of done) tell(waiter);
  }
}
