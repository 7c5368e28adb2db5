import type { AddressInfo } from "node:net";
import type { Db } from "@innolab/db";
import { createTeamsBot } from "../src/channels/teams/bot";
import { createTelegramBot } from "../src/channels/telegram/bot";
import type { FlowEngine } from "../src/flows/engine";
import { createBotServer } from "../src/server";
import type { FakeTelegram } from "./fake-telegram";

/** The bot's HTTP server on a free port: Teams (local, unauthenticated) and the Telegram webhook. */
export async function listenBotServer(db: Db, engine: FlowEngine, telegram: FakeTelegram, secretToken: string) {
  const bot = createTelegramBot(db, engine, { token: telegram.token, apiRoot: telegram.apiRoot });
  await bot.init();
  const server = createBotServer({
    teams: createTeamsBot(engine, { appType: "MultiTenant" }),
    telegram: { bot, secretToken },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
