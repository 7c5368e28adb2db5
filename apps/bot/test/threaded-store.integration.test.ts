import { describeEachDatabase } from "@innolab/db/testing";
import { expect, it } from "vitest";
import { threadedStore } from "../src/push/threaded-store";

describeEachDatabase("push: the delivery store in a worker thread", (database) => {
  it("claims, settles and reports failures like the database itself, then closes", async () => {
    const db = database().db;
    const person = await db.person.create({ data: { displayName: "Reader", language: "zh-HK" } });
    const identity = await db.chatIdentity.create({
      data: { personId: person.id, channel: "TELEGRAM", externalId: "501", chatId: "501", language: "zh-HK" },
    });
    // Two alerts for one reader: one delivery each (never two of one alert to one reader).
    for (const title of ["你好", "再見"]) {
      const alert = await db.alert.create({
        data: { kind: "BROADCAST", titleEn: "Hi", titleZh: title, bodyEn: "b", bodyZh: "乙", audience: { topics: [] } },
      });
      await db.delivery.create({ data: { alertId: alert.id, identityId: identity.id } });
    }
    const [first, second] = await db.delivery.findMany({ orderBy: { id: "asc" } });
    const store = threadedStore(database().url);
    try {
      const claimed = await store.claim({ channel: "TELEGRAM", owner: "test", limit: 10, leaseMs: 60_000 });
      expect(claimed.map((d) => d.id)).toEqual([first!.id, second!.id]);
      expect(claimed[0]!.identity).toMatchObject({ chatId: "501", language: "zh-HK" });
      expect(claimed[0]!.alerts[0]).toMatchObject({ titleZh: "你好" });
      // Nothing is left to claim while the lease holds.
      expect(await store.claim({ channel: "TELEGRAM", owner: "other", limit: 10, leaseMs: 60_000 })).toEqual([]);

      await store.recordSent(claimed[0]!.leaseOwner, [first!.id]);
      await store.recordOutcome({ id: second!.id, attempts: 0, identityId: identity.id }, claimed[1]!.leaseOwner, {
        kind: "blocked",
        error: "Forbidden: bot was blocked by the user",
      });
      const rows = await db.delivery.findMany({ orderBy: { id: "asc" }, select: { status: true } });
      expect(rows.map((row) => row.status)).toEqual(["SENT", "BLOCKED"]);

      // A database error comes back as a rejected call, and the store keeps working.
      await expect(
        store.recordOutcome({ id: second!.id, attempts: 0, identityId: 999_999 }, "x", { kind: "blocked", error: "" }),
      ).rejects.toThrow(/not found|No record/i);
      expect(await store.claim({ channel: "TELEGRAM", owner: "x", limit: 1, leaseMs: 1_000 })).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
