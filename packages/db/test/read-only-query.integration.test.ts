import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, Prisma, queryReadOnly } from "../src";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../src/testing";

describeEachDatabase("read-only report queries", (database) => {
  it("see what was just committed, with dates and text parameters bound as the client binds them", async () => {
    const { db } = database();
    const area = await db.techArea.create({ data: { slug: "reader-test", nameEn: "Reader test", nameZh: "讀取測試" } });
    const rows = await queryReadOnly<{ slug: string; n: unknown; at: unknown }>(
      db,
      Prisma.sql`SELECT "slug" AS slug, COUNT(*) AS n, MIN("createdAt") AS at FROM "TechArea"
        WHERE "slug" = ${"reader-test"} AND "createdAt" < ${new Date(Date.now() + 60_000)} GROUP BY "slug"`,
    );
    expect(rows.map((row) => ({ slug: row.slug, n: Number(row.n) }))).toEqual([{ slug: area.slug, n: 1 }]);
    // The same instant the ORM wrote (SQLite hands back its milliseconds, PostgreSQL a Date).
    expect(new Date(rows[0]?.at as Date | number).toISOString()).toBe(area.createdAt.toISOString());
  });

  it("bind and read dates as the instants the ORM wrote, whatever the process's time zone", async () => {
    const { db } = database();
    const area = await db.techArea.create({ data: { slug: "zoned", nameEn: "Zoned", nameZh: "時區" } });
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Hong_Kong";
    try {
      const rows = await queryReadOnly<{ at: unknown }>(
        db,
        Prisma.sql`SELECT "createdAt" AS at FROM "TechArea" WHERE "createdAt" = ${area.createdAt}`,
      );
      expect(rows.map((row) => new Date(row.at as Date | number).toISOString())).toEqual([
        area.createdAt.toISOString(),
      ]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("refuse to write, and report a bad query's own message", async () => {
    const { db } = database();
    await db.techArea.create({ data: { slug: "kept", nameEn: "Kept", nameZh: "保留" } });
    await expect(
      queryReadOnly(db, Prisma.sql`UPDATE "TechArea" SET "nameEn" = 'changed' WHERE "slug" = 'kept' RETURNING "id"`),
    ).rejects.toThrow(/readonly|read-only|query_only/i);
    expect((await db.techArea.findUnique({ where: { slug: "kept" } }))?.nameEn).toBe("Kept");
    await expect(queryReadOnly(db, Prisma.sql`SELECT * FROM "NoSuchTable"`)).rejects.toThrow(/NoSuchTable/);
  });

  it("run side by side: a second query is answered while the first is still running", async () => {
    const { db } = database();
    const slow = Prisma.sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000)
      SELECT COUNT(*) AS c FROM n`;
    // Readers start on first use: start two before timing which answers first.
    await Promise.all([queryReadOnly(db, Prisma.sql`SELECT 1 AS one`), queryReadOnly(db, Prisma.sql`SELECT 1 AS one`)]);
    const order: string[] = [];
    await Promise.all([
      queryReadOnly(db, slow).then(() => order.push("slow")),
      queryReadOnly(db, Prisma.sql`SELECT 1 AS one`).then(() => order.push("quick")),
    ]);
    expect(order).toEqual(["quick", "slow"]);
  });
});

describe.skipIf(!inject("testDatabaseKinds").includes("postgres"))("read-only report queries [postgres schema]", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
  }, 60_000);
  afterAll(() => database.drop());

  it("follow the URL's schema, as the ORM does", async () => {
    const setup = new pg.Client({ connectionString: database.url });
    await setup.connect();
    await setup.query(
      `CREATE SCHEMA "report space"; CREATE TABLE "report space"."Note" ("id" int); INSERT INTO "report space"."Note" VALUES (1), (2)`,
    );
    await setup.end();
    const url = new URL(database.url);
    url.searchParams.set("schema", "report space");
    const db = createDb({ url: url.toString() });
    try {
      const [row] = await queryReadOnly<{ n: unknown }>(db, Prisma.sql`SELECT COUNT(*) AS n FROM "Note"`);
      expect(Number(row?.n)).toBe(2);
    } finally {
      await db.$disconnect();
    }
  });
});
