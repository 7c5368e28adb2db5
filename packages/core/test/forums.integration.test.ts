import type { Role } from "@innolab/db";
import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createFixture, DAY, type Fixture, forumInput, tableCounts } from "./fixture";

describeEachDatabase("forums and registrations", (database) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(database().db);
  });

  async function makePeople(count: number, role: Role = "SUBSCRIBER") {
    const people = [];
    for (let i = 0; i < count; i++) {
      people.push(await f.db.person.create({ data: { displayName: `Attendee ${i}`, role } }));
    }
    return people.map((p) => f.callerFor({ personId: p.id, role: p.role, organisationId: null }));
  }

  it("announces a forum, fills seats, waitlists, promotes on cancel, and checks in once", async () => {
    const forum = await f.as("admin").forum.create({ ...forumInput(f.clock.now), partnerId: f.orgs.partner.id });
    expect(await f.db.domainEvent.count({ where: { type: "forum.announced" } })).toBe(1);
    const [a, b, c, d, e] = await makePeople(5);
    const regs = [];
    for (const caller of [a, b, c, d, e]) regs.push(await caller!.forum.register({ forumId: forum.id }));
    expect(regs.map((r) => r.status)).toEqual(["REGISTERED", "REGISTERED", "REGISTERED", "WAITLISTED", "WAITLISTED"]);
    expect((await f.asPublic().forum.get({ id: forum.id })).seatsLeft).toBe(0);

    await expect(a!.forum.register({ forumId: forum.id })).rejects.toMatchObject({ code: "CONFLICT" });

    const cancelled = await b!.forum.cancelRegistration({ forumId: forum.id });
    expect(cancelled.promotedRegistrationIds).toEqual([regs[3]!.id]);
    const promoted = await f.db.forumRegistration.findUniqueOrThrow({ where: { id: regs[3]!.id } });
    expect(promoted.status).toBe("REGISTERED");
    const event = await f.db.domainEvent.findFirst({ where: { type: "registration.promoted" } });
    expect(event?.payload).toMatchObject({ registrationId: regs[3]!.id });

    // Check-in only on the forum's day: weeks before, it is refused and counts nothing.
    const code = regs[0]!.checkInCode.toLowerCase().replace(/-/g, " ");
    await expect(f.as("admin").forum.checkIn({ forumId: forum.id, code })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/^Check-in for this forum opens at .+ \(Hong Kong time\)\.$/),
    });
    // Another forum's desk refuses the code, naming the code's forum.
    const other = await f.as("admin").forum.create(forumInput(f.clock.now, { title: "Another forum" }));
    await expect(f.as("admin").forum.checkIn({ forumId: other.id, code })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `This code is for another forum (${forum.title}); nothing was changed.`,
    });
    expect((await f.db.forumRegistration.findUniqueOrThrow({ where: { id: regs[0]!.id } })).status).toBe("REGISTERED");
    const before = f.clock.now;
    f.clock.now = new Date(forum.startsAt.getTime() - 30 * 60_000);
    // Typed in lower case with spaces still works, and only once.
    const attended = await f.as("admin").forum.checkIn({ forumId: forum.id, code });
    expect(attended.status).toBe("ATTENDED");
    await expect(f.as("admin").forum.checkIn({ forumId: forum.id, code })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This check-in code has already been used.",
    });
    await expect(f.as("admin").forum.checkIn({ forumId: forum.id, code: regs[4]!.checkInCode })).rejects.toMatchObject({
      message: "This registration is WAITLISTED, not confirmed: it cannot check in.",
    });
    await expect(
      f.as("admin", { language: "zh-HK" }).forum.checkIn({ forumId: forum.id, code: "ZZZZ-ZZZZ-ZZZZ" }),
    ).rejects.toMatchObject({ message: "未知的簽到碼。" });
    // A day after, the desk is closed.
    f.clock.now = new Date(forum.endsAt.getTime() + 24 * 3_600_000);
    await expect(f.as("admin").forum.checkIn({ forumId: forum.id, code: regs[1]!.checkInCode })).rejects.toMatchObject({
      message: "Check-in for this forum has closed.",
    });
    f.clock.now = before;

    const mine = await a!.forum.myRegistrations();
    expect(mine.map((r) => [r.forum.id, r.status])).toEqual([[forum.id, "ATTENDED"]]);
    const all = await f.as("admin").forum.registrations({ forumId: forum.id });
    expect(all).toHaveLength(5);
  });

  it("raising capacity promotes the waitlist; lowering it below the seats taken is refused", async () => {
    const forum = await f.as("admin").forum.create(forumInput(f.clock.now, { capacity: 1 }));
    const [a, b, c] = await makePeople(3);
    await a!.forum.register({ forumId: forum.id });
    await b!.forum.register({ forumId: forum.id });
    await c!.forum.register({ forumId: forum.id });
    await f.as("admin").forum.update({ id: forum.id, capacity: 2 });
    const statuses = (await f.as("admin").forum.registrations({ forumId: forum.id })).map((r) => r.status).sort();
    expect(statuses).toEqual(["REGISTERED", "REGISTERED", "WAITLISTED"]);
    await expect(f.as("admin").forum.update({ id: forum.id, capacity: 1 })).rejects.toMatchObject({
      message: "Capacity cannot go below the 2 seats already taken.",
    });
  });

  it("registration outside its window or for a cancelled forum is refused", async () => {
    const later = await f
      .as("admin")
      .forum.create(forumInput(f.clock.now, { registrationOpensAt: new Date(f.clock.now.getTime() + DAY) }));
    await expect(f.as("subscriber").forum.register({ forumId: later.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "Registration for this forum is not open.",
    });
    const cancelled = await f.as("admin").forum.create(forumInput(f.clock.now));
    await f.as("admin").forum.cancel({ id: cancelled.id });
    await expect(
      f.as("subscriber", { language: "zh-HK" }).forum.register({ forumId: cancelled.id }),
    ).rejects.toMatchObject({
      message: "此論壇現時不接受登記。",
    });
  });

  it("forum dates out of order are refused and nothing is written", async () => {
    const before = await tableCounts(f.db);
    const input = forumInput(f.clock.now);
    await expect(f.as("admin").forum.create({ ...input, endsAt: input.startsAt })).rejects.toMatchObject({
      message: "endsAt must be after startsAt.",
    });
    expect(await tableCounts(f.db)).toEqual(before);
  });

  it("concurrent registrations never overbook; concurrent cancellations promote exactly the freed seats", async () => {
    const capacity = 5;
    const forum = await f.as("admin").forum.create(forumInput(f.clock.now, { capacity }));
    const callers = await makePeople(16);
    const results = await Promise.all(callers.map((caller) => caller.forum.register({ forumId: forum.id })));
    expect(results.filter((r) => r.status === "REGISTERED")).toHaveLength(capacity);
    expect(results.filter((r) => r.status === "WAITLISTED")).toHaveLength(16 - capacity);
    const registeredIdx = results.flatMap((r, i) => (r.status === "REGISTERED" ? [i] : []));
    await Promise.all(
      registeredIdx.slice(0, 3).map((i) => callers[i]!.forum.cancelRegistration({ forumId: forum.id })),
    );
    const rows = await f.db.forumRegistration.findMany({ where: { forumId: forum.id } });
    expect(rows.filter((r) => r.status === "REGISTERED")).toHaveLength(capacity);
    expect(rows.filter((r) => r.status === "CANCELLED")).toHaveLength(3);
    const stored = await f.db.forum.findUniqueOrThrow({ where: { id: forum.id } });
    expect(stored.seatsTaken).toBe(capacity);
    // The oldest waitlisted were promoted first.
    const promoted = rows.filter((r) => r.promotedAt).map((r) => r.registeredAt.getTime());
    const stillWaiting = rows.filter((r) => r.status === "WAITLISTED").map((r) => r.registeredAt.getTime());
    expect(Math.max(...promoted)).toBeLessThanOrEqual(Math.min(...stillWaiting));
  });

  it("the same check-in code scanned at two desks at once is accepted once", async () => {
    const forum = await f.as("admin").forum.create(forumInput(f.clock.now, { capacity: 10 }));
    const [attendee] = await makePeople(1);
    const registration = await attendee!.forum.register({ forumId: forum.id });
    const before = f.clock.now;
    f.clock.now = forum.startsAt;
    const desks = Array.from({ length: 6 }, () =>
      f.as("admin").forum.checkIn({ forumId: forum.id, code: registration.checkInCode }),
    );
    const outcomes = await Promise.allSettled(desks);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(failures.every((o) => o.reason.message === "This check-in code has already been used.")).toBe(true);
    f.clock.now = before;
  });

  it("lists upcoming and past forums in date order", async () => {
    await f.as("admin").forum.create(
      forumInput(f.clock.now, {
        title: "Past forum",
        startsAt: new Date(f.clock.now.getTime() - 10 * DAY),
        endsAt: new Date(f.clock.now.getTime() - 10 * DAY + 3_600_000),
        registrationOpensAt: new Date(f.clock.now.getTime() - 40 * DAY),
        registrationClosesAt: new Date(f.clock.now.getTime() - 11 * DAY),
      }),
    );
    const upcoming = await f.asPublic().forum.list({ when: "upcoming" });
    expect(upcoming.every((forum) => forum.endsAt >= f.clock.now)).toBe(true);
    const starts = upcoming.map((forum) => forum.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    const past = await f.asPublic().forum.list({ when: "past" });
    expect(past.map((forum) => forum.title)).toContain("Past forum");
  });
});
