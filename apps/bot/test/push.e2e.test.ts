import { createCaller, createContext, eventsRecorded, push } from "@innolab/core";
import type { Db } from "@innolab/db";
import { describeEachDatabase } from "@innolab/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTeamsBot } from "../src/channels/teams/bot";
import { databaseStore, senderStore } from "../src/push/delivery-store";
import { localDueSignal } from "../src/push/due-signal";
import { FanOutLoop } from "../src/push/fan-out-loop";
import { RateLimiter } from "../src/push/rate-limiter";
import { Sender, type SenderOptions } from "../src/push/sender";
import { sendToTeams } from "../src/push/teams-sender";
import { alertApi, sendToTelegram } from "../src/push/telegram-sender";
import { threadedStore } from "../src/push/threaded-store";
import { FakeConnector } from "./fake-connector";
import { FakeTelegram } from "./fake-telegram";

/** A person who follows forums, on a Telegram chat of their own (`chat`), in `language`. */
async function forumFollower(db: Db, chat: number, language: "en" | "zh-HK") {
  const person = await db.person.create({ data: { displayName: `p${chat}`, language } });
  await db.chatIdentity.create({
    data: { personId: person.id, channel: "TELEGRAM", externalId: `${chat}`, chatId: `${chat}`, language },
  });
  await db.subscription.create({ data: { personId: person.id, topicKey: "FORUMS" } });
}

/** A forum `days` from now, open for registration: what staff fill in. */
function forumFields(days: number, title: string, titleZh: string) {
  const startsAt = new Date(Date.now() + days * 86_400_000);
  return {
    title,
    titleZh,
    theme: "Robotics",
    themeZh: "機械人",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    venue: "Cyberport",
    capacity: 100,
    registrationOpensAt: new Date(),
    registrationClosesAt: startsAt,
  };
}

function forumIn(db: Db, days: number, title: string, titleZh: string) {
  return db.forum.create({ data: forumFields(days, title, titleZh) });
}

/**
 * A Telegram sender as the bot builds one (pooled Api, the sender's defaults), polling every
 * 50 ms unless told otherwise; `stop` stops it and closes its connections.
 */
function telegramSender(telegram: FakeTelegram, options: Omit<SenderOptions, "channel" | "send">) {
  const { api, close } = alertApi(telegram.token, telegram.apiRoot);
  const sender = new Sender({ idleMs: 50, ...options, channel: "TELEGRAM", send: (d) => sendToTelegram(api, d) });
  sender.start();
  return { stop: () => Promise.all([sender.stop(), close()]) };
}

