import type { Db } from "@innolab/db";
import { freePort } from "@innolab/db/testing/free-port";
import { createTeamsBot } from "../src/channels/teams/bot";
import { createTelegramBot } from "../src/channels/telegram/bot";
import { fileLinks } from "../src/file-links";
import type { FlowEngine } from "../src/flows/engine";
import { createBotServer } from "../src/server";
import type { FakeTelegram } from "./fake-telegram";

/** The bot's HTTP server on a free port: Teams (local, unauthenticated) and the Telegram webhook. */
export async function listenBotServer(db: Db, engine: FlowEngine, telegram: FakeTelegram, secretToken: string) {
  const bot = createTelegramBot(db, engine, { token: telegram.token, apiRoot: telegram.apiRoot });
  await bot.init();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const files = fileLinks({ baseUrl: base });
  const server = createBotServer({
    teams: createTeamsBot(engine, { appType: "MultiTenant", files }),
    telegram: { bot, secretToken },
    files,
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    base,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
