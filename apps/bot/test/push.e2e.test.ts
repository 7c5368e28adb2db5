import { describeEachDatabase } from "@innolab/db/testing";
import { Api } from "grammy";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FanOutLoop } from "../src/push/fan-out-loop";
import { RateLimiter } from "../src/push/rate-limiter";
import { Sender } from "../src/push/sender";
import { sendToTelegram } from "../src/push/telegram-sender";
import { FakeTelegram } from "./fake-telegram";

describeEachDatabase("push to Telegram: every subscriber once, in their language, within the limits", (database) => {
  const telegram = new FakeTelegram();

  beforeAll(async () => {
    await telegram.start();
  });
  afterAll(async () => {
    await telegram.stop();
  });

  it("announces a forum to 40 subscribers at 30/s; a blocked user stops receiving; a 500 is retried", async () => {
    const db = database().db;
    telegram.limits = { perSecond: 30, perChatPerSecond: 1 };
    for (let i = 0; i < 40; i++) {
      const person = await db.person.create({ data: { displayName: `p${i}`, language: i % 2 ? "zh-HK" : "en" } });
      await db.chatIdentity.create({
        data: {
          personId: person.id,
          channel: "TELEGRAM",
          externalId: `${7000 + i}`,
          chatId: `${7000 + i}`,
          language: i % 2 ? "zh-HK" : "en",
        },
      });
      await db.subscription.create({ data: { personId: person.id, topicKey: "FORUMS" } });
    }
    telegram.blockedChats.add("7003");
    telegram.failNext({ method: "sendMessage", status: 500, description: "Internal Server Error" });
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const forum = await db.forum.create({
      data: {
        title: "Technology Forum 2026 Q4",
        titleZh: "2026年第4季科技論壇",
        theme: "Robotics",
        themeZh: "機械人",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        venue: "Cyberport",
        capacity: 100,
        registrationOpensAt: new Date(),
        registrationClosesAt: startsAt,
      },
    });
    await db.domainEvent.create({ data: { type: "forum.announced", payload: { forumId: forum.id }, source: "web" } });

    const api = new Api(telegram.token, { apiRoot: telegram.apiRoot });
    const sender = new Sender({
      db,
      channel: "TELEGRAM",
      send: (d) => sendToTelegram(api, d),
      limiter: new RateLimiter(30, 1000),
      idleMs: 50,
    });
    const fanOut = new FanOutLoop(db, 50);
    const started = Date.now();
    fanOut.start();
    sender.start();
    await expect
      .poll(async () => db.delivery.count({ where: { status: { in: ["SENT", "BLOCKED", "FAILED"] } } }), {
        timeout: 20_000,
        interval: 100,
      })
      .toBe(40);
    await Promise.all([sender.stop(), fanOut.stop()]);
    const seconds = (Date.now() - started) / 1000;

    const byChat = new Map<string, string[]>();
    for (const message of telegram.sent)
      byChat.set(message.chatId, [...(byChat.get(message.chatId) ?? []), message.text ?? ""]);
    expect(byChat.size).toBe(39);
    expect([...byChat.values()].every((texts) => texts.length === 1)).toBe(true);
    expect(byChat.get("7000")?.[0]).toMatch(/^New technology forum: Technology Forum 2026 Q4/);
    expect(byChat.get("7001")?.[0]).toMatch(/^新科技論壇：2026年第4季科技論壇/);
    const blocked = await db.chatIdentity.findFirstOrThrow({ where: { chatId: "7003" } });
    expect(blocked.blocked).toBe(true);
    expect(await db.delivery.count({ where: { status: "SENT" } })).toBe(39);
    expect(await db.delivery.count({ where: { status: "BLOCKED" } })).toBe(1);
    // 39 messages at 30/s take more than a second; the limiter keeps the server from refusing.
    expect(seconds).toBeGreaterThan(1);
    expect(telegram.tooManyRequests).toBeLessThanOrEqual(1);
  });
});
