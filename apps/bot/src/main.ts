// The bot process: Teams (with an app id, or in local mode); Telegram when a token is set (long polling, or a
// webhook on the same server with TELEGRAM_MODE=webhook).
import { eventsRecorded, Health, logError, logInfo, pruneOncePerPeriod, watchDeliveries } from "@innolab/core";
import { createDb } from "@innolab/db";
import { createTeamsBot } from "./channels/teams/bot";
import { createTelegramBot, setCommandMenu } from "./channels/telegram/bot";
import { botEnv } from "./env";
import { fileLinks } from "./file-links";
import { FlowEngine } from "./flows/engine";
import { senderStore } from "./push/delivery-store";
import { localDueSignal, redisDueSignal } from "./push/due-signal";
import { FanOutLoop } from "./push/fan-out-loop";
import { RateLimiter } from "./push/rate-limiter";
import type { SendBudget } from "./push/send-budget";
import { Sender } from "./push/sender";
import { SharedRateLimiter } from "./push/shared-rate-limiter";
import { sendToTeams } from "./push/teams-sender";
import { alertApi, sendToTelegram } from "./push/telegram-sender";
import { createBotServer } from "./server";

// The last net: every request has its own boundary, so this only logs (secrets masked) what
// escaped one; an uncaught exception may have left state half-changed, so that one still exits.
process.on("unhandledRejection", (error) => logError("bot", "unhandled rejection", error));
process.on("uncaughtException", (error) => {
  logError("bot", "uncaught exception, stopping", error);
  process.exit(1);
});

const db = createDb();
// GET /metrics reports the deliveries' states and the oldest waiting one, read at each scrape.
watchDeliveries(db);
const engine = new FlowEngine(db);
// Teams needs Bot Framework authentication (an app id) unless explicitly run locally.
const teamsOn = Boolean(botEnv.MICROSOFT_APP_ID) || botEnv.TEAMS_LOCAL_MODE === "1";
const files = fileLinks({
  baseUrl: botEnv.BOT_PUBLIC_URL ?? `http://${botEnv.HOST}:${botEnv.BOT_PORT}`,
  secret: botEnv.BOT_FILE_SECRET,
});
const teams = teamsOn
  ? createTeamsBot(engine, {
      files,
      appId: botEnv.MICROSOFT_APP_ID,
      appPassword: botEnv.MICROSOFT_APP_PASSWORD,
      appTenantId: botEnv.MICROSOFT_APP_TENANT_ID,
      appType: botEnv.MICROSOFT_APP_TYPE,
    })
  : undefined;
if (!teamsOn) logInfo("bot", "Teams: off (set MICROSOFT_APP_ID, or TEAMS_LOCAL_MODE=1 for a local client)");
else if (!botEnv.MICROSOFT_APP_ID) logInfo("bot", "Teams: local mode, requests are not authenticated");
const telegramBot = botEnv.TELEGRAM_BOT_TOKEN
  ? createTelegramBot(db, engine, { token: botEnv.TELEGRAM_BOT_TOKEN, apiRoot: botEnv.TELEGRAM_API_ROOT })
  : undefined;
