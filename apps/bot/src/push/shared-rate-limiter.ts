import { Redis } from "ioredis";
import { CHATS_FOR_CHANNEL_PAUSE, PER_CHAT_MARGIN, type SendBudget } from "./send-budget";

/**
 * Books a send slot in one atomic step, on Redis's clock (the processes' clocks may differ), as
 * `RateLimiter` does: the slot is the latest of now, the channel's next free slot and its pause;
 * if the chat is not free by then, nothing is booked and the caller comes back when it is (one
 * busy chat never holds the others' budget). Returns {1, ms to wait} when booked, {0, ms} when
 * the caller must come back.
 */
const BOOK_SLOT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local free = now
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextFree > free then free = nextFree end
local pausedTill = tonumber(redis.call('GET', KEYS[2]) or '0')
if pausedTill > free then free = pausedTill end
local chatFree = tonumber(redis.call('GET', KEYS[3]) or '0')
if chatFree > free then return {0, math.ceil(chatFree - now)} end
local spacing = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
redis.call('SET', KEYS[1], tostring(free + spacing), 'PX', math.ceil(free + spacing - now) + 60000)
if interval > 0 then
  redis.call('SET', KEYS[3], tostring(free + interval), 'PX', math.ceil(free + interval - now) + 1000)
end
return {1, math.ceil(free - now)}
`;

/**
 * A 429 for chat ARGV[2] (or '' for the channel): that chat waits ARGV[1] ms; once ARGV[3] chats
 * drew one within a second (KEYS[3], a set by time), the channel does — on Redis's clock. Returns
 * 1 when the channel was paused, 0 when only the chat was.
 */
const PAUSE = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local ms = tonumber(ARGV[1])
local till = now + ms
if ARGV[2] ~= '' then
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - 1000)
  redis.call('ZADD', KEYS[3], now, ARGV[2])
  redis.call('PEXPIRE', KEYS[3], 2000)
  if redis.call('ZCARD', KEYS[3]) < tonumber(ARGV[3]) then
    local chatFree = tonumber(redis.call('GET', KEYS[2]) or '0')
    if till > chatFree then redis.call('SET', KEYS[2], tostring(till), 'PX', ms + 1000) end
    return 0
  end
end
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
-- It expires when the pause ends: the key exists exactly while the channel is paused.
if till > current then redis.call('SET', KEYS[1], tostring(till), 'PX', ms) end
return 1
`;

/** How late past its slot a send may still go. */
const LATE_MS = 20;

type BudgetRedis = Redis & {
  bookSlot(next: string, paused: string, chat: string, spacing: number, interval: number): Promise<[0 | 1, number]>;
  pauseBudget(
    paused: string,
    chat: string,
    recent: string,
    ms: number,
    chatName: string,
    chats: number,
  ): Promise<number>;
};

/**
 * One send budget per channel account shared by every sender process, in Redis: the same
 * booking as `RateLimiter`, made atomically by a script, so three processes together send at
 * the channel's rate, never three times it, and a 429 seen by one pauses that chat — or, from
 * several chats at once, the channel — for them all.
 */
export class SharedRateLimiter implements SendBudget {
  private readonly redis: BudgetRedis;
  private readonly spacingMs: number;
  private readonly keys: { next: string; paused: string; recentTooMany: string; chat: (chat: string) => string };

  constructor(
    redisUrl: string,
    /** The channel account the budget belongs to (e.g. "telegram:<bot id>"). */
    account: string,
    readonly perSecond: number,
    private readonly perChatIntervalMs: number,
    /**
     * The pace, as a share of `perSecond`. Several processes' sends travel separately and bunch
     * on the way (measured: at 0.98, three processes at 1,000/s drew 70–116 429s, each pausing
     * the channel; at 0.95, none), so the shared budget leaves 5 % for it: 50 ms of bunching.
     */
    headroom = 0.95,
  ) {
    this.redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 }) as BudgetRedis;
    this.redis.defineCommand("bookSlot", { numberOfKeys: 3, lua: BOOK_SLOT });
    this.redis.defineCommand("pauseBudget", { numberOfKeys: 3, lua: PAUSE });
    // A dropped connection is retried by the client; its errors are not the process's end.
    this.redis.on("error", () => {});
    this.spacingMs = 1000 / (perSecond * headroom);
    const prefix = `innolab:send-budget:${account}`;
    this.keys = {
      next: `${prefix}:next`,
      paused: `${prefix}:paused`,
      recentTooMany: `${prefix}:recent-429`,
      chat: (chat) => `${prefix}:chat:${chat}`,
    };
  }

  async acquire(chat: string): Promise<void> {
    for (;;) {
      const [booked, wait] = await this.redis.bookSlot(
        this.keys.next,
        this.keys.paused,
        this.keys.chat(chat),
        this.spacingMs,
        this.perChatIntervalMs * PER_CHAT_MARGIN,
      );
      const slotAt = Date.now() + wait;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!booked) continue;
      // Woken late (a busy machine's timers): going now would bunch with the sends booked after
      // it, past the channel's limit. The slot is given up and another booked.
      if (Date.now() - slotAt > LATE_MS) continue;
      // A 429 while this one waited (any process's): its slot is void; it books again after the pause.
      if (wait > 0 && (await this.redis.pttl(this.keys.paused)) > 0) continue;
      return;
    }
  }

  async pause(ms: number, chat?: string): Promise<void> {
    await this.redis.pauseBudget(
      this.keys.paused,
      this.keys.chat(chat ?? ""),
      this.keys.recentTooMany,
      Math.ceil(ms),
      chat ?? "",
      CHATS_FOR_CHANNEL_PAUSE,
    );
  }

  /** Resolves when Redis answers (readiness). */
  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
