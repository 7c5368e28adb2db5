import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createDb, migrateDeploy } from "../src";
import { testEnv } from "../src/testing";

const modelsFile = path.join(path.dirname(new URL(import.meta.url).pathname), "../prisma/models.prisma");

describe("prisma migrate deploy (the CLI's migrate command)", () => {
  it("creates the folder and every table of a new SQLite file, and a second run changes nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "innolab-migrate-"));
    const url = `file:${path.join(dir, "not-yet", "fresh.db")}`;
    try {
      await migrateDeploy(url, { quiet: true });
      await migrateDeploy(url, { quiet: true });
      const db = createDb({ url });
      const org = await db.organisation.create({ data: { kind: "LAB", nameEn: "Lab", nameZh: "實驗室" } });
      expect(org.id).toBe(1);
      const journal = await db.$queryRaw<Array<{ journal_mode: string }>>`PRAGMA journal_mode`;
      expect(journal[0]?.journal_mode).toBe("wal");
      await db.$disconnect();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(!inject("testDatabaseKinds").includes("postgres"))(
    "creates every table in a new PostgreSQL database",
    async () => {
      const name = `innolab_migrate_${process.pid}`;
      const admin = new pg.Client({ connectionString: testEnv.TEST_POSTGRES_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(testEnv.TEST_POSTGRES_URL);
      url.pathname = `/${name}`;
      try {
        await migrateDeploy(url.toString(), { quiet: true });
        await migrateDeploy(url.toString(), { quiet: true });
        const db = createDb({ url: url.toString() });
        expect(await db.serviceNeed.count()).toBe(0);
        const tables = await db.$queryRaw<
          Array<{ table_name: string }>
        >`SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public'`;
        // Every model of the schema, and Prisma's own migrations table.
        const models = [...readFileSync(modelsFile, "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
        expect(tables.map((t) => t.table_name).sort()).toEqual([...models, "_prisma_migrations"].sort());
        await db.$disconnect();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
    60_000,
  );
});
