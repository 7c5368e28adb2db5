import { CHATS_FOR_CHANNEL_PAUSE, PER_CHAT_MARGIN, type SendBudget } from "./send-budget";

/**
 * Spaces sends to respect a channel's limits: at most `perSecond` overall and one message per
 * `perChatIntervalMs` to the same chat (Telegram: 30/s and 1/s by default). Each call reserves
 * its slot, so concurrent senders share the budget; a 429 pauses its chat, or everything when
 * several chats draw one (see SendBudget.pause).
 */
export class RateLimiter implements SendBudget {
  private nextGlobal = 0;
  private readonly nextPerChat = new Map<string, number>();
  private pausedUntil = 0;

  private readonly spacingMs: number;

  /**
   * `headroom` keeps the pace under the limit: sends bunch on their way (timers fire late, a
   * busy event loop writes several at once), and a channel counting arrivals would see more
   * than its limit in some second. 0.98 was not enough on a busy machine (a 429 at 150/s in CI);
   * 0.95 leaves 50 ms of bunching, as the shared budget does.
   */
  constructor(
    readonly perSecond: number,
    private readonly perChatIntervalMs: number,
    headroom = 0.95,
  ) {
    this.spacingMs = 1000 / (perSecond * headroom);
  }

  /**
   * Waits until a message to `chat` may go. A chat that is not free yet is waited for without
   * holding a slot of the channel's budget, so one busy chat never holds up the others.
   */
  async acquire(chat: string): Promise<void> {
    for (;;) {
      const now = Date.now();
      const free = Math.max(now, this.nextGlobal, this.pausedUntil);
      const chatFree = this.nextPerChat.get(chat) ?? 0;
      if (chatFree > free) {
        await new Promise((resolve) => setTimeout(resolve, chatFree - now));
        continue;
      }
      this.nextGlobal = free + this.spacingMs;
      this.nextPerChat.set(chat, free + this.perChatIntervalMs * PER_CHAT_MARGIN);
      if (this.nextPerChat.size > 100_000) this.forgetPast(now);
      if (free > now) {
        await new Promise((resolve) => setTimeout(resolve, free - now));
        // A 429 while this one waited: its slot is void; it books again after the pause.
        if (this.pausedUntil > Date.now()) continue;
      }
      return;
    }
  }

  private recentTooMany: Array<{ at: number; chat: string }> = [];

  /** A 429: that chat waits `ms`; from several chats within a second, everything does (see SendBudget). */
  pause(ms: number, chat?: string) {
    const now = Date.now();
    if (chat !== undefined) {
      this.recentTooMany = this.recentTooMany.filter((r) => r.at > now - 1000 && r.chat !== chat);
      this.recentTooMany.push({ at: now, chat });
      if (this.recentTooMany.length < CHATS_FOR_CHANNEL_PAUSE) {
        this.nextPerChat.set(chat, Math.max(this.nextPerChat.get(chat) ?? 0, now + ms));
        return;
      }
    }
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
  }

  private forgetPast(now: number) {
    for (const [chat, at] of this.nextPerChat) if (at < now) this.nextPerChat.delete(chat);
  }
}
