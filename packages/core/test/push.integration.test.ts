import type { Db } from "@innolab/db";
import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { push } from "../src";
import { createFixture, DAY, draft, type Fixture, forumInput, HOUR } from "./fixture";

describe("when an alert may reach a person (Hong Kong time)", () => {
  const realtime = { digestMode: "REALTIME" as const, quietStartMin: null, quietEndMin: null };
  // 2026-11-24 02:00 UTC = 10:00 in Hong Kong.
  const tenAm = new Date("2026-11-24T02:00:00Z");

  it("real-time, no quiet hours: now", () => {
    expect(push.deliveryTime(tenAm, realtime, false)).toEqual(tenAm);
  });

  it("daily digest: the next 09:00 in Hong Kong", () => {
    expect(push.deliveryTime(tenAm, { ...realtime, digestMode: "DAILY" }, false).toISOString()).toBe(
      "2026-11-25T01:00:00.000Z",
    );
    const early = new Date("2026-11-23T22:00:00Z"); // 06:00 HK
    expect(push.deliveryTime(early, { ...realtime, digestMode: "DAILY" }, false).toISOString()).toBe(
      "2026-11-24T01:00:00.000Z",
    );
  });

  it("quiet hours across midnight: held until they end", () => {
    const quiet = { ...realtime, quietStartMin: 22 * 60, quietEndMin: 7 * 60 };
    const lateEvening = new Date("2026-11-24T15:30:00Z"); // 23:30 HK
    expect(push.deliveryTime(lateEvening, quiet, false).toISOString()).toBe("2026-11-24T23:00:00.000Z"); // 07:00 HK next day
    const smallHours = new Date("2026-11-24T19:00:00Z"); // 03:00 HK on the 25th
    expect(push.deliveryTime(smallHours, quiet, false).toISOString()).toBe("2026-11-24T23:00:00.000Z");
    expect(push.deliveryTime(tenAm, quiet, false)).toEqual(tenAm);
  });

  it("critical alerts (a forum cancelled or moved) bypass digests and quiet hours", () => {
    const lateEvening = new Date("2026-11-24T15:30:00Z");
    expect(
      push.deliveryTime(lateEvening, { digestMode: "DAILY", quietStartMin: 22 * 60, quietEndMin: 7 * 60 }, true),
    ).toEqual(lateEvening);
  });
});

