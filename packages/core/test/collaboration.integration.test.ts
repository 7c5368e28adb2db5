import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { DomainError, push } from "../src";
import { createFixture, DAY, draft, type Fixture, tableCounts } from "./fixture";

/** Hong Kong wall time on a day: "2026-11-25", 10 → 10:00 HK. */
const at = (day: string, hour: number, minute = 0) =>
  new Date(`${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+08:00`);
const WED = "2026-11-25";
const SAT = "2026-11-28";

describeEachDatabase("collaboration platform: resources, bookings, showroom", (database) => {
  let f: Fixture;
  let room: { id: number };
  let kits: { id: number };
  let robot: { id: number };

  beforeAll(async () => {
    f = await createFixture(database().db);
    const admin = f.as("admin");
    const hours = { opensAtMin: 9 * 60, closesAtMin: 18 * 60, location: "Lab, 2/F" };
    room = await admin.resource.create({
      kind: "MEETING_AREA",
      nameEn: "Discussion Room",
      nameZh: "討論室",
      capacity: 8,
      ...hours,
    });
    kits = await admin.resource.create({
      kind: "EQUIPMENT",
      nameEn: "IoT sensor kit",
      nameZh: "物聯網感應器套件",
      capacity: 3,
      ...hours,
    });
    robot = await admin.resource.create({
      kind: "EQUIPMENT",
      nameEn: "Service robot",
      nameZh: "服務機械人",
      capacity: 1,
      needsApproval: true,
      bookableBy: ["OFFICER"],
      ...hours,
    });
  });

  const book = (
    who: "officer" | "vendor" | "officer2" | "vendor2" | "admin" | "subscriber" | "manager",
    input: object,
    language: "en" | "zh-HK" = "en",
  ) => f.as(who, { language }).booking.create({ purpose: "Brainstorming", ...input } as never);

  it("a meeting area is booked once per slot; overlapping is refused, back-to-back is fine", async () => {
    const first = await book("officer", { resourceId: room.id, startsAt: at(WED, 10), endsAt: at(WED, 12) });
    expect(first.status).toBe("CONFIRMED");
    const before = await tableCounts(f.db);
    await expect(
      book("vendor", { resourceId: room.id, startsAt: at(WED, 11), endsAt: at(WED, 13) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Discussion Room is already booked at that time. Please pick another slot.",
    });
    await expect(
      book("vendor", { resourceId: room.id, startsAt: at(WED, 9), endsAt: at(WED, 10, 30) }, "zh-HK"),
    ).rejects.toMatchObject({ message: "討論室在該時段已被預約，請選擇其他時段。" });
    expect(await tableCounts(f.db)).toEqual(before);
    await expect(
      book("vendor", { resourceId: room.id, startsAt: at(WED, 12), endsAt: at(WED, 13) }),
    ).resolves.toMatchObject({
      status: "CONFIRMED",
    });
  });

  it("two people asking for the last slot at the same moment: exactly one gets it", async () => {
    const slot = { resourceId: room.id, startsAt: at(WED, 15), endsAt: at(WED, 16) };
    const who = ["officer", "vendor", "officer2", "vendor2"] as const;
    const results = await Promise.allSettled(who.map((w) => book(w, slot)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ key: "SLOT_TAKEN" });
    }
    expect(await f.db.booking.count({ where: { resourceId: room.id, startsAt: slot.startsAt } })).toBe(1);
  });

  it("equipment is lent up to its quantity, also under concurrent requests", async () => {
    const slot = { resourceId: kits.id, startsAt: at(WED, 9), endsAt: at(WED, 11) };
    await expect(book("officer", { ...slot, quantity: 4 })).rejects.toMatchObject({ key: "QUANTITY_TOO_LARGE" });
    await book("officer", { ...slot, quantity: 2 });
    const results = await Promise.allSettled(
      (["vendor", "officer2", "vendor2"] as const).map((w) => book(w, { ...slot, startsAt: at(WED, 10), quantity: 1 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const { slots } = await f.asPublic().resource.availability({ resourceId: kits.id, day: WED });
    expect(slots.find((s) => s.startsAt.getTime() === at(WED, 9).getTime())?.free).toBe(1);
    expect(slots.find((s) => s.startsAt.getTime() === at(WED, 10).getTime())?.free).toBe(0);
    expect(slots.find((s) => s.startsAt.getTime() === at(WED, 11).getTime())?.free).toBe(3);
  });

  it("opening hours (Hong Kong time), weekdays, the past and role rules are enforced, in the user's language", async () => {
    await expect(
      book("officer", { resourceId: room.id, startsAt: at(WED, 17), endsAt: at(WED, 19) }),
    ).rejects.toMatchObject({
      key: "OUTSIDE_OPENING_HOURS",
      message:
        "Discussion Room is open Mon, Tue, Wed, Thu, Fri, 09:00–18:00 (Hong Kong time). Please pick a time within those hours.",
    });
    await expect(
      book("officer", { resourceId: room.id, startsAt: at(SAT, 10), endsAt: at(SAT, 11) }, "zh-HK"),
    ).rejects.toMatchObject({
      message: "討論室的開放時間為星期一、二、三、四、五 09:00至18:00（香港時間），請在開放時間內預約。",
    });
    // 08:30 HK is 00:30 UTC: a UTC-minded check would let it through.
    await expect(
      book("officer", { resourceId: room.id, startsAt: at(WED, 8, 30), endsAt: at(WED, 9, 30) }),
    ).rejects.toMatchObject({
      key: "OUTSIDE_OPENING_HOURS",
    });
    await expect(
      book("officer", { resourceId: room.id, startsAt: at("2026-11-24", 9), endsAt: at("2026-11-24", 10) }),
    ).rejects.toMatchObject({
      key: "BOOKING_IN_PAST",
    });
    await expect(
      book("vendor", { resourceId: robot.id, startsAt: at(WED, 10), endsAt: at(WED, 11) }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Your role (company staff) cannot book Service robot.",
    });
    await expect(
      book("subscriber", { resourceId: room.id, startsAt: at(WED, 16), endsAt: at(WED, 17) }),
    ).rejects.toMatchObject({
      key: "ROLE_CANNOT_BOOK",
    });
    await expect(
      f.asPublic().booking.create({ resourceId: room.id, startsAt: at(WED, 16), endsAt: at(WED, 17), purpose: "x" }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("cancelling frees the slot; only the booker or staff may cancel", async () => {
    const mine = await book("officer2", {
      resourceId: room.id,
      startsAt: at("2026-11-26", 10),
      endsAt: at("2026-11-26", 11),
    });
    await expect(f.as("vendor").booking.cancel({ id: mine.id })).rejects.toMatchObject({ key: "BOOKING_NOT_YOURS" });
    await expect(
      book("vendor", { resourceId: room.id, startsAt: at("2026-11-26", 10), endsAt: at("2026-11-26", 11) }),
    ).rejects.toMatchObject({
      key: "SLOT_TAKEN",
    });
    await f.as("officer2").booking.cancel({ id: mine.id });
    await expect(f.as("officer2").booking.cancel({ id: mine.id })).rejects.toMatchObject({ key: "INVALID_STATUS" });
    await expect(
      book("vendor", { resourceId: room.id, startsAt: at("2026-11-26", 10), endsAt: at("2026-11-26", 11) }),
    ).resolves.toMatchObject({
      status: "CONFIRMED",
    });
    expect((await f.as("officer2").booking.mine()).find((b) => b.id === mine.id)?.status).toBe("CANCELLED");
  });

  it("a resource needing approval holds the slot while pending; staff approve, or reject with a reason the booker is told", async () => {
    const pending = await book("officer", { resourceId: robot.id, startsAt: at(WED, 14), endsAt: at(WED, 15) });
    expect(pending.status).toBe("PENDING");
    await expect(
      book("officer2", { resourceId: robot.id, startsAt: at(WED, 14), endsAt: at(WED, 15) }),
    ).rejects.toMatchObject({
      key: "SLOT_TAKEN",
    });
    await expect(f.as("admin").booking.decide({ id: pending.id, decision: "REJECT" })).rejects.toMatchObject({
      key: "REASON_REQUIRED",
    });
    await expect(f.as("manager").booking.decide({ id: pending.id, decision: "APPROVE" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await f.as("admin").booking.decide({ id: pending.id, decision: "REJECT", reason: "Robot under repair" });
    await push.fanOutPendingEvents(f.db, { now: f.clock.now });
    const told = await f.db.alert.findFirstOrThrow({ where: { kind: "BOOKING_DECIDED" }, orderBy: { id: "desc" } });
    expect(told.titleEn).toBe("Booking not approved: Service robot");
    expect(told.bodyEn).toContain("Reason: Robot under repair");
    // Rejected: the slot is free again.
    await expect(
      book("officer2", { resourceId: robot.id, startsAt: at(WED, 14), endsAt: at(WED, 15) }),
    ).resolves.toMatchObject({
      status: "PENDING",
    });
  });

  it("staff block out maintenance; nobody can book into it, and a block over a booking is refused", async () => {
    await expect(
      f
        .as("admin")
        .booking.blockOut({ resourceId: room.id, startsAt: at(WED, 10), endsAt: at(WED, 11), reason: "Cleaning" }),
    ).rejects.toMatchObject({ key: "SLOT_TAKEN" });
    await f.as("admin").booking.blockOut({
      resourceId: room.id,
      startsAt: at("2026-11-27", 9),
      endsAt: at("2026-11-27", 18),
      reason: "Projector repair",
    });
    await expect(
      book("officer", { resourceId: room.id, startsAt: at("2026-11-27", 10), endsAt: at("2026-11-27", 11) }),
    ).rejects.toMatchObject({
      key: "SLOT_TAKEN",
    });
    const calendar = await f.as("manager").booking.calendar({ from: at("2026-11-27", 0), to: at("2026-11-28", 0) });
    expect(calendar.map((b) => [b.maintenance, b.purpose])).toEqual([[true, "Projector repair"]]);
    await expect(f.as("officer").booking.calendar({ from: at(WED, 0), to: at(SAT, 0) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a reminder goes out once, a day before, to the booker only", async () => {
    const booking = await book("vendor2", {
      resourceId: kits.id,
      startsAt: at("2026-12-01", 10),
      endsAt: at("2026-12-01", 11),
    });
    await f.db.chatIdentity.create({
      data: { personId: f.people.vendor2.id, channel: "TELEGRAM", externalId: "vendor2-chat", chatId: "vendor2-chat" },
    });
    const dayBefore = at("2026-11-30", 11);
    expect(await push.scheduleBookingReminders(f.db, at("2026-11-28", 11))).toBe(0);
    const first = await push.scheduleBookingReminders(f.db, dayBefore);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await push.scheduleBookingReminders(f.db, dayBefore)).toBe(0);
    expect(await push.scheduleBookingReminders(f.db, new Date(dayBefore.getTime() + 3_600_000))).toBe(0);
    await push.fanOutPendingEvents(f.db, { now: dayBefore });
    const reminders = await f.db.alert.findMany({
      where: { kind: "BOOKING_REMINDER" },
      include: { deliveries: { include: { identity: true } } },
    });
    const forThis = reminders.filter((a) => a.deliveries.some((d) => d.identity.personId === booking.personId));
    expect(forThis).toHaveLength(1);
    expect(forThis[0]?.titleEn).toBe("Tomorrow: IoT sensor kit");
    expect(forThis[0]?.deliveries.map((d) => d.identity.personId)).toEqual([f.people.vendor2.id]);
  });

  it("the showroom shows published solutions a PoC tried; the public sees only what is published", async () => {
    const solution = await f
      .as("vendor")
      .solution.create({ ...draft({ title: "Iris video analytics" }), submit: true });
    await expect(
      f.as("admin").showroom.upsert({ solutionId: solution.id, status: "UNDER_TESTING" }),
    ).rejects.toMatchObject({ key: "INVALID_STATUS" });
    await f.as("admin").solution.review({ id: solution.id, decision: "PUBLISH" });
    await f.as("admin").showroom.upsert({
      solutionId: solution.id,
      status: "TESTED",
      findingsEn: "Counted crowds within 5%.",
      findingsZh: "人流點算誤差在5%以內。",
    });
    const shown = await f.asPublic().showroom.list({});
    expect(shown.items.map((i) => [i.solution.title, i.status, i.findingsEn])).toContainEqual([
      "Iris video analytics",
      "TESTED",
      "Counted crowds within 5%.",
    ]);
    await f.as("admin").showroom.upsert({ solutionId: solution.id, status: "TESTED", published: false });
    expect((await f.asPublic().showroom.list({})).items.some((i) => i.solution.id === solution.id)).toBe(false);
    expect((await f.as("admin").showroom.list({})).items.some((i) => i.solution.id === solution.id)).toBe(true);
  });

  it("bookings join the KPIs: counted by start, with utilisation of the open hours", async () => {
    const from = at("2026-11-01", 0);
    const to = at("2026-12-01", 0);
    const confirmed = await f.db.booking.count({
      where: { status: "CONFIRMED", maintenance: false, startsAt: { gte: from, lt: to } },
    });
    const overview = await f.as("manager").kpi.overview({ from, to, granularity: "month" });
    expect(overview.cards.find((c) => c.key === "bookings")?.value).toBe(confirmed);
    const bookedHours = (
      await f.db.booking.findMany({
        where: { status: "CONFIRMED", maintenance: false, startsAt: { gte: from, lt: to } },
      })
    ).reduce((sum, b) => sum + (b.endsAt.getTime() - b.startsAt.getTime()) / 3_600_000, 0);
    // November 2026 has 21 weekdays; three resources open 9 hours each; one 9-hour block-out.
    expect(overview.utilisation[0]).toBeCloseTo(bookedHours / (21 * 9 * 3 - 9), 3);
    expect(confirmed).toBeGreaterThan(3);
  });

  it("utilisation counts open and booked hours by the hour when a range starts and ends mid-day (recounted minute by minute)", async () => {
    // Wednesday 2:30 pm to the next Monday 11 am, as one period.
    const from = at(WED, 14, 30);
    const to = at("2026-11-30", 11);
    const later = at("2026-12-02", 10, 45);
    // A booking across the range's start: only its hours after 2:30 pm count.
    await book("vendor", { resourceId: kits.id, startsAt: at(WED, 14), endsAt: at(WED, 16) });
    const resources = await f.db.resource.findMany({ where: { active: true } });
    const bookings = await f.db.booking.findMany({
      where: { status: "CONFIRMED", startsAt: { lt: later }, endsAt: { gt: from } },
    });
    expect(bookings.length).toBeGreaterThan(0);
    /** Minute by minute, in Hong Kong wall time: open minutes of every resource, and booked or blocked minutes. */
    const recount = (start: Date, end: Date) => {
      let open = 0;
      let booked = 0;
      let blocked = 0;
      for (let t = start.getTime(); t < end.getTime(); t += 60_000) {
        const wall = new Date(t + 8 * 3_600_000);
        const weekday = wall.getUTCDay() || 7;
        const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
        for (const r of resources) {
          if (r.openDays.split(",").map(Number).includes(weekday) && minute >= r.opensAtMin && minute < r.closesAtMin)
            open++;
        }
        for (const b of bookings) {
          if (t >= b.startsAt.getTime() && t < b.endsAt.getTime()) b.maintenance ? blocked++ : booked++;
        }
      }
      return open - blocked > 0 ? Math.round((booked / (open - blocked)) * 1000) / 1000 : 0;
    };
    const whole = await f.as("manager").kpi.overview({ from, to, granularity: "year" });
    expect(whole.utilisation).toEqual([recount(from, to)]);
    expect(whole.utilisation[0]).toBeGreaterThan(0);
    // Across a month's end, month by month: each month's part of the range.
    const byMonth = await f.as("manager").kpi.overview({ from, to: later, granularity: "month" });
    const december = at("2026-12-01", 0);
    expect(byMonth.utilisation).toEqual([recount(from, december), recount(december, later)]);
  });

  it("bad input changes nothing and says what is wrong", async () => {
    const before = await tableCounts(f.db);
    await expect(
      f.as("admin").resource.create({
        kind: "MEETING_AREA",
        nameEn: "X",
        nameZh: "X",
        location: "L",
        capacity: 4,
        opensAtMin: 18 * 60,
        closesAtMin: 9 * 60,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      book("officer", { resourceId: room.id, startsAt: at(WED, 11), endsAt: at(WED, 10) }),
    ).rejects.toMatchObject({
      key: "DATES_OUT_OF_ORDER",
    });
    await expect(
      book("officer", { resourceId: room.id, startsAt: at(WED, 9), endsAt: at(WED, 18), purpose: "" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      book("officer", { resourceId: 999_999, startsAt: at(WED, 9), endsAt: at(WED, 10) }),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await tableCounts(f.db)).toEqual(before);
    expect(DAY).toBe(86_400_000);
  });
});
