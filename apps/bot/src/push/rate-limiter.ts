import { BURST_MS, type Grants, PACE, PacedBudget } from "./paced-budget";
import { CHATS_FOR_CHANNEL_PAUSE, PER_CHAT_MARGIN } from "./send-budget";

/**
 * A channel's send budget in one process: at most `perSecond` overall and one message per
 * `perChatIntervalMs` to the same chat (Telegram: 30/s and 1/s by default), paced as
 * `PacedBudget` says; a 429 pauses its chat, or everything when several chats draw one (see
 * SendBudget.pause). `SharedRateLimiter` is the same schedule kept in Redis.
 */
export class RateLimiter extends PacedBudget {
  /** When the budget is next due (the schedule). */
  private due = 0;
  private readonly nextPerChat = new Map<string, number>();
  private pausedUntil = 0;
  private recentTooMany: Array<{ at: number; chat: string }> = [];

  constructor(
    perSecond: number,
    private readonly perChatIntervalMs: number,
    headroom = PACE,
  ) {
    super(perSecond, headroom);
  }

  protected grant(chats: string[]): Grants {
    const now = Date.now();
    if (this.pausedUntil > now) return [this.pausedUntil - now];
    let due = Math.max(this.due, now);
    const grants: Grants = [0];
    for (const chat of chats) {
      const chatFree = this.nextPerChat.get(chat) ?? 0;
      if (chatFree > now) grants.push(chatFree - now);
      else if (due - now > BURST_MS) grants.push(-1);
      else {
        due += this.spacingMs;
        this.nextPerChat.set(chat, now + this.perChatIntervalMs * PER_CHAT_MARGIN);
        grants.push(0);
      }
    }
    this.due = due;
    if (due - BURST_MS > now) grants[0] = Math.ceil(due - BURST_MS - now);
    if (this.nextPerChat.size > 100_000) this.forgetPast(now);
    return grants;
  }

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
