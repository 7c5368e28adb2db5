import { setTimeout as sleep } from "node:timers/promises";
import { expect, it } from "vitest";
import { createDb, Prisma, quickExecute, quickQuery } from "../src";
import { describeEachDatabase } from "../src/testing";

describeEachDatabase("reads whose plans are remembered, and quick SQL", (database) => {
  it("a remembered read still sees every write made since, and its own values", async () => {
    const { db } = database();
    const named = (nameEn: string) => db.organisation.findMany({ where: { nameEn }, select: { nameEn: true } });
    expect(await named("Plan cache A")).toEqual([]);
    await db.organisation.create({ data: { kind: "LAB", nameEn: "Plan cache A", nameZh: "甲" } });
    // The identical request again: its plan is reused, its rows are read afresh.
    expect(await named("Plan cache A")).toEqual([{ nameEn: "Plan cache A" }]);
    expect(await named("Plan cache B")).toEqual([]);
    const count = () => db.organisation.count({ where: { nameZh: "甲" } });
    expect(await count()).toBe(1);
    await db.organisation.create({ data: { kind: "LAB", nameEn: "Plan cache A2", nameZh: "甲" } });
    expect(await count()).toBe(2);
  });

  it("identical writes are planned each time: each gets its own id and time", async () => {
    const { db } = database();
    const first = await db.techArea.create({ data: { slug: "plan-1", nameEn: "P", nameZh: "P" } });
    await sleep(5);
    const second = await db.techArea.create({ data: { slug: "plan-2", nameEn: "P", nameZh: "P" } });
    expect(second.id).not.toBe(first.id);
    expect(second.createdAt.getTime()).toBeGreaterThan(first.createdAt.getTime());
  });

  it("quickQuery and quickExecute read and write what the ORM does, before and after its first query", async () => {
    const { db } = database();
    // A new client has not connected yet: its first statement goes through the ORM.
    const fresh = createDb({ url: database().url });
    const inserted = await quickExecute(
      fresh,
      Prisma.sql`INSERT INTO "ProcessedUpdate" ("key", "createdAt") VALUES (${"quick-1"}, ${new Date(1_700_000_000_000)})`,
    );
    expect(inserted).toBe(1);
    const row = await db.processedUpdate.findUnique({ where: { key: "quick-1" } });
    expect(row?.createdAt.toISOString()).toBe(new Date(1_700_000_000_000).toISOString());
    const again = await quickExecute(
      db,
      Prisma.sql`INSERT INTO "ProcessedUpdate" ("key", "createdAt") VALUES (${"quick-1"}, ${new Date()}) ON CONFLICT ("key") DO NOTHING`,
    );
    expect(again).toBe(0);
    const area = await db.techArea.create({ data: { slug: "quick", nameEn: "Quick", nameZh: "快" } });
    const rows = await quickQuery<{ id: number | bigint; slug: string }>(
      db,
      Prisma.sql`SELECT "id", "slug" FROM "TechArea" WHERE "slug" = ${"quick"}`,
    );
    expect(rows.map((r) => ({ id: Number(r.id), slug: r.slug }))).toEqual([{ id: area.id, slug: "quick" }]);
    await expect(quickQuery(db, Prisma.sql`SELECT "nope" FROM "TechArea"`)).rejects.toThrow();
    // And once connected, straight on its connection.
    expect(await quickExecute(fresh, Prisma.sql`DELETE FROM "ProcessedUpdate" WHERE "key" = ${"quick-1"}`)).toBe(1);
    await fresh.$disconnect();
  });

  it("quickExecute writes and quickQuery reads a time as the instant the ORM does, whatever the process's time zone", async () => {
    const { db } = database();
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Hong_Kong";
    try {
      const at = new Date("2026-12-01T05:06:07.089Z");
      await quickExecute(
        db,
        Prisma.sql`INSERT INTO "ProcessedUpdate" ("key", "createdAt") VALUES (${"quick-tz"}, ${at})`,
      );
      const row = await db.processedUpdate.findUnique({ where: { key: "quick-tz" } });
      expect(row?.createdAt.toISOString()).toBe(at.toISOString());
      // And quickQuery reads it back as that instant (SQLite keeps ms since the epoch).
      const [read] = await quickQuery<{ createdAt: Date | number; big: bigint | number }>(
        db,
        Prisma.sql`SELECT "createdAt", COUNT(*) AS "big" FROM "ProcessedUpdate" WHERE "key" = ${"quick-tz"} GROUP BY "createdAt"`,
      );
      expect(new Date(read!.createdAt).toISOString()).toBe(at.toISOString());
      expect(Number(read!.big)).toBe(1);
      const later = new Date(at.getTime() + 1);
      const older = Prisma.sql`DELETE FROM "ProcessedUpdate" WHERE "key" = ${"quick-tz"} AND "createdAt" < ${later}`;
      expect(await quickExecute(db, older)).toBe(1);
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });
});
