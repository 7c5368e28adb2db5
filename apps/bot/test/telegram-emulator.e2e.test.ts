import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { seed } from "@innolab/db";
import { createTestDatabase, type TestDatabase } from "@innolab/db/testing";
import { freePort } from "@innolab/db/testing/free-port";
import TelegramServer from "telegram-test-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtBot } from "./built-bot";

const TOKEN = "424242:emulator-token";

interface BotMessage {
  text: string;
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
}

/**
 * The emulator answers getUpdates at once, ignoring its timeout: a long-polling bot would spin.
 * In front of it, a Bot API that holds an empty getUpdates for 100 ms, as Telegram holds it.
 */
function politePolling(upstream: number): Server {
  return createServer((incoming, answer) => {
    const relay = () => {
      const forwarded = request(
        { host: "127.0.0.1", port: upstream, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (reply) => {
          const chunks: Buffer[] = [];
          reply.on("data", (chunk: Buffer) => chunks.push(chunk));
          reply.on("end", () => {
            const body = Buffer.concat(chunks);
            const empty = incoming.url?.endsWith("/getUpdates") && body.toString().includes('"result":[]');
            setTimeout(
              () => {
                answer.writeHead(reply.statusCode ?? 502, reply.headers);
                answer.end(body);
              },
              empty ? 100 : 0,
            );
          });
        },
      );
      forwarded.on("error", () => answer.writeHead(502).end());
      forwarded.end(Buffer.concat(received));
    };
    const received: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => received.push(chunk));
    incoming.on("end", relay);
  });
}

describe("the compiled bot, driven through telegram-test-api (a Telegram Bot API emulator)", () => {
  let database: TestDatabase;
  let emulator: InstanceType<typeof TelegramServer>;
  let proxy: Server;
  let bot: ChildProcess;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await seed.seedDemo(database.db, { today: new Date() });
    emulator = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 600 });
    await emulator.start();
    proxy = politePolling(emulator.config.port);
    proxy.listen(0, "127.0.0.1");
    await once(proxy, "listening");
    bot = spawn(process.execPath, builtBot, {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        BOT_PORT: String(await freePort()),
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
        TELEGRAM_MODE: "polling",
        TEAMS_LOCAL_MODE: "0",
        PUSH_ENABLED: "0",
      },
      stdio: "ignore",
    });
  });
  afterAll(async () => {
    bot?.kill("SIGTERM");
    if (bot && bot.exitCode === null) await once(bot, "exit");
    proxy?.close();
    await emulator?.stop();
    await database?.drop();
  });

  /** A person in their private chat with the bot, in the emulator. */
  function person(userId: number, languageCode?: string) {
    // The client's getUpdates waits (up to `timeout`) for the bot's answer; the first waits for the bot to start.
    const client = emulator.getClient(TOKEN, {
      userId,
      chatId: userId,
      firstName: `User ${userId}`,
      type: "private",
      timeout: 20_000,
      interval: 50,
    });
    const from = {
      id: userId,
      first_name: `User ${userId}`,
      username: `user${userId}`,
      is_bot: false,
      language_code: languageCode,
    };
    let last: BotMessage | undefined;
    /** The bot's answers to one input, once it has sent them. */
    const answers = async (): Promise<BotMessage[]> => {
      const { result } = await client.getUpdates();
      const messages = result.map((update) => update.message as unknown as BotMessage);
      last = messages.at(-1);
      return messages;
    };
    return {
      say: async (text: string) => {
        const message = text.startsWith("/") ? client.makeCommand(text, { from }) : client.makeMessage(text, { from });
        await (text.startsWith("/") ? client.sendCommand(message as never) : client.sendMessage(message));
        return answers();
      },
      press: async (data: string) => {
        await client.sendCallback(client.makeCallbackQuery(data, { from }) as never);
        return answers();
      },
      /** The data of the last answer's button labelled `label`. */
      button: (label: RegExp) => {
        const found = last?.reply_markup?.inline_keyboard.flat().find((b) => label.test(b.text));
        if (!found) throw new Error(`no button ${label} in ${JSON.stringify(last?.reply_markup)}`);
        return found.callback_data;
      },
    };
  }

  it("a newcomer: /start shows the welcome and the menu; a greeting the same; the emulator's keyboard carries the buttons", async () => {
    const user = person(7001, "en");
    const [start] = await user.say("/start");
    expect(start?.text).toMatch(/^Welcome to InnoLab/);
    expect(user.button(/Service needs/)).toBe("ls:n:1:*:0");
    const [hello] = await user.say("hello");
    expect(hello?.text).toMatch(/^Welcome to InnoLab/);
  }, 60_000);

  it("words typed outside a form search needs and solutions; a result opens its page; /needs WORDS lists matches", async () => {
    const user = person(7002, "en");
    const [found] = await user.say("signboard");
    expect(found?.text).toContain("Results for “signboard”");
    expect(found?.text).toContain("Approved Signboards Identification System (ASIS)");
    const [page] = await user.press(user.button(/Approved Signboards/));
    expect(page?.text).toMatch(/Approved Signboards Identification System \(ASIS\)/);
    expect(page?.text).toMatch(/Status: open/);
    const [listed] = await user.say("/needs signboards");
    expect(listed?.text).toMatch(/^Service needs matching “signboards” — page 1 of \d+ \(\d+ in all\)/);
    expect(listed?.text).toContain("Defective Signboards Diagnostic System (DSDS)");
  }, 60_000);

  it("a Chinese client is answered in Chinese, and its search finds the English records too", async () => {
    const user = person(7003, "zh-hk");
    const [start] = await user.say("/start");
    expect(start?.text).toMatch(/^歡迎使用智慧政府創新實驗室/);
    const [found] = await user.say("招牌");
    expect(found?.text).toContain("「招牌」的搜尋結果");
    expect(found?.text).toContain("Signboards");
  }, 60_000);

  it("a forged or stale button is answered (the menu, with a word on it), never left hanging", async () => {
    const user = person(7004, "en");
    for (const forged of ["ls:n:1:-:0", "st:TECH_AREA:no-such-area", "d:n:999999", "rr:n:1", "nonsense"]) {
      const [answer] = await user.press(forged);
      expect(answer?.text, forged).toBeTruthy();
      expect(answer?.text, forged).not.toMatch(/error|undefined|TRPC|Invalid input/i);
    }
  }, 60_000);
});
