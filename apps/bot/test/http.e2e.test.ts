import { describeEachDatabase } from "@innolab/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listenBotServer } from "./bot-server";
import { FakeConnector } from "./fake-connector";
import { FakeTelegram } from "./fake-telegram";
import { setupLab } from "./setup-lab";

describeEachDatabase("the bot's HTTP server: Teams and the Telegram webhook", (database) => {
  const telegram = new FakeTelegram();
  const connector = new FakeConnector();
  let base: string;
  let close: () => Promise<unknown>;
  let lab: Awaited<ReturnType<typeof setupLab>>;
  const SECRET = "webhook-secret-123";

  beforeAll(async () => {
    lab = await setupLab(database().db);
    await Promise.all([telegram.start(), connector.start()]);
    ({ base, close } = await listenBotServer(database().db, lab.engine, telegram, SECRET));
  });
  afterAll(async () => {
    await close();
    await Promise.all([telegram.stop(), connector.stop()]);
  });

  const postUpdate = (update: unknown, secret?: string) =>
    fetch(`${base}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
      body: JSON.stringify(update),
    });

  it("Telegram webhook: a wrong or missing secret token is refused and nothing is handled", async () => {
    const update = telegram.pushText(501, "/start");
    expect((await postUpdate(update)).status).toBe(401);
    expect((await postUpdate(update, "wrong")).status).toBe(401);
    expect(telegram.to(501)).toHaveLength(0);
  });

  it("GET /metrics counts chat inputs by channel and outcome, with their latency", async () => {
    const count = async (labels: string) => {
      const text = await (await fetch(`${base}/metrics`)).text();
      const line = text.split("\n").find((l) => l.startsWith(`innolab_chat_updates_total{${labels}}`));
      return line ? Number(line.split(" ").at(-1)) : 0;
    };
    const before = await count('channel="telegram",outcome="ok"');
    expect((await postUpdate(telegram.pushText(503, "/help"), SECRET)).status).toBe(200);
    await telegram.waitFor(503, 1);
    expect(await count('channel="telegram",outcome="ok"')).toBe(before + 1);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/innolab_chat_update_seconds_count\{channel="telegram"\} \d+/);
    expect(text).toMatch(
      /innolab_procedure_calls_total\{procedure="person.upsertChatIdentity",source="telegram",outcome="ok"\} \d+/,
    );
  });

  it("Telegram webhook: an update is answered once, even when Telegram delivers it twice", async () => {
    const update = telegram.pushText(502, "/help");
    expect((await postUpdate(update, SECRET)).status).toBe(200);
    expect((await postUpdate(update, SECRET)).status).toBe(200);
    await telegram.waitFor(502, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(telegram.to(502)).toHaveLength(1);
    expect(telegram.to(502)[0]?.text).toMatch(/^Commands:/);
  });

  const activity = (conversationId: string, fields: Record<string, unknown>) => ({
    type: "message",
    id: `act-${Math.random()}`,
    channelId: "msteams",
    serviceUrl: connector.serviceUrl,
    from: { id: `29:${conversationId}`, name: "Chan Tai Man", aadObjectId: `aad-${conversationId}` },
    recipient: { id: "28:bot", name: "InnoLab" },
    conversation: { id: conversationId },
    ...fields,
  });

  async function teams(conversationId: string, fields: Record<string, unknown>) {
    const before = connector.cards(conversationId).length;
    const response = await fetch(`${base}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity(conversationId, fields)),
    });
    expect(response.status).toBeLessThan(300);
    const cards = connector.cards(conversationId);
    expect(cards.length).toBeGreaterThan(before);
    return cards.at(-1)!;
  }

  it("Teams: a press answers in place of the pressed card; an alert's card stays and gets a new one; a card that cannot be updated gets a new one", async () => {
    const conversationId = "conv-in-place";
    const press = async (value: Record<string, unknown>, replyToId: string) => {
      const response = await fetch(`${base}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity(conversationId, { value, replyToId })),
      });
      expect(response.status).toBeLessThan(300);
      return connector.cards(conversationId);
    };
    const menu = await teams(conversationId, { text: "menu" });
    const updatesBefore = connector.updates.length;
    // Forums, pressed on the menu card: the menu card becomes the forums card; nothing new is posted.
    let cards = await press({ a: "fo" }, menu.id);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ id: menu.id, text: "Upcoming technology forums:" });
    expect(connector.updates.length).toBe(updatesBefore + 1);
    // A button on an alert (marked to keep its card): the alert stays, the answer is a new card.
    cards = await press({ a: "menu", k: 1 }, menu.id);
    expect(cards).toHaveLength(2);
    expect(cards[0]?.text).toBe("Upcoming technology forums:");
    // A card Teams no longer has (deleted, too old): the answer comes as a new card all the same.
    cards = await press({ a: "fo" }, "sent-that-is-gone");
    expect(cards).toHaveLength(3);
    expect(cards[2]?.text).toBe("Upcoming technology forums:");
  });

  it("Teams: greets in Chinese with an Adaptive Card, stores the conversation reference, and follows card buttons", async () => {
    const welcome = await teams("conv-zh", { text: "start", locale: "zh-HK" });
    expect(welcome.text).toMatch(/^歡迎使用智慧政府創新實驗室/);
    expect(welcome.actions).toEqual(expect.arrayContaining(["ls:n:1:*:0", "fo", "su"]));
    const identity = await database().db.chatIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: "TEAMS", externalId: "aad-conv-zh" } },
    });
    expect(identity.conversationRef).toMatchObject({
      conversation: { id: "conv-zh" },
      serviceUrl: connector.serviceUrl,
    });
    const forums = await teams("conv-zh", { value: { a: "fo" } });
    expect(forums.text).toBe("即將舉行的科技論壇：");
    // The portal's Teams link types "/start forum-ID" into the chat: that forum's page.
    const fromPortal = await teams("conv-zh", { text: `/start forum-${lab.smallForum.id}` });
    expect(fromPortal.actions).toContain(`fr:${lab.smallForum.id}`);
    const registered = await teams("conv-zh", { value: { a: `fr:${lab.smallForum.id}` } });
    expect(registered.text).toMatch(/^你已登記 小型機械人論壇。簽到碼：/);
    // The calendar file is a signed link the bot serves (Teams shows no data: attachment).
    expect(registered.files).toEqual([]);
    const [calendar] = registered.links;
    expect(calendar?.title).toBe("加入行事曆（.ics）");
    expect(calendar?.url).toMatch(new RegExp(`^${base}/files/innolab-forum-${lab.smallForum.id}\\.ics\\?`));
    const ics = await fetch(calendar!.url);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await ics.text();
    expect(text).toContain("BEGIN:VEVENT");
    expect(text.replace(/\r\n[ \t]/g, "")).toContain("SUMMARY:小型機械人論壇");
    // A link altered (another file in it, or another name) is refused.
    const forged = new URL(calendar!.url);
    forged.searchParams.set("d", Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR").toString("base64url"));
    expect((await fetch(forged)).status).toBe(403);
    expect((await fetch(calendar!.url.replace("innolab-forum-", "other-"))).status).toBe(403);
  });

  it("one command list: /help lists every command in both languages, Teams takes /book, Telegram's menu is set from it", async () => {
    const { COMMANDS } = await import("../src/flows/commands");
    const help = await teams("conv-help", { text: "help", locale: "en-US" });
    for (const command of COMMANDS) expect(help.text).toContain(`/${command.name} — `);
    const zh = await teams("conv-help-zh", { text: "/help", locale: "zh-HK" });
    expect(zh.text).toMatch(/^指令：\n\/start — 主選單/);
    expect(zh.text).toContain("/book — 預約實驗室設施");
    expect((await teams("conv-help", { text: "/book" })).text).toMatch(/^The lab's meeting areas and PoC equipment/);
    const { setCommandMenu } = await import("../src/channels/telegram/bot");
    const { Api } = await import("grammy");
    await setCommandMenu(new Api(telegram.token, { apiRoot: telegram.apiRoot }));
    expect(telegram.commandMenus.map((menu) => menu.language)).toEqual([undefined, "zh"]);
    expect(telegram.commandMenus[0]?.commands.map((c) => c.command)).toEqual(COMMANDS.map((c) => c.name));
    expect(telegram.commandMenus[1]?.commands.find((c) => c.command === "forums")?.description).toBe("科技論壇");
  });

  it("Teams: a vendor links with a typed code and submits a solution; bad input is told in English", async () => {
    await teams("conv-en", { text: "hello", locale: "en-US" });
    await teams("conv-en", { value: { a: "lk" } });
    const linked = await teams("conv-en", { text: "vend-or11" });
    expect(linked.text).toMatch(/^Linked: you are now company staff of /);
    await teams("conv-en", { value: { a: "nw:s" } });
    expect((await teams("conv-en", { text: "   " })).text).toMatch(/^That was empty/);
    await teams("conv-en", { text: "Bilingual enquiry chatbot" });
    await teams("conv-en", { text: "Answers citizens in Cantonese and English." });
    await teams("conv-en", { value: { a: "fa+artificial-intelligence" } });
    await teams("conv-en", { value: { a: "fx" } });
    await teams("conv-en", { text: "Hotline enquiries, FAQ" });
    const sent = await teams("conv-en", { value: { a: "fs" } });
    expect(sent.text).toMatch(/^Sent for review\. Your reference: SOL-\d{4}-\d{4}/);
    expect((await teams("conv-en", { value: { a: "forged" } })).text).toMatch(/^That button is no longer valid/);
  });

  it("Teams: a vendor books PoC equipment in Chinese; it waits for the lab's approval; the robot is for officers only", async () => {
    const db = database().db;
    const kit = await db.resource.findFirstOrThrow({ where: { nameEn: "IoT sensor kit" } });
    const robot = await db.resource.findFirstOrThrow({ where: { nameEn: "Service robot" } });
    await db.resource.update({ where: { id: robot.id }, data: { bookableBy: "OFFICER" } });
    await teams("conv-book", { text: "hello", locale: "zh-HK" });
    await teams("conv-book", { value: { a: "lk" } });
    await teams("conv-book", { text: "BOOK-VEN1" });
    const resources = await teams("conv-book", { value: { a: "bk" } });
    expect(resources.text).toBe("實驗室的會議區及概念驗證設備。你想預約哪一項？");
    const days = await teams("conv-book", { value: { a: `br:${kit.id}` } });
    expect(days.text).toContain("預約須經實驗室批准。");
    const day = days.actions.filter((a) => a.startsWith("bd:"))[2]!;
    const slots = await teams("conv-book", { value: { a: day } });
    const slot = slots.actions.find((a) => a.startsWith("bs:"))!;
    expect((await teams("conv-book", { value: { a: slot } })).text).toMatch(/^物聯網感應器套件，.*預約用途是甚麼？/);
    const requested = await teams("conv-book", { text: "測試智慧垃圾桶感應器" });
    expect(requested.text).toMatch(/^已提出預約：物聯網感應器套件，.*實驗室批核後會在此通知你。/);
    expect(
      await db.booking.count({ where: { resourceId: kit.id, status: "PENDING", purpose: "測試智慧垃圾桶感應器" } }),
    ).toBe(1);
    const robotDays = await teams("conv-book", { value: { a: `br:${robot.id}` } });
    const robotDay = robotDays.actions.filter((a) => a.startsWith("bd:"))[2]!;
    const robotSlot = (await teams("conv-book", { value: { a: robotDay } })).actions.find((a) => a.startsWith("bs:"))!;
    await teams("conv-book", { value: { a: robotSlot } });
    expect((await teams("conv-book", { text: "示範" })).text).toBe("你的角色（公司人員）不可預約服務機械人。");
  });

  it("Teams: installing the bot welcomes the person with the menu; 'hello' answers the menu too", async () => {
    const response = await fetch(`${base}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        ...activity("conv-install", {}),
        type: "conversationUpdate",
        locale: "zh-HK",
        membersAdded: [{ id: "28:bot" }, { id: "29:conv-install", name: "Chan Tai Man", aadObjectId: "aad-install" }],
      }),
    });
    expect(response.status).toBeLessThan(300);
    const [welcome] = connector.cards("conv-install");
    expect(welcome?.text).toMatch(/^歡迎使用智慧政府創新實驗室/);
    expect(welcome?.actions).toEqual(expect.arrayContaining(["ls:n:1:*:0", "fo"]));
    // One welcome: the bot itself being added is not a person to greet.
    expect(connector.cards("conv-install")).toHaveLength(1);
    expect((await teams("conv-hello", { text: "hello", locale: "en-US" })).text).toMatch(/^Welcome to InnoLab/);
    // Inside a prompt, "hello" is the answer to it, not a greeting that drops the prompt.
    await teams("conv-hello", { value: { a: "lk" } });
    expect((await teams("conv-hello", { text: "hello" })).text).not.toMatch(/^Welcome/);
  });

  it("Teams cards: a line per field, and never more buttons than Teams shows — the rest under 'More…'", async () => {
    const menu = await teams("conv-cards", { text: "/menu", locale: "en-US" });
    expect(menu.visible).toBeLessThanOrEqual(6);
    expect(menu.actions).toEqual(expect.arrayContaining(["lg", "hp"]));
    expect(menu.actions.length).toBeGreaterThan(6);
    const menuCard = connector.sent.filter((s) => s.conversationId === "conv-cards").at(-1)!.activity.attachments![0]!;
    expect(menuCard.content?.actions?.at(-1)).toMatchObject({ type: "Action.ShowCard", title: "More…" });
    const need = await database().db.serviceNeed.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const detail = await teams("conv-cards", { value: { a: `d:n:${need.id}` } });
    expect(detail.text.split("\n").length).toBeGreaterThan(3);
    const raw = connector.sent.filter((s) => s.conversationId === "conv-cards").at(-1)!;
    const card = raw.activity.attachments![0]!.content!;
    expect(card.body!.every((block) => !block.text?.includes("\n"))).toBe(true);
  });

  it("Teams group chat: each member has their own form, and a group message never redirects their alerts", async () => {
    const db = database().db;
    const personal = await teams("conv-me", {
      text: "hello",
      locale: "en-US",
      conversation: { id: "conv-me", conversationType: "personal" },
    });
    expect(personal.text).toMatch(/^Welcome/);
    const group = { conversation: { id: "conv-group", conversationType: "groupChat" } };
    const alice = { from: { id: "29:alice", name: "Alice", aadObjectId: "aad-conv-me" } };
    const bob = { from: { id: "29:bob", name: "Bob", aadObjectId: "aad-bob" } };
    // Alice opens the link prompt in the group; Bob's message there is not her answer.
    await teams("conv-group", { ...group, ...alice, value: { a: "lk" } });
    const bobSays = await teams("conv-group", { ...group, ...bob, text: "VEND-OR11" });
    expect(bobSays.text).not.toMatch(/^Linked/);
    const identity = await db.chatIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: "TEAMS", externalId: "aad-conv-me" } },
    });
    expect(identity.chatId).toBe("conv-me");
    expect(identity.conversationRef).toMatchObject({ conversation: { id: "conv-me" } });
    const bobIdentity = await db.chatIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: "TEAMS", externalId: "aad-bob" } },
    });
    // Bob has written only in the group: no personal address, so no alert goes to the group.
    expect(bobIdentity.chatId).toBeNull();
  });
});
