import { Redis } from "ioredis";
import { CHATS_FOR_CHANNEL_PAUSE, PER_CHAT_MARGIN, type SendBudget } from "./send-budget";

/**
 * Grants send slots to a list of chats in one atomic step, on Redis's clock (the processes'
 * clocks may differ). The channel's budget is a cell-rate schedule (GCRA): KEYS[1] holds the
 * time the budget is next due; a slot may be granted while that time is at most ARGV[2] ms ahead
 * of now, and each grant moves it ARGV[1] ms on. A chat not free yet (KEYS[3..]) is not granted
 * and holds nothing of the budget. Returns {ms before asking again, then per chat: 0 granted,
 * -1 no budget left, n > 0 the chat is free in n ms}; while the channel is paused, {ms} alone.
 * Grants are made at the time they are asked for, so a process that wakes late wastes nothing:
 * the budget it did not use is there for the others.
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

/**
 * How far ahead of its schedule the budget may be drawn: sends granted together go out together,
 * and a pace of 0.95 of the limit leaves 50 ms of bunching in any second — 20 for the grants,
 * the rest for the way to the channel.
 */
const BURST_MS = 20;
/** A process asks Redis at most this often while the budget is spent (three processes: 600 asks/s). */
const ASK_EVERY_MS = 5;

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

interface Waiter {
  chat: string;
  /** A chat that is not free yet is not asked for before this time. */
  notBefore: number;
  settled: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * One send budget per channel account shared by every sender process, in Redis: three processes
 * together send at the channel's rate, never three times it, and a 429 seen by one pauses that
 * chat — or, from several chats at once, the channel — for them all. A process asks for the
 * slots its waiting sends need in one call (not one call and one timer per send: at 1,000/s
 * those cost the senders' CPU), at most every few ms while the budget is spent.
 */
export class SharedRateLimiter implements SendBudget {
  private readonly redis: BudgetRedis;
  private readonly spacingMs: number;
  private readonly keys: { next: string; paused: string; recentTooMany: string; chat: (chat: string) => string };
  private readonly maxAsk: number;
  private waiting: Waiter[] = [];
  private pumping = false;
  private closed = false;
  /** Ends the pump's sleep early (a new send while it waits only for busy chats). */
  private wake: (() => void) | undefined;

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
    this.redis.defineCommand("grantSlots", { lua: GRANT_SLOTS });
    this.redis.defineCommand("pauseBudget", { numberOfKeys: 3, lua: PAUSE });
    // A dropped connection is retried by the client; its errors are not the process's end.
    this.redis.on("error", () => {});
    this.spacingMs = 1000 / (perSecond * headroom);
    // Enough chats per ask for the budget's burst, with room for some that are busy.
    this.maxAsk = Math.max(8, Math.ceil((BURST_MS / this.spacingMs) * 2));
    // One hash tag: every key of an account lives on one Redis Cluster node, as a script needs.
    const prefix = `innolab:send-budget:{${account}}`;
    this.keys = {
      next: `${prefix}:next`,
      paused: `${prefix}:paused`,
      recentTooMany: `${prefix}:recent-429`,
      chat: (chat) => `${prefix}:chat:${chat}`,
    };
  }

  acquire(chat: string): Promise<void> {
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

  /** Asks for slots while sends are waiting; one ask at a time per process. */
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
        let reply: number[];
        try {
          reply = await this.redis.grantSlots(
            2 + ready.length,
            this.keys.next,
            this.keys.paused,
            ...ready.map((waiter) => this.keys.chat(waiter.chat)),
            this.spacingMs,
            BURST_MS,
            this.perChatIntervalMs * PER_CHAT_MARGIN,
          );
        } catch (error) {
          this.settle(ready, (waiter) => waiter.reject(error));
          continue;
        }
        const [askAgainMs = ASK_EVERY_MS, ...results] = reply;
        const answeredAt = Date.now();
        let outOfBudget = results.length < ready.length;
        this.settle(
          ready.filter((waiter, i) => {
            const result = results[i] ?? -1;
            if (result > 0) waiter.notBefore = answeredAt + result;
            if (result < 0) outOfBudget = true;
            return result === 0;
          }),
          (waiter) => waiter.resolve(),
        );
        if (outOfBudget) await this.sleep(Math.max(askAgainMs, ASK_EVERY_MS), false);
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Takes `done` out of the queue and tells each. */
  private settle(done: Waiter[], tell: (waiter: Waiter) => void) {
    if (done.length === 0) return;
    for (const waiter of done) waiter.settled = true;
    this.waiting = this.waiting.filter((waiter) => !waiter.settled);
    for (const waiter of done) tell(waiter);
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
    this.closed = true;
    this.wake?.();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
