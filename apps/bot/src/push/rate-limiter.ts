/**
 * Spaces sends to respect a channel's limits: at most `perSecond` overall and one message per
 * `perChatIntervalMs` to the same chat (Telegram: 30/s and 1/s by default). Each call reserves
 * its slot, so concurrent senders share the budget; a 429 pauses everything for retry_after.
 */
export class RateLimiter {
  private nextGlobal = 0;
  private readonly nextPerChat = new Map<string, number>();
  private pausedUntil = 0;

  private readonly spacingMs: number;

  /**
   * `headroom` keeps the pace a little under the limit: timers fire late now and then, and a
   * late send followed by an on-time one would otherwise briefly exceed it.
   */
  constructor(
    readonly perSecond: number,
    private readonly perChatIntervalMs: number,
    headroom = 0.98,
  ) {
    this.spacingMs = 1000 / (perSecond * headroom);
  }

  /** Waits until a message to `chat` may go. */
  async acquire(chat: string): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextGlobal, this.pausedUntil, this.nextPerChat.get(chat) ?? 0);
    this.nextGlobal = Math.max(this.nextGlobal, slot) + this.spacingMs;
    this.nextPerChat.set(chat, slot + this.perChatIntervalMs);
    if (this.nextPerChat.size > 100_000) this.forgetPast(now);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  /** The channel said "too many requests": nothing goes out for `ms`. */
  pause(ms: number) {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  private forgetPast(now: number) {
    for (const [chat, at] of this.nextPerChat) if (at < now) this.nextPerChat.delete(chat);
  }
}
