import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb, type Db } from "../client";
import type { DatabaseKind } from "../database-url";
import { testEnv } from "./env";

const prismaDir = fileURLToPath(new URL("../../prisma/", import.meta.url));

/** The migrations' SQL, in order: the same files `prisma migrate deploy` applies. */
export function migrationScripts(kind: DatabaseKind): string[] {
  const dir = path.join(prismaDir, kind, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  db: Db;
  /** Disconnects and deletes the database. */
  drop(): Promise<void>;
}

let sqliteTemplate: string | undefined;

function migratedSqliteTemplate(): string {
  if (sqliteTemplate) return sqliteTemplate;
  const file = path.join(mkdtempSync(path.join(tmpdir(), "innolab-tpl-")), "template.db");
  const raw = new Database(file);
  for (const script of migrationScripts("sqlite")) raw.exec(script);
  raw.close();
  sqliteTemplate = file;
  return file;
}

/** A new, migrated, empty SQLite file. */
export async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "innolab-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(migratedSqliteTemplate(), file);
  const url = `file:${file}`;
  const db = createDb({ url });
  return {
    kind: "sqlite",
    url,
    db,
    async drop() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A new, migrated, empty PostgreSQL database on the server of TEST_POSTGRES_URL. */
export async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const name = `innolab_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testEnv.TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(testEnv.TEST_POSTGRES_URL, name);
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  for (const script of migrationScripts("postgres")) await setup.query(script);
  await setup.end();
  const db = createDb({ url });
  return {
    kind: "postgres",
    url,
    db,
    async drop() {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: testEnv.TEST_POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === "postgres" ? createPostgresTestDatabase() : createSqliteTestDatabase();
}

/** Whether the PostgreSQL server of TEST_POSTGRES_URL answers. */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testEnv.TEST_POSTGRES_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
