// One bot process for bench/bot.bench.ts: the InnoLab bot (or the "ok" baseline) behind the
// webhook server, on a free port it reports to the parent.
import type { AddressInfo } from "node:net";
import { createBotServer, createTeamsBot, createTelegramBot, FlowEngine } from "@innolab/bot";
import { createDb } from "@innolab/db";
import { Bot } from "grammy";

const [mode, url, apiRoot, token, secret] = process.argv.slice(2) as [string, string, string, string, string];
const db = createDb({ url });
let bot: Bot;
if (mode === "baseline") {
  bot = new Bot(token, { client: { apiRoot } });
  bot.on("message", (ctx) => ctx.reply("ok"));
  bot.on("callback_query", (ctx) => ctx.reply("ok"));
} else {
  bot = createTelegramBot(db, new FlowEngine(db), { token, apiRoot });
}
await bot.init();
const server = createBotServer({
  teams: createTeamsBot({ handle: async () => [] } as never, { appType: "MultiTenant" }),
  telegram: { bot, secretToken: secret },
});
server.listen(0, "127.0.0.1", () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on("message", () => {
  server.close();
  void db.$disconnect().then(() => process.exit(0));
});

// The bench that forked this process is gone (finished, crashed or killed): go too, or an
// orphan keeps polling and skews every later measurement on the machine.
process.on("disconnect", () => process.exit(0));