describeEachDatabase("push: events become alerts and deliveries to exactly the right people", (database) => {
  let f: Fixture;
  let db: Db;

  /** A person reachable on a chat, with subscriptions and preferences. */
  async function subscriber(
    name: string,
    topics: string[],
    options: { blocked?: boolean; language?: string; digest?: boolean; channel?: "TELEGRAM" | "TEAMS" } = {},
  ) {
    const person = await db.person.create({
      data: {
        displayName: name,
        language: options.language ?? "en",
        digestMode: options.digest ? "DAILY" : "REALTIME",
      },
    });
    await db.chatIdentity.create({
      data: {
        personId: person.id,
        channel: options.channel ?? "TELEGRAM",
        externalId: name,
        chatId: name,
        blocked: options.blocked ?? false,
        language: options.language ?? "en",
      },
    });
    for (const topicKey of topics) await db.subscription.create({ data: { personId: person.id, topicKey } });
    return person;
  }

  async function reachOf(kind: string) {
    const alert = await db.alert.findFirstOrThrow({
      where: { kind },
      orderBy: { id: "desc" },
      include: { deliveries: { include: { identity: { include: { person: true } } } } },
    });
    return { alert, names: alert.deliveries.map((d) => d.identity.person.displayName).sort() };
  }

  /** A staff broadcast written straight to the table: the fan-out's input, nothing else. */
  function broadcast(audience: object, critical = false) {
    return db.alert.create({
      data: { kind: "BROADCAST", critical, titleEn: "t", titleZh: "t", bodyEn: "b", bodyZh: "b", audience },
    });
  }

  async function chatFor(role: "officer" | "vendor" | "officer2" | "vendor2") {
    const person = f.people[role];
    await db.chatIdentity.create({
      data: { personId: person.id, channel: "TEAMS", externalId: `teams-${role}`, chatId: `conv-${role}` },
    });
  }

  beforeAll(async () => {
    f = await createFixture(database().db);
    db = f.db;
    await subscriber("needs-fan", ["NEW_NEEDS"]);
    await subscriber("ai-fan", ["TECH_AREA:artificial-intelligence"], { language: "zh-HK" });
    await subscriber("robotics-fan", ["TECH_AREA:robotics"]);
    await subscriber("forum-fan", ["FORUMS"], { digest: true });
    await subscriber("blocked-fan", ["NEW_NEEDS", "FORUMS"], { blocked: true });
    for (const role of ["officer", "vendor", "officer2", "vendor2"] as const) await chatFor(role);
    await push.fanOutPendingEvents(db, { now: f.clock.now }); // nothing yet but fixture noise
  });

  it("a need published reaches subscribers of new needs and of its areas, not others, not the blocked", async () => {
    const need = await f
      .as("officer")
      .need.create({ ...draft({ techAreas: ["artificial-intelligence"] }), submit: true });
    await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const { alert, names } = await reachOf("NEED_PUBLISHED");
    expect(names).toEqual(["ai-fan", "needs-fan"]);
    expect(alert).toMatchObject({ titleEn: `New service need ${need.refCode}`, titleZh: `新服務需求 ${need.refCode}` });
    const zh = alert.deliveries.find((d) => d.identity.person.displayName === "ai-fan");
    expect(zh?.identity.language).toBe("zh-HK");
    // Its submitter is told it is published, with a button to open it, and nobody else is.
    const told = await db.alert.findFirstOrThrow({
      where: { kind: "SUBMISSION_PUBLISHED", titleEn: `Your service need ${need.refCode} is published` },
      include: { deliveries: { include: { identity: { include: { person: true } } } } },
    });
    expect(told.deliveries.map((d) => d.identity.person.id)).toEqual([f.people.officer.id]);
    expect(told.actions).toEqual([{ kind: "need", id: need.id, label: need.refCode }]);
    expect(told.bodyEn).toContain("No strong match yet");
  });

  it("a strong match on publishing is told to both submitters, with buttons, and to no colleague", async () => {
    // A colleague of the need's officer, reachable in the chat: not the need's submitter.
    const colleague = await db.person.create({
      data: { displayName: "Colin Colleague", role: "OFFICER", organisationId: f.people.officer.organisationId },
    });
    await db.chatIdentity.create({
      data: { personId: colleague.id, channel: "TEAMS", externalId: "teams-colleague", chatId: "conv-colleague" },
    });
    const before = (await db.alert.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const solution = await f
      .as("vendor")
      .solution.create({ ...draft({ title: "Defective signboard detection" }), submit: true });
    await f.as("admin").solution.review({ id: solution.id, decision: "PUBLISH" });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const alerts = await db.alert.findMany({
      where: { kind: { in: ["MATCH_SUGGESTED", "SUBMISSION_PUBLISHED"] }, id: { gt: before } },
      include: { deliveries: { include: { identity: { include: { person: true } } } } },
      orderBy: { id: "asc" },
    });
    const reached = alerts.flatMap((alert) => alert.deliveries.map((d) => d.identity.person.displayName)).sort();
    expect(reached).toEqual(["Olivia Officer", "Victor Vendor"]);
    const toVendor = alerts.find((alert) => alert.deliveries[0]?.identity.person.displayName === "Victor Vendor")!;
    const toOfficer = alerts.find((alert) => alert.deliveries[0]?.identity.person.displayName === "Olivia Officer")!;
    const need = await db.serviceNeed.findFirstOrThrow({ where: { submittedById: f.people.officer.id } });
    // The vendor published: told so, with the matches, in one message — its own record's button first.
    expect(toVendor.kind).toBe("SUBMISSION_PUBLISHED");
    expect(toVendor.titleEn).toBe(`Your solution ${solution.refCode} is published`);
    expect(toVendor.bodyEn).toContain(`Best matches so far:\n• ${need.refCode}`);
    expect((toVendor.actions as unknown[])[0]).toEqual({ kind: "solution", id: solution.id, label: solution.refCode });
    expect(toVendor.actions).toContainEqual({ kind: "need", id: need.id, label: need.refCode });
    expect(toOfficer.titleZh).toMatch(/個方案配對你的服務需求 SN-/);
    expect(toOfficer.actions).toEqual([{ kind: "solution", id: solution.id, label: expect.stringMatching(/^SOL-/) }]);
    expect((await reachOf("SOLUTION_PUBLISHED")).names).toEqual(["ai-fan"]);
    await db.delivery.deleteMany({ where: { identity: { personId: colleague.id } } });
    await db.chatIdentity.deleteMany({ where: { personId: colleague.id } });
  });

  it("a rejection reaches only its submitter, with the reason", async () => {
    const need = await f.as("officer2").need.create({ ...draft(), submit: true });
    await f.as("admin").need.review({ id: need.id, decision: "REJECT", reason: "Too vague" });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const { alert, names } = await reachOf("SUBMISSION_REJECTED");
    expect(names).toEqual(["Oscar Officer"]);
    expect(alert.bodyEn).toBe("Reason: Too vague");
  });

  it("a forum announced reaches forum subscribers, held for a digest reader until 09:00", async () => {
    await f.as("admin").forum.create(forumInput(f.clock.now));
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const { alert, names } = await reachOf("FORUM_ANNOUNCED");
    expect(names).toEqual(["forum-fan"]);
    // T0 is 10:00 in Hong Kong: the digest goes out at 09:00 the next day.
    expect(alert.deliveries[0]?.nextAttemptAt.toISOString()).toBe("2026-11-25T01:00:00.000Z");
  });

  it("a waitlist promotion reaches the promoted person; a cancelled forum reaches all registrants at once", async () => {
    const forum = await f.as("admin").forum.create(forumInput(f.clock.now, { capacity: 1 }));
    const first = await subscriber("first", [], { digest: true });
    const second = await subscriber("second", []);
    const as = (p: { id: number }) => f.callerFor({ personId: p.id, role: "SUBSCRIBER", organisationId: null });
    await as(first).forum.register({ forumId: forum.id });
    await as(second).forum.register({ forumId: forum.id });
    await as(first).forum.cancelRegistration({ forumId: forum.id });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    expect((await reachOf("WAITLIST_PROMOTED")).names).toEqual(["second"]);
    await as(first).forum.register({ forumId: forum.id });
    await f.as("admin").forum.cancel({ id: forum.id });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const cancelled = await reachOf("FORUM_CANCELLED");
    expect(cancelled.names).toEqual(["first", "second"]);
    expect(cancelled.alert.critical).toBe(true);
    // Critical: even the digest reader gets it now.
    expect(cancelled.alert.deliveries.every((d) => d.nextAttemptAt.getTime() === f.clock.now.getTime())).toBe(true);
  });

  it("a forum reminder is recorded once per forum, a day before, and reaches registrants", async () => {
    const forum = await f.as("admin").forum.create(
      forumInput(f.clock.now, {
        startsAt: new Date(f.clock.now.getTime() + 20 * HOUR),
        endsAt: new Date(f.clock.now.getTime() + 23 * HOUR),
        registrationClosesAt: new Date(f.clock.now.getTime() + 19 * HOUR),
      }),
    );
    const attendee = await subscriber("attendee", []);
    await f
      .callerFor({ personId: attendee.id, role: "SUBSCRIBER", organisationId: null })
      .forum.register({ forumId: forum.id });
    expect(await push.scheduleForumReminders(db, f.clock.now)).toBe(1);
    expect(await push.scheduleForumReminders(db, f.clock.now)).toBe(0);
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    expect((await reachOf("FORUM_REMINDER")).names).toEqual(["attendee"]);
  });

  it("a PoC status change reaches both parties", async () => {
    const need = await f.as("officer").need.create({ ...draft(), submit: true });
    await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
    const solution = await f
      .as("vendor2")
      .solution.create({ ...draft({ title: "Robot", techAreas: ["robotics"] }), submit: true });
    await f.as("admin").solution.review({ id: solution.id, decision: "PUBLISH" });
    const poc = await f.as("admin").poc.start({ needId: need.id, solutionId: solution.id, startDate: f.clock.now });
    await f.as("admin").poc.update({ id: poc.id, status: "IN_PROGRESS" });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const { alert, names } = await reachOf("POC_STATUS_CHANGED");
    expect(names).toEqual(["Olivia Officer", "Vera Vendor"]);
    expect(alert.titleZh).toBe(`概念驗證 ${poc.refCode}：進行中`);
    // In the words the dashboard uses for the same status (STATUS_NAMES), in both languages.
    await f.as("admin").poc.update({ id: poc.id, status: "ABANDONED" });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const latest = await db.alert.findFirstOrThrow({ where: { kind: "POC_STATUS_CHANGED" }, orderBy: { id: "desc" } });
    expect([latest.titleEn, latest.titleZh]).toEqual([
      `PoC ${poc.refCode}: abandoned`,
      `概念驗證 ${poc.refCode}：已放棄`,
    ]);
  });

  it("a staff broadcast reaches its topics; fanning out again adds nothing", async () => {
    const alert = await f.as("admin").alert.create({
      titleEn: "Hello",
      titleZh: "你好",
      bodyEn: "b",
      bodyZh: "b",
      topics: ["TECH_AREA:robotics", "FORUMS"],
    });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const deliveries = await f.as("admin").alert.deliveries({ id: alert.id });
    expect(deliveries.map((d) => d.identity.person.displayName).sort()).toEqual(["forum-fan", "robotics-fan"]);
    const before = await db.delivery.count();
    await db.domainEvent.updateMany({ where: { id: alert.eventId ?? -1 }, data: { processedAt: null } });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    expect(await db.delivery.count()).toBe(before);
    expect(await db.domainEvent.count({ where: { processedAt: null } })).toBe(0);
  });

  it("the audience count staff see equals the messages the broadcast sends", async () => {
    // Reachable only on the terminal: subscribed, but no push channel reaches them.
    const local = await db.person.create({ data: { displayName: "terminal-only" } });
    await db.chatIdentity.create({ data: { personId: local.id, channel: "TERMINAL", externalId: "local" } });
    await db.subscription.create({ data: { personId: local.id, topicKey: "NEW_NEEDS" } });
    // The demo's made-up chat: no real channel would take a message to it.
    await subscriber("demo-17", ["NEW_NEEDS"]);
    const topics = ["NEW_NEEDS", "TECH_AREA:robotics"];
    const counted = await f.as("admin").alert.audience({ topics });
    const alert = await f.as("admin").alert.create({ titleEn: "t", titleZh: "t", bodyEn: "b", bodyZh: "b", topics });
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    expect(alert.audienceCount).toBe(counted);
    expect(await db.delivery.count({ where: { alertId: alert.id } })).toBe(counted);
    expect(counted).toBe(2); // needs-fan and robotics-fan; not the blocked, the terminal-only or the demo's
  });

  it("a large alert is queued in batches, each its own transaction, resumed from where it stopped: one delivery per recipient", async () => {
    for (let i = 0; i < 25; i++) await subscriber(`batch-fan-${i}`, ["BATCH_TEST"]);
    const alert = await broadcast({ topics: ["BATCH_TEST"] });
    const queued = () => db.delivery.count({ where: { alertId: alert.id } });
    // One batch per call: the process may stop between any two, and the next call goes on.
    const first = await push.fanOutPendingEvents(db, { now: f.clock.now, batchSize: 10, batches: 1 });
    expect(first).toMatchObject({ deliveries: 10, pending: true });
    expect(await queued()).toBe(10);
    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).fanOutDoneAt).toBeNull();
    // Two processes at once on the rest: the cursor lets each batch be queued once.
    await Promise.all([
      push.fanOutPendingEvents(db, { now: f.clock.now, batchSize: 5 }),
      push.fanOutPendingEvents(db, { now: f.clock.now, batchSize: 5 }),
    ]);
    expect(await queued()).toBe(25);
    const perRecipient = await db.delivery.groupBy({ by: ["identityId"], where: { alertId: alert.id }, _count: true });
    expect(perRecipient.every((r) => r._count === 1)).toBe(true);
    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).fanOutDoneAt).not.toBeNull();
    expect(await push.fanOutPendingEvents(db, { now: f.clock.now })).toMatchObject({ deliveries: 0, pending: false });
  });

  it("one large alert never holds up others: a critical alert goes first, a small one is queued in the first round", async () => {
    for (let i = 0; i < 30; i++) await subscriber(`crowd-${i}`, ["CROWD_TEST"]);
    const large = await broadcast({ topics: ["CROWD_TEST"] });
    const small = await broadcast({ topics: ["NEW_NEEDS"] });
    const urgent = await broadcast({ topics: ["FORUMS"] }, true);
    const queued = (a: { id: number }) => db.delivery.count({ where: { alertId: a.id } });
    // The only batch of this call goes to the critical alert, created last.
    await push.fanOutPendingEvents(db, { now: f.clock.now, batchSize: 10, batches: 1 });
    expect([await queued(large), await queued(small), await queued(urgent)]).toEqual([0, 0, 1]);
    // Then one batch each in turn: the small alert is complete while the large one goes on.
    await push.fanOutPendingEvents(db, { now: f.clock.now, batchSize: 10, batches: 2 });
    expect([await queued(large), await queued(small)]).toEqual([10, 1]);
    await push.fanOutPendingEvents(db, { now: f.clock.now, batchSize: 10 });
    expect(await queued(large)).toBe(30);
  });

  it("an alert that cannot be fanned out is logged and set aside; the others are queued, and the loop rests", async () => {
    const broken = await broadcast({ forumId: "not a number" });
    const fine = await broadcast({ topics: ["NEW_NEEDS"] });
    const logged: string[] = [];
    const log = vi.spyOn(process.stdout, "write").mockImplementation((line: string | Uint8Array) => {
      logged.push(String(line));
      return true;
    });
    const result = await push.fanOutPendingEvents(db, { now: f.clock.now });
    log.mockRestore();
    expect(logged.filter((line) => line.includes(`fan-out of alert ${broken.id}`))).toHaveLength(1);
    expect(await db.delivery.count({ where: { alertId: fine.id } })).toBe(1);
    expect(await db.delivery.count({ where: { alertId: broken.id } })).toBe(0);
    // Nothing else can be done in this call: the caller sleeps instead of spinning on it.
    expect(result.pending).toBe(false);
    await db.alert.update({ where: { id: broken.id }, data: { fanOutDoneAt: f.clock.now } });
  });

  it("a digest reader's due alerts are claimed together as one message", async () => {
    const reader = await subscriber("digest-reader", ["NEW_SOLUTIONS"], { digest: true, channel: "TEAMS" });
    const identity = await db.chatIdentity.findFirstOrThrow({ where: { personId: reader.id } });
    for (const title of ["first", "second", "third"]) {
      await f
        .as("admin")
        .alert.create({ titleEn: title, titleZh: title, bodyEn: "b", bodyZh: "b", topics: ["NEW_SOLUTIONS"] });
    }
    await push.fanOutPendingEvents(db, { now: f.clock.now });
    const nextDay = new Date(f.clock.now.getTime() + 2 * 86_400_000);
    const claimed = await push.claimDeliveries(db, {
      channel: "TEAMS",
      owner: "d",
      limit: 100,
      leaseMs: 60_000,
      now: nextDay,
    });
    const toReader = claimed.filter((m) => m.identity.id === identity.id);
    expect(toReader).toHaveLength(1);
    const message = toReader[0];
    expect(message?.alerts.map((a) => a.titleEn)).toEqual(["first", "second", "third"]);
    expect(message?.ids).toHaveLength(3);
    await push.recordOutcome(
      db,
      { ...message!, identityId: identity.id },
      message!.leaseOwner,
      { kind: "sent" },
      nextDay,
    );
    expect(await db.delivery.count({ where: { identityId: identity.id, status: "SENT" } })).toBe(3);
  });

  it("senders claim with leases: never the same delivery twice; a dead sender's lease lapses", async () => {
    await db.delivery.updateMany({ data: { nextAttemptAt: f.clock.now } });
    const options = { channel: "TELEGRAM" as const, limit: 100, leaseMs: 30_000, now: f.clock.now };
    const [a, b] = await Promise.all([
      push.claimDeliveries(db, { ...options, owner: "sender-a" }),
      push.claimDeliveries(db, { ...options, owner: "sender-b" }),
    ]);
    const ids = [...a, ...b].flatMap((d) => d.ids);
    expect(new Set(ids).size).toBe(ids.length);
    const telegramDue = await db.delivery.count({ where: { identity: { channel: "TELEGRAM" }, status: "SENDING" } });
    expect(ids.length).toBe(telegramDue);
    // sender-a dies: after its lease, sender-c takes its deliveries over.
    const later = new Date(f.clock.now.getTime() + 31_000);
    const c = await push.claimDeliveries(db, { ...options, owner: "sender-c", now: later });
    expect(c.flatMap((d) => d.ids).sort()).toEqual(ids.sort());
    // sender-a, back from the dead, cannot record over sender-c's claim.
    const first = a[0] ?? b[0]!;
    const stale = await push.recordOutcome(
      db,
      { id: first.id, attempts: first.attempts, identityId: first.identity.id },
      first.leaseOwner,
      { kind: "sent" },
    );
    expect(stale.count).toBe(0);
    // A claim still being sent is renewed: nobody takes it while its holder lives.
    const token = c[0]!.leaseOwner;
    const renewedAt = new Date(later.getTime() + 25_000);
    expect(await push.renewLease(db, token, 30_000, renewedAt)).toBe(c.flatMap((d) => d.ids).length);
    const afterFirstLease = new Date(later.getTime() + 35_000);
    expect(await push.claimDeliveries(db, { ...options, owner: "sender-d", now: afterFirstLease })).toEqual([]);
    // Once its holder stops renewing, it lapses as before.
    const afterRenewal = new Date(renewedAt.getTime() + 31_000);
    const d = await push.claimDeliveries(db, { ...options, owner: "sender-d", now: afterRenewal });
    const dIds = d.flatMap((x) => x.ids);
    expect(dIds.length).toBe(c.flatMap((x) => x.ids).length);
    // Sends are recorded many at once, by their holder only, once (here two of them; the rest are
    // left for the next test).
    const recordedIds = dIds.slice(0, 2);
    const before = await db.delivery.findMany({ where: { id: { in: recordedIds } }, orderBy: { id: "asc" } });
    expect(await push.recordSent(db, token, recordedIds, afterRenewal)).toBe(0);
    const sentAt = new Date(afterRenewal.getTime() + 1_000);
    expect(await push.recordSent(db, d[0]!.leaseOwner, recordedIds, sentAt)).toBe(2);
    expect(await push.recordSent(db, d[0]!.leaseOwner, recordedIds, sentAt)).toBe(0);
    const after = await db.delivery.findMany({ where: { id: { in: recordedIds } }, orderBy: { id: "asc" } });
    expect(after).toEqual(
      before.map((row) => ({
        ...row,
        status: "SENT",
        sentAt,
        attempts: row.attempts + 1,
        leaseOwner: null,
        leaseExpiresAt: null,
      })),
    );
  });

  it("senders asking at the same moment each get deliveries of their own (none finds its batch taken)", async () => {
    const now = new Date(f.clock.now.getTime() + DAY / 2);
    await db.delivery.updateMany({
      where: { status: { in: ["SENDING", "QUEUED"] } },
      data: { status: "QUEUED", leaseOwner: null, leaseExpiresAt: null, nextAttemptAt: now },
    });
    const options = { channel: "TELEGRAM" as const, limit: 1, leaseMs: 30_000, now };
    const claims = await Promise.all(
      ["a", "b", "c"].map((owner) => push.claimDeliveries(db, { ...options, owner: `sender-${owner}` })),
    );
    expect(claims.map((claim) => claim.length)).toEqual([1, 1, 1]);
    expect(new Set(claims.map((claim) => claim[0]!.id)).size).toBe(3);
  });

  it("outcomes: sent, rate-limited (retry after), transient (back off, then fail), blocked (stop)", async () => {
    const now = new Date(f.clock.now.getTime() + DAY);
    const claim = async () =>
      (await push.claimDeliveries(db, { channel: "TELEGRAM", owner: "o", limit: 1, leaseMs: 60_000, now }))[0]!;
    await db.delivery.updateMany({
      where: { status: { in: ["SENDING", "QUEUED"] } },
      data: { status: "QUEUED", leaseOwner: null, leaseExpiresAt: null, nextAttemptAt: now },
    });
    const ref = (d: push.ClaimedDelivery) => ({ id: d.id, attempts: d.attempts, identityId: d.identity.id });

    const sent = await claim();
    await push.recordOutcome(db, ref(sent), sent.leaseOwner, { kind: "sent" }, now);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });

    const limited = await claim();
    await push.recordOutcome(db, ref(limited), limited.leaseOwner, { kind: "rate-limited", retryAfterMs: 5_000 }, now);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: limited.id } })).toMatchObject({
      status: "QUEUED",
      attempts: 0,
      nextAttemptAt: new Date(now.getTime() + 5_000),
    });

    let flaky = await claim();
    const flakyId = flaky.id;
    for (let attempt = 1; attempt <= push.MAX_ATTEMPTS; attempt++) {
      await push.recordOutcome(db, ref(flaky), flaky.leaseOwner, { kind: "transient", error: "502 Bad Gateway" }, now);
      const row = await db.delivery.findUniqueOrThrow({ where: { id: flakyId } });
      if (attempt < push.MAX_ATTEMPTS) {
        expect(row).toMatchObject({ status: "QUEUED", attempts: attempt });
        expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(1_000 * 2 ** (attempt - 1));
        await db.delivery.update({
          where: { id: flakyId },
          data: { status: "SENDING", leaseOwner: flaky.leaseOwner, leaseExpiresAt: new Date(now.getTime() + 60_000) },
        });
        flaky = { ...flaky, attempts: attempt };
      } else {
        expect(row).toMatchObject({ status: "FAILED", attempts: push.MAX_ATTEMPTS, lastError: "502 Bad Gateway" });
      }
    }

    const blocked = await claim();
    await push.recordOutcome(
      db,
      ref(blocked),
      blocked.leaseOwner,
      { kind: "blocked", error: "403 Forbidden: bot was blocked by the user" },
      now,
    );
    expect(await db.delivery.findUniqueOrThrow({ where: { id: blocked.id } })).toMatchObject({ status: "BLOCKED" });
    expect((await db.chatIdentity.findUniqueOrThrow({ where: { id: blocked.identity.id } })).blocked).toBe(true);
    const again = await push.claimDeliveries(db, { channel: "TELEGRAM", owner: "o", limit: 100, leaseMs: 60_000, now });
    expect(again.every((d) => d.identity.id !== blocked.identity.id)).toBe(true);
  });
});
