import { push } from "@innolab/core";
import { describeEachDatabase } from "@innolab/db/testing";
import type { Bot } from "grammy";
import { Api } from "grammy";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTelegramBot } from "../src/channels/telegram/bot";
import { sendToTelegram } from "../src/push/telegram-sender";
import { FakeTelegram, tooManyRequests } from "./fake-telegram";
import { DAY, setupLab } from "./setup-lab";

describeEachDatabase("Telegram bot, long polling, against a local Bot API server", (database) => {
  const telegram = new FakeTelegram();
  let bot: Bot;
  let lab: Awaited<ReturnType<typeof setupLab>>;
  let chat = 100;

  /** A new user: chat id; their messages so far; helpers to talk. */
  function user(languageCode = "en") {
    const chatId = ++chat;
    let seen = 0;
    const next = async (count = 1) => {
      seen += count;
      return telegram.waitFor(chatId, seen);
    };
    return {
      chatId,
      say: (text: string) => {
        telegram.pushText(chatId, text, languageCode);
        return next();
      },
      press: (data: string) => {
        telegram.pushButton(chatId, data, languageCode);
        return next();
      },
      sticker: () => {
        telegram.pushSticker(chatId, languageCode);
        return next();
      },
      next,
    };
  }

  beforeAll(async () => {
    lab = await setupLab(database().db);
    await telegram.start();
    bot = createTelegramBot(database().db, lab.engine, { token: telegram.token, apiRoot: telegram.apiRoot });
    void bot.start({ timeout: 1 });
  });
  afterAll(async () => {
    await bot.stop();
    await telegram.stop();
  });

  it("greets in the client's language with a menu of buttons", async () => {
    const en = await user("en").say("/start");
    expect(en.text).toMatch(/^Welcome to InnoLab/);
    expect(en.buttons.map((b) => b.data)).toEqual(
      expect.arrayContaining(["ls:n:1:*:0", "ls:s:1:*:0", "fo", "su", "lk", "lg", "hp"]),
    );
    const zh = await user("zh-hk").say("/start");
    expect(zh.text).toMatch(/^歡迎使用智慧政府創新實驗室/);
    expect(zh.buttons.map((b) => b.text)).toContain("服務需求");
  });

  it("browses published needs by page and area, and opens one", async () => {
    const u = user();
    const list = await u.press("ls:n:1:*:0");
    expect(list.text).toMatch(/^Service needs — page 1 of \d+/);
    const first = list.buttons.find((b) => b.data.startsWith("d:n:"))!;
    const detail = await u.press(first.data);
    expect(detail.text).toMatch(/^SN-\d{4}-\d{4} — /);
    expect(detail.text).toContain("Status: open");
    const page2 = await u.press(list.buttons.find((b) => b.text === "Next ›")!.data);
    expect(page2.text).toMatch(/page 2 of/);
    const filtered = await u.press("ls:n:1:robotics:0");
    expect(filtered.text).toMatch(/^Service needs · Robotics — page 1/);
    const zhList = await user("zh-hk").press("ls:s:1:*:0");
    expect(zhList.text).toMatch(/^創科方案——第 1\/\d+ 頁/);
  });

  it("registers for a forum with a calendar file and check-in code; the next is waitlisted; cancelling promotes", async () => {
    const first = user();
    const second = user("zh-hk");
    const forums = await first.press("fo");
    expect(forums.buttons.map((b) => b.data)).toContain(`fd:${lab.smallForum.id}`);
    // From the portal's "register in Telegram" link: the forum's page.
    const fromPortal = await first.say(`/start forum-${lab.smallForum.id}`);
    expect(fromPortal.buttons.map((b) => b.data)).toContain(`fr:${lab.smallForum.id}`);
    telegram.pushButton(first.chatId, `fr:${lab.smallForum.id}`);
    const calendar = await first.next();
    expect(calendar.method).toBe("sendDocument");
    expect(calendar.document?.filename).toBe(`innolab-forum-${lab.smallForum.id}.ics`);
    expect(calendar.document?.content).toContain("BEGIN:VEVENT");
    const registered = await first.next();
    const code = /Your check-in code: (\S+)/.exec(registered.text ?? "")?.[1];
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(calendar.document?.content).toContain(`Check-in code: ${code}`);

    const waitlisted = await second.press(`fr:${lab.smallForum.id}`);
    expect(waitlisted.text).toBe("小型機械人論壇 已滿額：你已列入候補名單，有餘位時會通知你。");

    const mine = await first.press("fm");
    expect(mine.text).toContain(`registered (${code})`);
    const cancelled = await first.press(`fc:${lab.smallForum.id}`);
    expect(cancelled.text).toBe("Your registration for Small Robotics Forum is cancelled.");
    const promoted = await database().db.forumRegistration.findFirstOrThrow({
      where: { forumId: lab.smallForum.id, person: { identities: { some: { externalId: String(second.chatId) } } } },
    });
    expect(promoted.status).toBe("REGISTERED");
    const again = await first.press(`fc:${lab.smallForum.id}`);
    expect(again.text).toBe("You have no active registration for this forum.");
  });

  it("toggles subscriptions", async () => {
    const u = user();
    const before = await u.press("su");
    expect(before.buttons.find((b) => b.data === "st:FORUMS")?.text).toBe("Technology forums");
    const after = await u.press("st:FORUMS");
    expect(after.buttons.find((b) => b.data === "st:FORUMS")?.text).toBe("✓ Technology forums");
    const off = await u.press("st:FORUMS");
    expect(off.buttons.find((b) => b.data === "st:FORUMS")?.text).toBe("Technology forums");
  });

  it("an officer links with a deep link and submits a need through the guided form, bad input and all", async () => {
    const officer = user();
    const linked = await officer.say("/start OFFI-CER1");
    expect(linked.text).toMatch(/^Linked: you are now a B\/D officer of Buildings Department\./);
    expect(linked.buttons.map((b) => b.data)).toEqual(expect.arrayContaining(["my:n", "nw:n"]));
    expect((await officer.press("nw:n")).text).toMatch(/^Step 1 of 4 — the title/);
    expect((await officer.sticker()).text).toMatch(/^I can only read text here.*\n\nStep 1 of 4/s);
    expect((await officer.say("x".repeat(201))).text).toMatch(/^That is 201 characters; the limit here is 200/);
    expect((await officer.say("Smart bin fill-level sensors")).text).toMatch(/^Step 2 of 4/);
    const areas = await officer.say(
      "Know when litter bins are full so that cleansing rounds go where they are needed.",
    );
    expect(areas.text).toMatch(/^Step 3 of 4/);
    expect((await officer.press("fx")).text).toBe("Choose at least one technology area.");
    const toggled = await officer.press("fa+internet-of-things");
    expect(toggled.buttons.find((b) => b.data === "fa+internet-of-things")?.text).toBe("✓ Internet of things");
    expect((await officer.press("fx")).text).toMatch(/^Step 4 of 4 — the expected outcome/);
    const review = await officer.say("Fewer overflowing bins.");
    expect(review.text).toContain("Title: Smart bin fill-level sensors");
    expect(review.text).toContain("Areas: Internet of things");
    const sent = await officer.press("fs");
    const ref = /Your reference: (SN-\d{4}-\d{4})/.exec(sent.text ?? "")?.[1];
    expect(ref).toBeDefined();
    const need = await database().db.serviceNeed.findUniqueOrThrow({ where: { refCode: ref! } });
    expect(need).toMatchObject({
      status: "SUBMITTED",
      title: "Smart bin fill-level sensors",
      organisationId: lab.bd.id,
    });
    const mine = await officer.press("my:n");
    expect(mine.text).toContain(`${ref} [waiting for the lab's review] Smart bin fill-level sensors`);
  });

  it("a user who leaves mid-form and comes back a day later is told, and nothing was saved", async () => {
    const officer = user("zh-hk");
    await officer.say("/start OFFI-CER2");
    await officer.press("nw:n");
    await officer.say("半途而廢的需求");
    const needsBefore = await database().db.serviceNeed.count();
    lab.clock.now += DAY;
    const back = await officer.say("回來了");
    expect(back.text).toMatch(/^你未完成的表格已過期，沒有儲存任何內容。/);
    expect(await database().db.serviceNeed.count()).toBe(needsBefore);
    lab.clock.now -= DAY;
  });

  it("refuses expired, used and unknown codes, forged buttons, and what the role may not do — in the user's language", async () => {
    const u = user("zh-hk");
    expect((await u.say("/start OLDC-ODE1")).text).toMatch(/^此邀請碼已過期。/);
    expect((await u.say("/start OFFI-CER1")).text).toMatch(/^此邀請碼已被使用。/);
    await u.press("lk");
    expect((await u.say("NOPE-NOPE")).text).toMatch(/^此邀請碼無效。/);
    expect((await u.press("zz:forged:1")).text).toMatch(/^該按鈕已失效。/);
    expect((await u.press("fr:99999999")).text).toMatch(/^找不到論壇 99999999。/);
    expect((await u.press("nw:n")).text).toMatch(/^此功能只供政策局／部門人員使用/);
    expect((await u.press("fs")).text).toMatch(/^該按鈕已失效。/);
    expect((await u.say("hello?")).text).toMatch(/^沒有與「hello\?」相符的結果。/);
    expect((await u.sticker()).text).toMatch(/^這裡只接受文字/);
  });

  it("words typed outside a form search needs and solutions; /needs WORDS lists the matching needs page by page", async () => {
    const u = user();
    const found = await u.say("signboard");
    expect(found.text).toMatch(/^Results for “signboard”\n\nService needs \(\d+\)\n• SN-\d{4}-\d{4} /);
    expect(found.text).toContain("Approved Signboards Identification System (ASIS)");
    const detail = found.buttons.find((b) => b.text.includes("Approved Signboards"))!;
    expect((await u.press(detail.data)).text).toMatch(/Approved Signboards Identification System \(ASIS\)/);
    const listed = await u.say("/needs signboards");
    expect(listed.text).toMatch(/^Service needs matching “signboards” — page 1 of \d+ \(\d+ in all\)/);
    const items = listed.text!.split("\n").filter((line) => /^\d\. /.test(line));
    expect(items.length).toBeGreaterThan(1);
    for (const line of items) expect(line.toLowerCase()).toContain("signboard");
    const solutions = await u.say("/solutions signboard");
    expect(solutions.text).toMatch(/^I&T solutions matching “signboard”/);
    const none = await u.say("zzqqxx unknown words");
    expect(none.text).toMatch(/^Nothing matches “zzqqxx unknown words”\. Try other words, or pick from the menu\./);
    expect(none.buttons.map((b) => b.data)).toContain("ls:n:1:*:0");
  });

  it("a user who blocks the bot is marked unreachable, and reachable again on unblocking", async () => {
    const u = user();
    await u.say("/start");
    const identity = () =>
      database().db.chatIdentity.findUniqueOrThrow({
        where: { channel_externalId: { channel: "TELEGRAM", externalId: String(u.chatId) } },
      });
    telegram.pushMembership(u.chatId, "kicked");
    await expect.poll(async () => (await identity()).blocked, { timeout: 5_000 }).toBe(true);
    telegram.pushMembership(u.chatId, "member");
    await expect.poll(async () => (await identity()).blocked, { timeout: 5_000 }).toBe(false);
  });

  it("an officer of a B/D with published needs opens one and sees suggested solutions with reasons", async () => {
    const db = database().db;
    const need = await db.serviceNeed.findFirstOrThrow({
      where: { status: "PUBLISHED", organisation: { acronym: "BD" } },
      orderBy: { publishedAt: "desc" },
    });
    const officer = user("zh-hk");
    await officer.say("/start OFFI-CER3");
    const mine = await officer.press("my:n");
    expect(mine.text).toContain(need.refCode);
    const detail = await officer.press(`d:n:${need.id}`);
    expect(detail.buttons.map((b) => b.data)).toContain(`sg:n:${need.id}:1`);
    const suggestions = await officer.press(`sg:n:${need.id}:1`);
    expect(suggestions.text).toMatch(new RegExp(`^${need.refCode} 的建議配對：`));
    expect(suggestions.text).toMatch(/共同科技範疇：/);
    // The need's own officer opens each pair to shortlist or decline it.
    expect(suggestions.buttons.some((b) => b.data.startsWith(`pv:${need.id}:`))).toBe(true);
  });

  it("a vendor proposes a solution with a pitch; the officer declines it with a reason, shortlists another; both are told, with buttons", async () => {
    const db = database().db;
    const vendorChat = user();
    await vendorChat.say("/start PROP-VEN1");
    const vendor = await db.chatIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: "TELEGRAM", externalId: String(vendorChat.chatId) } },
      include: { person: true },
    });
    const need = await db.serviceNeed.findFirstOrThrow({
      where: { status: "PUBLISHED", organisation: { acronym: "BD" } },
      orderBy: { id: "asc" },
    });
    // Arriving from the portal's need page (t.me/BOT?start=need-ID): the need, with "propose".
    const detail = await vendorChat.say(`/start need-${need.id}`);
    expect(detail.text).toMatch(new RegExp(`^${need.refCode} — `));
    expect(detail.buttons.map((b) => b.data)).toContain(`pp:${need.id}`);
    const pick = await vendorChat.press(`pp:${need.id}`);
    expect(pick.text).toBe(`Which of your published solutions answers ${need.refCode}?`);
    const choice = pick.buttons.find((b) => b.data.startsWith(`pq:${need.id}:`))!;
    const solutionId = Number(choice.data.split(":")[2]);
    expect((await vendorChat.press(choice.data)).text).toMatch(/^Write a short pitch/);
    const sent = await vendorChat.say("Live at 12 sites; bilingual; PDPO-compliant.");
    expect(sent.text).toMatch(new RegExp(`^Proposed SOL-[\\d-]+ for ${need.refCode}\\.`));
    const proposal = await db.match.findUniqueOrThrow({
      where: { needId_solutionId: { needId: need.id, solutionId } },
    });
    expect(proposal).toMatchObject({ source: "VENDOR", status: "SUGGESTED", proposedById: vendor.personId });

    const officer = user("zh-hk");
    await officer.say("/start PROP-OFF1");
    const list = await officer.press(`sg:n:${need.id}:1`);
    expect(list.text).toContain("供應商提交");
    const pair = await officer.press(`pv:${need.id}:${solutionId}`);
    expect(pair.text).toContain("介紹：Live at 12 sites; bilingual; PDPO-compliant.");
    expect(pair.buttons.map((b) => b.data)).toEqual(
      expect.arrayContaining([`pk:${need.id}:${solutionId}`, `px:${need.id}:${solutionId}`]),
    );
    expect((await officer.press(`px:${need.id}:${solutionId}`)).text).toMatch(/^請說明婉拒原因/);
    expect((await officer.say("我們需要夜間運作的方案。")).text).toMatch(/^已婉拒 SOL-.* 配對 SN-.*並已通知供應商。$/);
    expect(
      await db.match.findUniqueOrThrow({ where: { needId_solutionId: { needId: need.id, solutionId } } }),
    ).toMatchObject({ status: "DISMISSED", declineReason: "我們需要夜間運作的方案。" });

    // Another suggestion in the list: shortlisted, it becomes a match.
    const again = await officer.press(`sg:n:${need.id}:1`);
    const next = again.buttons.find(
      (b) => b.data.startsWith(`pv:${need.id}:`) && b.data !== `pv:${need.id}:${solutionId}`,
    );
    expect(next).toBeDefined();
    const otherId = Number(next!.data.split(":")[2]);
    expect((await officer.press(`pk:${need.id}:${otherId}`)).text).toMatch(/已入選/);
    expect(
      (await db.match.findUniqueOrThrow({ where: { needId_solutionId: { needId: need.id, solutionId: otherId } } }))
        .status,
    ).toBe("CONFIRMED");

    // The vendor is told of the decline with the reason, and a button opens the need.
    await push.fanOutPendingEvents(db);
    const api = new Api(telegram.token, { apiRoot: telegram.apiRoot });
    const claimed = await push.claimDeliveries(db, { channel: "TELEGRAM", owner: "test", limit: 100, leaseMs: 60_000 });
    for (const delivery of claimed) await sendToTelegram(api, delivery);
    const told = telegram.to(vendorChat.chatId).find((m) => m.text?.startsWith("Declined:"));
    expect(told?.text).toContain("Reason: 我們需要夜間運作的方案。");
    expect(told?.buttons.map((b) => b.data)).toEqual([`d:n:${need.id}`]);
  });

  it("a vendor sees open needs matching their company's solution", async () => {
    const db = database().db;
    const vendorChat = user("zh-hk");
    const linked = await vendorChat.say("/start VEND-OR11");
    expect(linked.text).toMatch(/^已連結：你現為 .+ 的公司人員。/);
    const vendor = await db.chatIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: "TELEGRAM", externalId: String(vendorChat.chatId) } },
      include: { person: true },
    });
    const solution = await db.solution.findFirstOrThrow({
      where: { status: "PUBLISHED", organisationId: vendor.person.organisationId ?? -1 },
    });
    const matches = await vendorChat.press(`sg:s:${solution.id}:1`);
    expect(matches.text).toMatch(new RegExp(`^${solution.refCode} 的建議配對：`));
    // Someone else's solution: refused, in Chinese.
    const other = await db.solution.findFirstOrThrow({
      where: { status: "PUBLISHED", NOT: { organisationId: vendor.person.organisationId ?? -1 } },
    });
    const refused = await vendorChat.press(`sg:s:${other.id}:1`);
    expect(refused.text).toBe("只有該創科方案所屬機構及實驗室職員可查看建議。");
  });

  it("an officer books the discussion room in free slots; a slot taken meanwhile is refused; cancelling frees it", async () => {
    const db = database().db;
    const room = await db.resource.findFirstOrThrow({ where: { nameEn: "Discussion Room" } });
    const first = user();
    const second = user();
    await first.say("/start BOOK-OFF1");
    await second.say("/start BOOK-OFF2");
    const resources = await first.press("bk");
    expect(resources.text).toMatch(/^The lab's meeting areas and PoC equipment/);
    expect(resources.buttons.map((b) => b.text)).toEqual(expect.arrayContaining(["Discussion Room", "IoT sensor kit"]));
    const days = await first.press(`br:${room.id}`);
    expect(days.text).toContain("Open Mon, Tue, Wed, Thu, Fri 09:00–18:00 (Hong Kong time)");
    const dayButton = days.buttons.filter((b) => b.data.startsWith("bd:"))[1]!;
    const slots = await first.press(dayButton.data);
    const slotButtons = slots.buttons.filter((b) => b.data.startsWith("bs:"));
    expect(slotButtons.length).toBeGreaterThan(0);
    // The demo has at most one booking a day: most of the day's nine hours are free.
    expect(slotButtons.length).toBeGreaterThanOrEqual(7);
    const slot = slotButtons[0]!;
    // Both pick the same slot; the first to answer gets it.
    expect((await first.press(slot.data)).text).toMatch(/^Discussion Room, .*What is the booking for\?/);
    await second.press(slot.data);
    expect((await first.sticker()).text).toMatch(/^I can only read text here/);
    const booked = await first.say("Brainstorm smart bins with two vendors");
    expect(booked.text).toMatch(/^Booked: Discussion Room, .*Your reference is B-\d+\./);
    const refused = await second.say("Team meeting");
    expect(refused.text).toBe("Discussion Room is already booked at that time. Please pick another slot.");
    const again = await second.press(dayButton.data);
    expect(again.buttons.map((b) => b.data)).not.toContain(slot.data);
    const id = Number(/B-(\d+)/.exec(booked.text ?? "")?.[1]);
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({
      resourceId: room.id,
      status: "CONFIRMED",
      purpose: "Brainstorm smart bins with two vendors",
    });
    const mine = await first.press("bm");
    expect(mine.text).toContain(`B-${id}`);
    expect(mine.text).toContain("confirmed");
    expect((await second.press(`bx:${id}`)).text).toBe("Only the person who booked can cancel this booking.");
    expect((await first.press(`bx:${id}`)).text).toMatch(/^Cancelled: Discussion Room, .*The slot is free again\./);
    expect((await second.press(dayButton.data)).buttons.map((b) => b.data)).toContain(slot.data);
  });

  it("anyone sees the showroom of tested and under-testing technologies", async () => {
    const visitor = user();
    await visitor.say("/start");
    const shown = await visitor.press("sr");
    expect(shown.text).toMatch(/^Showroom — technologies tested or under testing at the lab:/);
    expect(shown.text).toMatch(/— (tested|under testing)/);
  });

  it("lab staff review the queue from the chat: publish, or reject with a reason the submitter gets", async () => {
    const db = database().db;
    const officer = await db.person.findFirstOrThrow({ where: { role: "OFFICER", organisationId: lab.bd.id } });
    const pending = await Promise.all(
      ["Chat review: noise sensors", "Chat review: unclear idea"].map((title, i) =>
        db.serviceNeed.create({
          data: {
            refCode: `SN-2026-95${i}`,
            title,
            description: "Waiting for the lab",
            searchText: title.toLowerCase(),
            status: "SUBMITTED",
            organisationId: lab.bd.id,
            submittedById: officer.id,
            submittedAt: new Date(Date.now() - (2 - i) * 3_600_000),
          },
        }),
      ),
    );
    const staff = user();
    const linked = await staff.say("/start STAF-F001");
    expect(linked.buttons.map((b) => b.data)).toEqual(expect.arrayContaining(["rq", "kp"]));
    const queue = await staff.press("rq");
    expect(queue.text).toMatch(/waiting for review/);
    expect(queue.buttons.map((b) => b.data)).toEqual(
      expect.arrayContaining([`rv:n:${pending[0]!.id}`, `rv:n:${pending[1]!.id}`]),
    );
    expect((await staff.press(`rv:n:${pending[0]!.id}`)).text).toMatch(
      /^SN-2026-950 Chat review: noise sensors\nFrom: Buildings Department/,
    );
    expect((await staff.press(`rp:n:${pending[0]!.id}`)).text).toBe("Published SN-2026-950. Subscribers are alerted.");
    expect((await staff.press(`rr:n:${pending[1]!.id}`)).text).toMatch(/^Why is it rejected\?/);
    expect((await staff.say("   ")).text).toBe("Give a reason when rejecting.");
    expect((await db.serviceNeed.findUniqueOrThrow({ where: { id: pending[1]!.id } })).status).toBe("SUBMITTED");
    await staff.press(`rr:n:${pending[1]!.id}`);
    expect((await staff.say("Please describe the problem, not a product.")).text).toBe(
      "Rejected SN-2026-951; the submitter is told why.",
    );
    const status = async (id: number) => (await db.serviceNeed.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(pending[0]!.id), await status(pending[1]!.id)]).toEqual(["PUBLISHED", "REJECTED"]);
    const told = await db.domainEvent.findFirstOrThrow({ where: { type: "need.rejected" }, orderBy: { id: "desc" } });
    expect(told.payload).toMatchObject({ reason: "Please describe the problem, not a product." });
    // An officer pressing a staff button is refused by the core, in their language.
    const officerChat = user("zh-hk");
    await officerChat.say("/start OFFI-CER4");
    expect((await officerChat.press(`rp:n:${pending[1]!.id}`)).text).toBe(
      "你的角色（政策局／部門人員）不可進行此操作。",
    );
  });

  it("management reads a KPI summary and may look at the queue, but not publish", async () => {
    const manager = user();
    const linked = await manager.say("/start MANA-GER1");
    expect(linked.buttons.map((b) => b.data)).toContain("kp");
    expect(linked.buttons.map((b) => b.data)).not.toContain("rq");
    const summary = await manager.press("kp");
    expect(summary.text).toMatch(/^The last 12 months \(against the 12 before\):/);
    expect(summary.text).toMatch(/Participating B\/Ds: \d+ \([▲▼■] [+-]?\d+\)/);
    const queue = await manager.press("rq");
    const item = queue.buttons.find((b) => b.data.startsWith("rv:"))!;
    expect((await manager.press(item.data.replace("rv:", "rp:"))).text).toBe(
      "Your role (management) is not allowed to do this.",
    );
  });

  it("switches language from the menu and remembers it", async () => {
    const u = user("en");
    await u.say("/start");
    const switched = await u.press("lg");
    expect(switched.text).toMatch(/^語言：繁體中文。/);
    const subs = await u.press("su");
    expect(subs.text).toBe("點選主題以訂閱或取消（✓ = 已訂閱）：");
    const toggled = await u.press("st:TECH_AREA:robotics");
    expect(toggled.buttons.find((b) => b.data === "st:TECH_AREA:robotics")?.text).toBe("✓ 機械人技術");
  });

  it("waits out a 429 with its retry_after and still delivers", async () => {
    telegram.failNext(tooManyRequests("sendMessage", 1));
    const started = Date.now();
    const reply = await user().say("/help");
    expect(reply.text).toMatch(/^Commands:/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