describeEachDatabase("push to Telegram: every subscriber once, in their language, within the limits", (database) => {
  const telegram = new FakeTelegram();

  /** A broadcast already queued for `count` new people, each on a Telegram chat of their own (from `firstChat`). */
  async function broadcastQueued(count: number, name: string, firstChat: number) {
    const db = database().db;
    const alert = await db.alert.create({
      data: { kind: "BROADCAST", titleEn: "t", titleZh: "t", bodyEn: "b", bodyZh: "b", audience: { topics: [] } },
    });
    for (let i = 0; i < count; i++) {
      const person = await db.person.create({ data: { displayName: `${name}${i}` } });
      const identity = await db.chatIdentity.create({
        data: { personId: person.id, channel: "TELEGRAM", externalId: `${name}${i}`, chatId: `${firstChat + i}` },
      });
      await db.delivery.create({ data: { alertId: alert.id, identityId: identity.id } });
    }
    return alert;
  }

  beforeAll(async () => {
    await telegram.start();
  });
  afterAll(async () => {
    await telegram.stop();
  });

  it("announces a forum to 40 subscribers at 30/s; a blocked user stops receiving; a 500 is retried", async () => {
    const db = database().db;
    telegram.limits = { perSecond: 30, perChatPerSecond: 1 };
    for (let i = 0; i < 40; i++) await forumFollower(db, 7000 + i, i % 2 ? "zh-HK" : "en");
    telegram.blockedChats.add("7003");
    telegram.failNext({ method: "sendMessage", status: 500, description: "Internal Server Error" });
    const forum = await forumIn(db, 30, "Technology Forum 2026 Q4", "2026年第4季科技論壇");
    await db.domainEvent.create({ data: { type: "forum.announced", payload: { forumId: forum.id }, source: "web" } });

    const fanOut = new FanOutLoop(db, { intervalMs: 50 });
    const started = Date.now();
    fanOut.start();
    // The store the bot picks for its database: a worker thread on SQLite, its own client on PostgreSQL.
    const sender = telegramSender(telegram, {
      store: senderStore(db, database().url),
      limiter: new RateLimiter(30, 1000),
    });
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

  it("a Bot API 200 ms away still gets the whole budget: the sender keeps budget × round trip in flight, with no 429", async () => {
    const db = database().db;
    const far = new FakeTelegram();
    await far.start();
    far.limits = { perSecond: 150, perChatPerSecond: 1 };
    far.latencyMs = { min: 180, max: 220 };
    try {
      const alert = await broadcastQueued(300, "far", 90_000);
      const sender = telegramSender(far, { store: databaseStore(db), limiter: new RateLimiter(150, 1000) });
      await expect
        .poll(() => db.delivery.count({ where: { alertId: alert.id, status: "SENT" } }), { timeout: 20_000 })
        .toBe(300);
      await sender.stop();
      // 150/s × 0.2 s = 30 requests must be in flight to keep the pace; the old fixed 16 could not.
      expect(far.maxInFlight).toBeGreaterThanOrEqual(25);
      expect(far.tooManyRequests).toBe(0);
      expect(new Set(far.sent.map((m) => m.chatId)).size).toBe(300);
    } finally {
      await far.stop();
    }
  });

  it("a sender's two batches take turns at the budget: the next one's messages go after the last of the current one's", async () => {
    const db = database().db;
    const far = new FakeTelegram();
    await far.start();
    far.latencyMs = { min: 80, max: 120 };
    try {
      const alert = await broadcastQueued(240, "turn", 96_000);
      // Which chats each claim held, in the order the claims were made.
      const batches: string[][] = [];
      const store = databaseStore(db);
      const recordingStore = {
        ...store,
        claim: async (options: push.ClaimOptions) => {
          const claimed = await store.claim(options);
          if (claimed.length) batches.push(claimed.map((d) => d.identity.chatId ?? ""));
          return claimed;
        },
      };
      const sender = telegramSender(far, { store: recordingStore, limiter: new RateLimiter(200, 1000), batch: 60 });
      await expect
        .poll(() => db.delivery.count({ where: { alertId: alert.id, status: "SENT" } }), { timeout: 20_000 })
        .toBe(240);
      await sender.stop();
      // Drawing at once, two batches went out interleaved over their whole length (each at half
      // the pace) and ran out together, leaving the channel idle while both claimed again.
      const batchOf = new Map(batches.flatMap((chats, index) => chats.map((chat) => [chat, index] as const)));
      const arrived = far.sent.map((m) => ({ batch: batchOf.get(m.chatId)!, at: m.at }));
      const lastOf = (batch: number) => Math.max(...arrived.filter((m) => m.batch === batch).map((m) => m.at));
      const early = arrived.filter((m) => m.batch > 0 && m.at < lastOf(m.batch - 1) - 10);
      expect(batches.length).toBeGreaterThanOrEqual(4);
      expect(early).toEqual([]);
    } finally {
      await far.stop();
    }
  });

  it("an alert goes at once: the fan-out's notice wakes a sender that polls only every 10 s", async () => {
    const db = database().db;
    const quick = new FakeTelegram();
    await quick.start();
    const due = localDueSignal();
    const store = senderStore(db, database().url);
    let claims = 0;
    const sender = telegramSender(quick, {
      store: { ...store, claim: (options) => store.claim(options).finally(() => claims++) },
      limiter: new RateLimiter(30, 1000),
      idleMs: 10_000,
      due,
    });
    const fanOut = new FanOutLoop(db, { due, intervalMs: 50 });
    try {
      for (let i = 0; i < 3; i++) await forumFollower(db, 97_000 + i, "en");
      const forum = await forumIn(db, 7, "Quick forum", "快速論壇");
      fanOut.start();
      // The sender has found nothing (both pipelines) and sleeps its 10 s before the alert is announced.
      await expect.poll(() => claims, { timeout: 10_000, interval: 20 }).toBe(2);
      const announced = Date.now();
      await db.domainEvent.create({ data: { type: "forum.announced", payload: { forumId: forum.id }, source: "web" } });
      await expect
        .poll(() => quick.sent.filter((m) => Number(m.chatId) >= 97_000).length, { timeout: 15_000, interval: 20 })
        .toBe(3);
      // The alert's first message (to any of its subscribers, earlier tests' among them).
      expect(quick.sent[0]!.at - announced).toBeLessThan(2_000);
    } finally {
      await Promise.all([sender.stop(), fanOut.stop(), due.close()]);
      await quick.stop();
    }
  });

  it("a forum created by lab staff reaches its followers at once: the change's notice wakes a fan-out that polls only every 10 s", async () => {
    const db = database().db;
    const quick = new FakeTelegram();
    await quick.start();
    const due = localDueSignal();
    const sender = telegramSender(quick, {
      store: senderStore(db, database().url),
      limiter: new RateLimiter(30, 1000),
      idleMs: 10_000,
      due,
    });
    // The notice the core's calls give (within this process: the tests set no REDIS_URL).
    const fanOut = new FanOutLoop(db, { due, events: eventsRecorded(), intervalMs: 10_000 });
    try {
      const followers = [96_000, 96_001, 96_002];
      for (const chat of followers) await forumFollower(db, chat, "en");
      const staff = await db.person.create({ data: { displayName: "Lab staff", role: "ADMIN" } });
      fanOut.start();
      // The fan-out has caught up with earlier tests' events and sleeps its 10 s.
      await expect.poll(() => db.domainEvent.count({ where: { processedAt: null } }), { timeout: 10_000 }).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const caller = createCaller(
        createContext({ db, source: "web", actor: { personId: staff.id, role: "ADMIN", organisationId: null } }),
      );
      const created = Date.now();
      await caller.forum.create(forumFields(20, "Forum told at once", "即時通知論壇"));
      const toFollowers = () => quick.sent.filter((m) => followers.includes(Number(m.chatId)));
      await expect.poll(() => toFollowers().length, { timeout: 15_000, interval: 20 }).toBe(3);
      expect(toFollowers()[0]!.text).toContain("Forum told at once");
      // The alert's first message (to any of its readers: earlier tests' followers are among them).
      expect(quick.sent[0]!.at - created).toBeLessThan(2_000);
    } finally {
      await Promise.all([sender.stop(), fanOut.stop(), due.close()]);
      await quick.stop();
    }
  });

  it("a claim that comes back after its lease could have lapsed sends none of it: the next claimer sends each once", async () => {
    const db = database().db;
    const slow = new FakeTelegram();
    await slow.start();
    try {
      const alert = await broadcastQueued(5, "late", 95_000);
      // The first claim is made at once but its answer comes 600 ms later (a busy database
      // thread), after its 400 ms lease: the other pipeline claims the lapsed deliveries meanwhile.
      const store = databaseStore(db);
      let first = true;
      const lateStore = {
        ...store,
        claim: async (options: push.ClaimOptions) => {
          const claimed = await store.claim(options);
          if (first && claimed.length > 0) {
            first = false;
            await new Promise((resolve) => setTimeout(resolve, 600));
          }
          return claimed;
        },
      };
      const sender = telegramSender(slow, { store: lateStore, limiter: new RateLimiter(100, 1000), leaseMs: 400 });
      await expect
        .poll(() => db.delivery.count({ where: { alertId: alert.id, status: "SENT" } }), { timeout: 10_000 })
        .toBe(5);
      // Past the late claim's answer: had it sent its batch, each chat would have two messages.
      await new Promise((resolve) => setTimeout(resolve, 800));
      await sender.stop();
      expect(slow.sent.map((m) => m.chatId).sort()).toEqual(["95000", "95001", "95002", "95003", "95004"]);
    } finally {
      await slow.stop();
    }
  });

  it("a daily-digest reader gets one message with every held alert at 09:00; a real-time reader gets each", async () => {
    const db = database().db;
    telegram.sent.length = 0;
    for (const [chat, digestMode, language] of [
      ["8001", "DAILY", "zh-HK"],
      ["8002", "REALTIME", "en"],
    ] as const) {
      const person = await db.person.create({ data: { displayName: chat, language, digestMode } });
      await db.chatIdentity.create({
        data: { personId: person.id, channel: "TELEGRAM", externalId: chat, chatId: chat, language },
      });
      await db.subscription.create({ data: { personId: person.id, topicKey: "TECH_AREA:blockchain" } });
    }
    for (const n of [1, 2, 3]) {
      const alert = await db.alert.create({
        data: {
          kind: "BROADCAST",
          titleEn: `Ledger news ${n}`,
          titleZh: `區塊鏈消息 ${n}`,
          bodyEn: "b",
          bodyZh: "乙",
          audience: { topics: ["TECH_AREA:blockchain"] },
        },
      });
      const event = await db.domainEvent.create({ data: { type: "alert.created", payload: {}, source: "web" } });
      await db.alert.update({ where: { id: alert.id }, data: { eventId: event.id } });
    }
    // Fanned out two days ago: the digest's 09:00 has passed, so it is due now.
    await push.fanOutPendingEvents(db, { now: new Date(Date.now() - 2 * 86_400_000) });
    const sender = telegramSender(telegram, {
      store: threadedStore(database().url),
      limiter: new RateLimiter(30, 1000),
    });
    await expect
      .poll(() => db.delivery.count({ where: { identity: { chatId: { in: ["8001", "8002"] } }, status: "SENT" } }), {
        timeout: 15_000,
      })
      .toBe(6);
    await sender.stop();
    const toReader = telegram.sent.filter((m) => m.chatId === "8001").map((m) => m.text);
    expect(toReader).toHaveLength(1);
    expect(toReader[0]).toMatch(/^每日摘要：3 則通知/);
    expect(toReader[0]).toContain("區塊鏈消息 1");
    expect(toReader[0]).toContain("區塊鏈消息 3");
    expect(
      telegram.sent
        .filter((m) => m.chatId === "8002")
        .map((m) => m.text)
        .sort(),
    ).toEqual(["Ledger news 1\n\nb", "Ledger news 2\n\nb", "Ledger news 3\n\nb"]);
  });
});

describeEachDatabase("push to Teams: proactive messages to stored conversations", (database) => {
  const connector = new FakeConnector();
  beforeAll(async () => {
    await connector.start();
  });
  afterAll(async () => {
    await connector.stop();
  });

  it("reaches each conversation once in its language; a conversation the bot was removed from is marked blocked", async () => {
    const db = database().db;
    const names = ["teams-en", "teams-zh", "teams-gone"];
    for (const [i, name] of names.entries()) {
      const language = name === "teams-zh" ? "zh-HK" : "en";
      const person = await db.person.create({ data: { displayName: name, language } });
      await db.chatIdentity.create({
        data: {
          personId: person.id,
          channel: "TEAMS",
          externalId: `aad-${i}`,
          chatId: `conv-${name}`,
          language,
          conversationRef: {
            channelId: "msteams",
            serviceUrl: connector.serviceUrl,
            conversation: { id: `conv-${name}` },
            bot: { id: "28:bot", name: "InnoLab" },
            user: { id: `29:${i}`, name },
          },
        },
      });
      await db.subscription.create({ data: { personId: person.id, topicKey: "NEW_SOLUTIONS" } });
    }
    connector.forbidden.add("conv-teams-gone");
    await db.alert.create({
      data: {
        kind: "BROADCAST",
        titleEn: "Hello Teams",
        titleZh: "你好 Teams",
        bodyEn: "b",
        bodyZh: "乙",
        audience: { topics: ["NEW_SOLUTIONS"] },
      },
    });
    const alert = await db.alert.findFirstOrThrow({ where: { titleEn: "Hello Teams" } });
    const identities = await db.chatIdentity.findMany({ where: { channel: "TEAMS" } });
    await db.delivery.createMany({
      data: identities.map((identity) => ({ alertId: alert.id, identityId: identity.id })),
    });

    const { adapter, identity } = createTeamsBot({ handle: async () => [] } as never, { appType: "MultiTenant" });
    const sender = new Sender({
      store: databaseStore(db),
      channel: "TEAMS",
      send: (d) => sendToTeams(adapter, identity, d),
      limiter: new RateLimiter(15, 1000),
      idleMs: 50,
    });
    sender.start();
    await expect
      .poll(
        async () => db.delivery.count({ where: { alertId: alert.id, status: { in: ["SENT", "BLOCKED", "FAILED"] } } }),
        { timeout: 15_000 },
      )
      .toBe(3);
    await sender.stop();
    expect(connector.sent.map((s) => [s.conversationId, s.activity.text])).toEqual(
      expect.arrayContaining([
        ["conv-teams-en", "Hello Teams\n\nb"],
        ["conv-teams-zh", "你好 Teams\n\n乙"],
      ]),
    );
    expect(connector.sent.filter((s) => s.conversationId !== "conv-teams-gone")).toHaveLength(2);
    const gone = await db.chatIdentity.findFirstOrThrow({ where: { chatId: "conv-teams-gone" } });
    expect(gone.blocked).toBe(true);
  });
});
