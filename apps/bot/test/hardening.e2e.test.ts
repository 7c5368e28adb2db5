import type { AddressInfo } from "node:net";
import { describeEachDatabase } from "@innolab/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTeamsBot } from "../src/channels/teams/bot";
import { parseBotEnv } from "../src/env";
import { createBotServer } from "../src/server";
import { listenBotServer } from "./bot-server";
import { BUTTON_DATA, CHAT_TEXTS } from "./chat-fuzz-input";
import { FakeConnector } from "./fake-connector";
import { FakeTelegram } from "./fake-telegram";
import { setupLab } from "./setup-lab";

const SECRET = "webhook-secret-hardening-123";

/** What the process wrote to its log during a test. */
function captureLog() {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => {
    lines.push(
      args.map((a) => (a instanceof Error ? `${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "),
    );
  };
  const spies = [
    vi.spyOn(console, "error").mockImplementation(keep),
    vi.spyOn(console, "log").mockImplementation(keep),
    // The structured log (pino) writes JSON lines to stdout.
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      return true;
    }),
  ];
  return {
    lines,
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}

describeEachDatabase("the bot under hostile and clumsy input", (database) => {
  const telegram = new FakeTelegram();
  const connector = new FakeConnector();
  let base: string;
  let close: () => Promise<unknown>;

  beforeAll(async () => {
    const lab = await setupLab(database().db);
    await Promise.all([telegram.start(), connector.start()]);
    ({ base, close } = await listenBotServer(database().db, lab.engine, telegram, SECRET));
  });
  afterAll(async () => {
    await close();
    await Promise.all([telegram.stop(), connector.stop()]);
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const webhook = (update: unknown) =>
    post("/telegram/webhook", typeof update === "string" ? update : JSON.stringify(update), {
      "x-telegram-bot-api-secret-token": SECRET,
    });
  const alive = async () => expect((await fetch(`${base}/health`)).status).toBe(200);

  it("malformed bodies are answered 400, oversized ones 413, and the process goes on", async () => {
    const cases: Array<[string, string, number]> = [
      ["/api/messages", "{}", 400],
      ["/api/messages", "null", 400],
      ["/api/messages", "[1,2]", 400],
      ["/api/messages", "not json", 400],
      ["/api/messages", `{"type":"message","text":"${"x".repeat(1_100_000)}"}`, 413],
      ["/telegram/webhook", "not json", 400],
      ["/telegram/webhook", "null", 400],
      ["/telegram/webhook", '{"update_id":"one"}', 400],
      ["/telegram/webhook", `{"update_id":1,"pad":"${"x".repeat(1_100_000)}"}`, 413],
    ];
    for (const [path, body, status] of cases) {
      const response = await post(path, body, { "x-telegram-bot-api-secret-token": SECRET });
      expect(response.status, `${path} ${body.slice(0, 30)}`).toBe(status);
    }
    expect((await post("/telegram/webhook", "{}", {})).status).toBe(401);
    await alive();
  });

  it("forged and stale buttons get an answer in the user's language; nothing is added", async () => {
    const forged = [
      "st:TECH_AREA:no-such-area",
      "ls:n:0:*:0",
      "bd:8:99999999",
      "d:n:999999999",
      "rr:n:1",
      "zz:garbage",
    ];
    for (const [i, data] of forged.entries()) {
      const chat = 7100 + i;
      expect((await webhook(telegram.pushButton(chat, data, "zh-HK"))).status).toBe(200);
      const reply = await telegram.waitFor(chat, 1);
      expect(reply.text, data).toMatch(/[\u4e00-\u9fff]/);
      expect(reply.text, data).not.toContain("系統出現問題");
    }
    // A subscriber's forged reject button must not open the staff prompt's effect: the text is refused by the core.
    expect((await webhook(telegram.pushText(7104, "please reject"))).status).toBe(200);
    expect(await database().db.subscription.count({ where: { topicKey: "TECH_AREA:no-such-area" } })).toBe(0);
    expect(await database().db.review.count({ where: { reason: "please reject" } })).toBe(0);
    await alive();
  });

  it("a forged reject button gets a refusal, not the staff prompt; a form takes no forged area and no more than 6", async () => {
    let seen = 0;
    const say = async (chat: number, update: unknown) => {
      expect((await webhook(update)).status).toBe(200);
      return telegram.waitFor(chat, ++seen);
    };
    const subscriber = 7400;
    expect((await say(subscriber, telegram.pushButton(subscriber, "rr:n:1"))).text).toBe(
      "Your role (subscriber) is not allowed to do this.",
    );
    expect((await say(subscriber, telegram.pushText(subscriber, "spam"))).text).toMatch(/^Nothing matches “spam”/);
    seen = 0;
    const officer = 7401;
    await say(officer, telegram.pushText(officer, "/start OFFI-CER1"));
    await say(officer, telegram.pushButton(officer, "nw:n"));
    await say(officer, telegram.pushText(officer, "Smart bin fill-level sensors"));
    await say(officer, telegram.pushText(officer, "Know when litter bins are full."));
    const forged = await say(officer, telegram.pushButton(officer, "fa+no-such-area"));
    expect(forged.text).toBe("That technology area is not offered any more. Choose from this list:");
    const slugs = [
      "anti-bot",
      "artificial-intelligence",
      "blockchain",
      "cloud-computing",
      "internet-of-things",
      "robotics",
    ];
    for (const slug of slugs) await say(officer, telegram.pushButton(officer, `fa+${slug}`));
    const seventh = await say(officer, telegram.pushButton(officer, "fa+big-data"));
    expect(seventh.text).toBe("Choose at most 6 technology areas; tap one to remove it first.");
    expect(seventh.buttons.filter((b) => b.text.startsWith("✓ "))).toHaveLength(6);
    const session = await database().db.chatSession.findFirstOrThrow({
      where: { key: `TELEGRAM:${officer}:${officer}` },
    });
    expect(JSON.stringify(session.data)).not.toContain("no-such-area");
    expect(JSON.stringify(session.data)).not.toContain("big-data");
  });

  it("Teams: a number for text, missing sender fields, broken mentions — each answered or ignored, never fatal", async () => {
    const activity = (fields: Record<string, unknown>) =>
      JSON.stringify({
        type: "message",
        id: `a-${Math.random()}`,
        channelId: "msteams",
        serviceUrl: connector.serviceUrl,
        from: { id: "29:hostile", name: "Mallory", aadObjectId: "aad-hostile" },
        recipient: { id: "28:bot" },
        conversation: { id: "conv-hostile" },
        ...fields,
      });
    const before = connector.sent.length;
    expect((await post("/api/messages", activity({ value: { a: "rr:n:1" } }))).status).toBeLessThan(300);
    // Fields of the wrong type are no Bot Framework activity: a clear 400, nothing run.
    expect((await post("/api/messages", activity({ text: 42 }))).status).toBe(400);
    expect(
      (await post("/api/messages", activity({ text: "hi", entities: [{ type: "mention", mentioned: 5 }] }))).status,
    ).toBeLessThan(500);
    expect((await post("/api/messages", activity({ from: undefined, text: "hi" }))).status).toBeLessThan(500);
    expect((await post("/api/messages", activity({ conversation: { id: 7 }, text: "hi" }))).status).toBe(400);
    expect(connector.sent.length).toBeGreaterThan(before + 1);
    await alive();
  });

  it("a user who blocked the bot meanwhile (403 on the reply) is marked unreachable and the update is done", async () => {
    const chat = 7200;
    await webhook(telegram.pushText(chat, "/start"));
    await telegram.waitFor(chat, 1);
    telegram.blockedChats.add(String(chat));
    expect((await webhook(telegram.pushText(chat, "/help"))).status).toBe(200);
    const identity = await database().db.chatIdentity.findFirstOrThrow({
      where: { channel: "TELEGRAM", externalId: String(chat) },
    });
    expect(identity.blocked).toBe(true);
    telegram.blockedChats.delete(String(chat));
  });

  it("a press is acknowledged only after its work: a failed reply answers 500, and Telegram's retry is handled", async () => {
    const chat = 7300;
    await webhook(telegram.pushText(chat, "/start"));
    await telegram.waitFor(chat, 1);
    const update = telegram.pushButton(chat, "fo");
    telegram.failNext({ method: "sendMessage", status: 400, description: "Bad Request: something odd" });
    const log = captureLog();
    const failed = await webhook(update);
    log.restore();
    expect(failed.status).toBe(500);
    // Logged as one JSON line naming the update and its channel, with the error, not the user.
    const logged = log.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failure = logged.find((entry) => entry.level === "error");
    expect(failure).toMatchObject({
      updateId: (update as { update_id: number }).update_id,
      channel: "telegram",
      scope: "bot",
    });
    expect(String(failure?.error)).toContain("something odd");
    expect(typeof failure?.time).toBe("string");
    const key = `telegram:${(update as { update_id: number }).update_id}`;
    expect(await database().db.processedUpdate.count({ where: { key } })).toBe(0);
    // Telegram delivers it again: now it is handled, acknowledged in the reply, and marked.
    const retried = await webhook(update);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ method: "answerCallbackQuery" });
    expect((await telegram.waitFor(chat, 2)).text).toMatch(/forum/i);
    // The acknowledgement rides in the 200 (a webhook reply), after the work; the mark follows it.
    await expect.poll(() => database().db.processedUpdate.count({ where: { key } })).toBe(1);
    // A third delivery of finished work is skipped.
    expect((await webhook(update)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(telegram.to(chat)).toHaveLength(2);
  });

  it("1,500 random Telegram updates and 500 random Teams activities: no 500, the process answers, no secret or name in the log", async () => {
    const log = captureLog();
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const texts = CHAT_TEXTS;
    const data = BUTTON_DATA;
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    for (let i = 0; i < 1_500; i++) {
      const chat = 8000 + Math.floor(next() * 60);
      const roll = next();
      const update =
        roll < 0.4
          ? telegram.pushText(chat, pick(texts), pick(["en", "zh-HK", "fr"]))
          : roll < 0.8
            ? telegram.pushButton(chat, pick(data), pick(["en", "zh-hant"]))
            : roll < 0.87
              ? telegram.pushSticker(chat)
              : roll < 0.92
                ? telegram.pushMembership(chat, pick(["kicked", "member"] as const))
                : {
                    update_id: 900_000 + i,
                    message: pick([null, {}, { text: 5 }, { chat: { id: "x" }, text: "/start" }]),
                  };
      const response = await webhook(update);
      count(response.status);
    }
    for (let i = 0; i < 500; i++) {
      const fields = pick([
        { text: pick(texts) },
        { value: { a: pick(data) } },
        { value: { a: 5 } },
        { value: "x" },
        { text: null },
        { attachments: [{ contentType: "image/png" }] },
        { type: pick(["conversationUpdate", "invoke", "typing", "message"]) },
        { from: null },
        { conversation: null },
      ]);
      const body = {
        type: "message",
        id: `f-${i}`,
        channelId: "msteams",
        serviceUrl: connector.serviceUrl,
        from: { id: `29:f${i % 30}`, name: `Fuzz Person ${i % 30}`, aadObjectId: `aad-f${i % 30}` },
        recipient: { id: "28:bot" },
        conversation: { id: `conv-f${i % 30}` },
        locale: pick(["en-US", "zh-HK", "xx"]),
        ...fields,
      };
      count((await post("/api/messages", JSON.stringify(body))).status);
    }
    log.restore();
    console.log(`[fuzz] bot ${database().kind} statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
    // 501 is the Bot Framework's own answer to an invoke the bot does not implement.
    expect([...statuses.keys()].filter((status) => status >= 500 && status !== 501)).toEqual([]);
    await alive();
    const text = log.lines.join("\n");
    expect(text).not.toContain(telegram.token);
    expect(text).not.toContain(telegram.token.split(":")[1]);
    expect(text).not.toMatch(/User80\d\d|Fuzz Person|Mallory/);
    expect(text).not.toMatch(/"chat":\{"id":8\d{3}/);
  });
});

describe("settings that would open the bot to anyone", () => {
  it("webhook mode without a secret refuses to start, naming the setting and not the token", () => {
    const token = "987654321:AAThisIsASecretTokenValue_abcdefghij";
    expect(() => parseBotEnv({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: "webhook" })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET/,
    );
    try {
      parseBotEnv({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: "webhook", TELEGRAM_WEBHOOK_SECRET: "short" });
    } catch (error) {
      expect(String(error)).toContain("TELEGRAM_WEBHOOK_SECRET");
      expect(String(error)).not.toContain(token);
      expect(String(error)).not.toContain("short");
    }
    expect(
      parseBotEnv({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: "webhook", TELEGRAM_WEBHOOK_SECRET: SECRET })
        .TELEGRAM_MODE,
    ).toBe("webhook");
    expect(parseBotEnv({}).TEAMS_LOCAL_MODE).toBe("0");
  });

  it("Teams with an app id: an anonymous `{}` or activity is refused, and the server goes on", async () => {
    const server = createBotServer({
      teams: createTeamsBot({ handle: async () => [] } as never, {
        appId: "00000000-0000-0000-0000-000000000001",
        appPassword: "x",
        appType: "MultiTenant",
      }),
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const log = captureLog();
    const empty = await fetch(`${url}/api/messages`, { method: "POST", body: "{}" });
    const anonymous = await fetch(`${url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "message",
        text: "hi",
        serviceUrl: "http://127.0.0.1:9/",
        conversation: { id: "c" },
        from: { id: "u" },
      }),
    });
    log.restore();
    expect([400, 401]).toContain(empty.status);
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    await new Promise((resolve) => server.close(resolve));
  });

  it("Teams not configured: /api/messages answers 503", async () => {
    const server = createBotServer({});
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await fetch(`${url}/api/messages`, { method: "POST", body: "{}" })).status).toBe(503);
    await new Promise((resolve) => server.close(resolve));
  });
});
