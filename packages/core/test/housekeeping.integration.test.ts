import { createDb, seed } from "@innolab/db";
import { createTestDatabase, describeEachDatabase } from "@innolab/db/testing";
import { expect, it } from "vitest";
import { createCaller, createContext, prune, pruneOncePerPeriod } from "../src";
import { createFixture } from "./fixture";

const DAY = 86_400_000;

describeEachDatabase("housekeeping: what nobody reads again goes, the rest stays", (database) => {
  it("removes old handled-update marks, expired web sessions, stale chat state and locks, old finished deliveries and alert-less events", async () => {
    const f = await createFixture(database().db);
    const db = f.db;
    const now = new Date("2026-11-30T00:00:00Z");
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    await db.processedUpdate.createMany({
      data: [
        { key: "telegram:1", createdAt: ago(8) },
        { key: "telegram:2", createdAt: ago(1) },
      ],
    });
    const person = f.people.subscriber;
    await db.webSession.createMany({
      data: [
        { tokenHash: "expired", personId: person.id, expiresAt: ago(1) },
        { tokenHash: "live", personId: person.id, expiresAt: new Date(now.getTime() + DAY) },
      ],
    });
    await db.chatSession.create({ data: { key: "TELEGRAM:1:1", data: {} } });
    await db.$executeRaw`UPDATE "ChatSession" SET "updatedAt" = ${ago(31)} WHERE "key" = 'TELEGRAM:1:1'`;
    await db.chatSession.create({ data: { key: "TELEGRAM:2:2", data: {} } });
    await db.chatLock.createMany({
      data: [
        { key: "dead", owner: "crashed", until: BigInt(ago(1).getTime()) },
        { key: "held", owner: "busy", until: BigInt(now.getTime() + 30_000) },
      ],
    });
    const identity = await db.chatIdentity.create({
      data: { personId: person.id, channel: "TELEGRAM", externalId: "hk-1", chatId: "hk-1" },
    });
    const alertOf = async (eventId: number | null) =>
      db.alert.create({
        data: { kind: "BROADCAST", titleEn: "t", titleZh: "t", bodyEn: "b", bodyZh: "b", audience: {}, eventId },
      });
    const event = (processedAt: Date | null) =>
      db.domainEvent.create({ data: { type: "need.published", payload: {}, source: "test", processedAt } });
    const [oldQuiet, oldAlerted, recent, pending] = [
      await event(ago(91)),
      await event(ago(91)),
      await event(ago(2)),
      await event(null),
    ];
    const alert = await alertOf(oldAlerted.id);
    await db.delivery.createMany({
      data: [
        { alertId: alert.id, identityId: identity.id, status: "SENT", createdAt: ago(91) },
        { alertId: (await alertOf(null)).id, identityId: identity.id, status: "QUEUED", createdAt: ago(91) },
        { alertId: (await alertOf(null)).id, identityId: identity.id, status: "SENT", createdAt: ago(5) },
      ],
    });

    const removed = await prune(db, now);
    expect(removed).toEqual({
      processedUpdates: 1,
      webSessions: 1,
      chatSessions: 1,
      chatLocks: 1,
      deliveries: 1,
      events: 1,
    });
    expect((await db.processedUpdate.findMany()).map((r) => r.key)).toEqual(["telegram:2"]);
    expect(await db.webSession.findUnique({ where: { tokenHash: "live" } })).not.toBeNull();
    expect(await db.chatSession.findUnique({ where: { key: "TELEGRAM:2:2" } })).not.toBeNull();
    expect((await db.chatLock.findMany()).map((r) => r.key)).toEqual(["held"]);
    // A queued delivery stays however old: it is still to be sent.
    expect((await db.delivery.findMany({ orderBy: { id: "asc" } })).map((d) => d.status)).toEqual(["QUEUED", "SENT"]);
    const events = (await db.domainEvent.findMany({ select: { id: true } })).map((e) => e.id);
    expect(events).not.toContain(oldQuiet.id);
    expect(events).toEqual(expect.arrayContaining([oldAlerted.id, recent.id, pending.id]));
    // Run again: nothing more to remove.
    expect(Object.values(await prune(db, now)).every((n) => n === 0)).toBe(true);
  });

  it("one process per period runs it, however many ask at once; the KPIs are the same after it as before", async () => {
    // Its own demo database: months of forums, needs, PoCs and alerts, with old deliveries.
    const demo = await createTestDatabase(database().kind);
    const today = new Date("2026-11-30T04:00:00Z");
    try {
      await seed.seedDemo(demo.db, { today });
      const manager = await demo.db.person.findFirstOrThrow({ where: { role: "MANAGER" } });
      const api = createCaller(
        createContext({
          db: demo.db,
          source: "web",
          actor: { personId: manager.id, role: manager.role, organisationId: manager.organisationId },
          now: () => today,
        }),
      );
      const overview = () => api.kpi.overview({ from: new Date("2019-04-01T00:00:00+08:00"), to: today });
      const before = await overview();
      // Three processes (each its own connections) ask at the same moment: one runs it.
      const processes = [demo.db, createDb({ url: demo.url }), createDb({ url: demo.url })];
      const later = new Date(today.getTime() + 200 * DAY);
      const first = await Promise.all(processes.map((db) => pruneOncePerPeriod(db, later)));
      expect(first.filter((result) => result !== null)).toHaveLength(1);
      // Later in the same six hours: nobody; in the next period: one again.
      expect(await pruneOncePerPeriod(processes[1]!, new Date(later.getTime() + 3_600_000))).toBeNull();
      const next = await Promise.all(
        processes.map((db) => pruneOncePerPeriod(db, new Date(later.getTime() + 6 * 3_600_000))),
      );
      expect(next.filter((result) => result !== null)).toHaveLength(1);
      expect(await overview()).toEqual(before);
      await Promise.all(processes.slice(1).map((db) => db.$disconnect()));
    } finally {
      await demo.drop();
    }
  }, 120_000);
});
