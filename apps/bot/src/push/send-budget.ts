/**
 * A channel's send budget: at most `perSecond` messages overall and one per chat every so often.
 * In one process it is `RateLimiter`; with several sender processes (REDIS_URL set) it is
 * `SharedRateLimiter`, one budget in Redis that every process draws from.
 */
export interface SendBudget {
  readonly perSecond: number;
  /** Waits until a message to `chat` may go. */
  acquire(chat: string): Promise<void>;
  /**
   * The channel said "too many requests" for a message to `chat`: that chat waits `ms`. A 429 does
   * not say which limit was hit; when several chats draw one within a second, it was the
   * channel's, and nothing goes out for `ms` from any process. Without `chat`, the channel's.
   */
  pause(ms: number, chat?: string): void | Promise<void>;
}

/**
 * The next message to a chat is booked this much later than the channel's per-chat limit:
 * timers and networks jitter, and a message arriving a few ms early draws a 429 (seen when two
 * alerts went to the same chats).
 */
export const PER_CHAT_MARGIN = 1.1;

/** 429s from this many different chats within a second mean the channel's limit, not a chat's. */
export const CHATS_FOR_CHANNEL_PAUSE = 3;
