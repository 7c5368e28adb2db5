import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createFixture, type Fixture, tableCounts } from "./fixture";

describeEachDatabase("subscriptions, alerts and the audit trail", (database) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(database().db);
  });

  it("subscribing twice keeps one subscription; unsubscribing removes it", async () => {
    const me = f.as("subscriber");
    await me.subscription.subscribe({ topic: "NEW_NEEDS" });
    await me.subscription.subscribe({ topic: "NEW_NEEDS" });
    await me.subscription.subscribe({ topic: "TECH_AREA:robotics" });
    expect((await me.subscription.mine()).map((s) => s.topicKey)).toEqual(["NEW_NEEDS", "TECH_AREA:robotics"]);
    expect(await me.subscription.unsubscribe({ topic: "NEW_NEEDS" })).toEqual({ removed: true });
    expect((await me.subscription.mine()).map((s) => s.topicKey)).toEqual(["TECH_AREA:robotics"]);
    await expect(me.subscription.subscribe({ topic: "TECH_AREA:quantum" })).rejects.toMatchObject({
      message: "Unknown technology area: quantum.",
    });
    await expect(me.subscription.subscribe({ topic: "EVERYTHING" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("the audience counts reachable subscribers; an alert records its event", async () => {
    const reachable = await f.db.person.create({ data: { displayName: "Reachable" } });
    await f.db.chatIdentity.create({ data: { personId: reachable.id, channel: "TELEGRAM", externalId: "r1" } });
    await f.db.subscription.create({ data: { personId: reachable.id, topicKey: "FORUMS" } });
    const blocked = await f.db.person.create({ data: { displayName: "Blocked" } });
    await f.db.chatIdentity.create({
      data: { personId: blocked.id, channel: "TELEGRAM", externalId: "b1", blocked: true },
    });
    await f.db.subscription.create({ data: { personId: blocked.id, topicKey: "FORUMS" } });

    expect(await f.as("admin").alert.audience({ topics: ["FORUMS"] })).toBe(1);
    const alert = await f.as("admin").alert.create({
      titleEn: "Forum moved",
      titleZh: "論壇改期",
      bodyEn: "The Q4 forum moves to 18 December.",
      bodyZh: "第四季論壇改於12月18日舉行。",
      topics: ["FORUMS"],
      critical: true,
    });
    expect(alert).toMatchObject({ audienceCount: 1, critical: true, status: "QUEUED" });
    const event = await f.db.domainEvent.findUniqueOrThrow({ where: { id: alert.eventId ?? -1 } });
    expect(event.type).toBe("alert.created");
    const fetched = await f.as("admin").alert.get({ id: alert.id });
    expect(fetched.deliveryCounts).toEqual({ QUEUED: 0, SENDING: 0, SENT: 0, FAILED: 0, BLOCKED: 0 });
    expect((await f.as("admin").alert.list({})).map((a) => a.id)).toContain(alert.id);
  });

  it("an alert without topics is refused and writes nothing", async () => {
    const before = await tableCounts(f.db);
    await expect(
      f
        .as("admin", { language: "zh-HK" })
        .alert.create({ titleEn: "x", titleZh: "x", bodyEn: "x", bodyZh: "x", topics: [], critical: false }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "輸入無效：主題：最少選擇 1 項" });
    expect(await tableCounts(f.db)).toEqual(before);
  });

  it("every change is in the audit log with who did it and from where", async () => {
    const org = await f
      .as("admin", { source: "web" })
      .organisation.create({ kind: "PARTNER", nameEn: "HKSTP", nameZh: "科技園" });
    const log = await f.as("admin").audit.log({ entity: "Organisation", entityId: String(org.id) });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorId: f.people.admin.id, source: "web", action: "create" });
    const events = await f.as("admin").audit.events({ type: "alert.created" });
    expect(events.length).toBeGreaterThan(0);
  });
});