const webhook = telegramBot && botEnv.TELEGRAM_MODE === "webhook";
if (telegramBot) void setCommandMenu(telegramBot.api);
// Ready when the database answers and, with REDIS_URL, Redis (the shared send budget).
const shared: SharedRateLimiter[] = [];
const health = new Health("bot", {
  database: () => db.$queryRaw`SELECT 1`,
  ...(botEnv.REDIS_URL ? { redis: () => Promise.all(shared.map((limiter) => limiter.ping())) } : {}),
});
const server = createBotServer({
  teams,
  files,
  health,
  // The environment's check makes a secret required in webhook mode.
  telegram: webhook ? { bot: telegramBot, secretToken: botEnv.TELEGRAM_WEBHOOK_SECRET! } : undefined,
});
server.listen(botEnv.BOT_PORT, botEnv.HOST, () => {
  const endpoints = [teams ? "Teams: /api/messages" : "", webhook ? "Telegram webhook: /telegram/webhook" : ""];
  const listed = endpoints.filter(Boolean).join(", ");
  logInfo("bot", `InnoLab bot on http://${botEnv.HOST}:${botEnv.BOT_PORT}${listed ? ` (${listed})` : ""}`);
});
if (telegramBot && !webhook) {
  void telegramBot.start({ onStart: (me) => logInfo("bot", `Telegram: polling as @${me.username}`) });
} else if (!telegramBot) {
  logInfo("bot", "Telegram: off (set TELEGRAM_BOT_TOKEN to turn it on)");
}
// Alerts: durable deliveries sent within each channel's limits (see packages/core push).
const senders: Sender[] = [];
/** A channel account's send budget: shared by every process through Redis when REDIS_URL is set. */
const budget = (account: string, perSecond: number, perChatMs: number): SendBudget => {
  if (!botEnv.REDIS_URL) return new RateLimiter(perSecond, perChatMs);
  const limiter = new SharedRateLimiter(botEnv.REDIS_URL, account, perSecond, perChatMs);
  shared.push(limiter);
  return limiter;
};
// Each batch the fan-out queues wakes the senders at once, in every process when REDIS_URL is set.
const due = botEnv.PUSH_ENABLED === "1" && botEnv.REDIS_URL ? redisDueSignal(botEnv.REDIS_URL) : localDueSignal();
// Changes committed in any process (the API, the dashboard, a chat) are fanned out at once.
const fanOut = new FanOutLoop(db, { due, events: eventsRecorded(), intervalMs: botEnv.PUSH_POLL_MS });
const closing: Array<() => Promise<void>> = [];
if (botEnv.PUSH_ENABLED === "1") {
  fanOut.start();
  if (botEnv.TELEGRAM_BOT_TOKEN) {
    const { api, close } = alertApi(botEnv.TELEGRAM_BOT_TOKEN, botEnv.TELEGRAM_API_ROOT);
    closing.push(close);
    // The bot's id (the token's part before ":") names its budget; the secret part never leaves.
    const botId = botEnv.TELEGRAM_BOT_TOKEN.split(":")[0];
    const limiter = budget(`telegram:${botId}`, botEnv.TELEGRAM_RATE_PER_SECOND, botEnv.TELEGRAM_PER_CHAT_INTERVAL_MS);
    senders.push(
      new Sender({
        store: senderStore(db),
        channel: "TELEGRAM",
        send: (d) => sendToTelegram(api, d),
        limiter,
        due,
        idleMs: botEnv.PUSH_POLL_MS,
      }),
    );
  }
  if (teams) {
    const limiter = budget(
      `teams:${botEnv.MICROSOFT_APP_ID ?? "local"}`,
      botEnv.TEAMS_RATE_PER_SECOND,
      botEnv.TEAMS_PER_CONVERSATION_INTERVAL_MS,
    );
    senders.push(
      new Sender({
        store: senderStore(db),
        channel: "TEAMS",
        send: (d) => sendToTeams(teams.adapter, teams.identity, d),
        limiter,
        due,
        idleMs: botEnv.PUSH_POLL_MS,
      }),
    );
  }
  for (const sender of senders) sender.start();
}

// Housekeeping: records past their retention go once every 6 hours; every bot process asks every
// 10 minutes and the first to ask in a period runs it (pruneOncePerPeriod).
const pruneIfDue = () =>
  void pruneOncePerPeriod(db).catch((error: unknown) => logError("bot", "housekeeping failed", error));
const housekeeping = [setTimeout(pruneIfDue, 60_000).unref(), setInterval(pruneIfDue, 10 * 60_000).unref()];

/** Within this, a stop ends the process whatever the Bot API or the database is doing. */
const STOP_DEADLINE_MS = 4_000;

const stop = async () => {
  // Telegram unreachable (auto-retry waiting out a long retry_after) must not hold the stop.
  setTimeout(() => {
    logInfo("bot", "stop deadline reached, exiting");
    process.exit(0);
  }, STOP_DEADLINE_MS).unref();
  health.markStopping();
  server.close();
  for (const timer of housekeeping) clearTimeout(timer);
  await Promise.all([fanOut.stop(), ...senders.map((sender) => sender.stop())]);
  await Promise.all([
    ...shared.map((limiter) => limiter.close()),
    ...closing.map((close) => close()),
    due.close(),
    eventsRecorded().close(),
  ]);
  await telegramBot?.stop();
  await db.$disconnect();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
