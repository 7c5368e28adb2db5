// The bot process: Teams endpoint always; Telegram when a token is set (long polling, or a
// webhook on the same server with TELEGRAM_MODE=webhook).
import { createDb } from "@innolab/db";
import { createTeamsBot } from "./channels/teams/bot";
import { createTelegramBot } from "./channels/telegram/bot";
import { botEnv } from "./env";
import { FlowEngine } from "./flows/engine";
import { createBotServer } from "./server";

const db = createDb();
const engine = new FlowEngine(db);
const teams = createTeamsBot(engine, {
  appId: botEnv.MICROSOFT_APP_ID,
  appPassword: botEnv.MICROSOFT_APP_PASSWORD,
  appTenantId: botEnv.MICROSOFT_APP_TENANT_ID,
  appType: botEnv.MICROSOFT_APP_TYPE,
});
const telegramBot = botEnv.TELEGRAM_BOT_TOKEN
  ? createTelegramBot(db, engine, { token: botEnv.TELEGRAM_BOT_TOKEN, apiRoot: botEnv.TELEGRAM_API_ROOT })
  : undefined;
const webhook = telegramBot && botEnv.TELEGRAM_MODE === "webhook";
const server = createBotServer({
  teams,
  telegram: webhook ? { bot: telegramBot, secretToken: botEnv.TELEGRAM_WEBHOOK_SECRET } : undefined,
});
server.listen(botEnv.BOT_PORT, botEnv.HOST, () => {
  console.log(
    `InnoLab bot on http://${botEnv.HOST}:${botEnv.BOT_PORT} (Teams: /api/messages${webhook ? ", Telegram webhook: /telegram/webhook" : ""})`,
  );
});
if (telegramBot && !webhook) {
  void telegramBot.start({ onStart: (me) => console.log(`Telegram: polling as @${me.username}`) });
} else if (!telegramBot) {
  console.log("Telegram: off (set TELEGRAM_BOT_TOKEN to turn it on)");
}
const stop = async () => {
  await telegramBot?.stop();
  server.close();
  await db.$disconnect();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
