import { Redis } from "ioredis";
import { BURST_MS, type Grants, PACE, PacedBudget } from "./paced-budget";
import { CHATS_FOR_CHANNEL_PAUSE, PER_CHAT_MARGIN } from "./send-budget";

/**
 * `RateLimiter.grant` as one atomic step in Redis, on Redis's clock (the processes' clocks may
 * differ): KEYS[1] holds when the budget is next due, KEYS[2] the channel's pause, KEYS[3..] when
 * each chat is free; ARGV the spacing, the burst and the per-chat interval. Answers as `Grants`.
 */
const GRANT_SLOTS = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local pausedTill = tonumber(redis.call('GET', KEYS[2]) or '0')
if pausedTill > now then return {math.ceil(pausedTill - now)} end
local spacing = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local interval = tonumber(ARGV[3])
local due = tonumber(redis.call('GET', KEYS[1]) or '0')
if due < now then due = now end
local results = {0}
for i = 3, #KEYS do
  local chatFree = tonumber(redis.call('GET', KEYS[i]) or '0')
  if chatFree > now then
    results[#results + 1] = math.ceil(chatFree - now)
  elseif due - now > burst then
    results[#results + 1] = -1
  else
    due = due + spacing
    if interval > 0 then redis.call('SET', KEYS[i], tostring(now + interval), 'PX', math.ceil(interval) + 1000) end
    results[#results + 1] = 0
  end
end
redis.call('SET', KEYS[1], tostring(due), 'PX', math.ceil(due - now) + 60000)
if due - burst > now then results[1] = math.ceil(due - burst - now) end
return results
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

type BudgetRedis = Redis & {
  grantSlots(keyCount: number, ...keysThenArgs: Array<string | number>): Promise<number[]>;
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
 * One send budget per channel account shared by every sender process, in Redis: three processes
 * together send at the channel's rate, never three times it, and a 429 seen by one pauses that
 * chat — or, from several chats at once, the channel — for them all. A process asks for the
 * slots its waiting sends need in one call (see `PacedBudget`).
 */
export class SharedRateLimiter extends PacedBudget {
  private readonly redis: BudgetRedis;
  private readonly keys: { next: string; paused: string; recentTooMany: string; chat: (chat: string) => string };

  constructor(
    redisUrl: string,
    /** The channel account the budget belongs to (e.g. "telegram:<bot id>"). */
    account: string,
    perSecond: number,
    private readonly perChatIntervalMs: number,
    headroom = PACE,
  ) {
    super(perSecond, headroom);
    this.redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 }) as BudgetRedis;
    this.redis.defineCommand("grantSlots", { lua: GRANT_SLOTS });
    this.redis.defineCommand("pauseBudget", { numberOfKeys: 3, lua: PAUSE });
    // A dropped connection is retried by the client; its errors are not the process's end.
    this.redis.on("error", () => {});
    // One hash tag: every key of an account lives on one Redis Cluster node, as a script needs.
    const prefix = `innolab:send-budget:{${account}}`;
    this.keys = {
      next: `${prefix}:next`,
      paused: `${prefix}:paused`,
      recentTooMany: `${prefix}:recent-429`,
      chat: (chat) => `${prefix}:chat:${chat}`,
    };
  }

  protected grant(chats: string[]): Promise<Grants> {
    return this.redis.grantSlots(
      2 + chats.length,
      this.keys.next,
      this.keys.paused,
      ...chats.map((chat) => this.keys.chat(chat)),
      this.spacingMs,
      BURST_MS,
      this.perChatIntervalMs * PER_CHAT_MARGIN,
    );
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
    this.stopGranting();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
