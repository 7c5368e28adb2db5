import { mkdirSync } from "node:fs";
import path from "node:path";
import { type DatabaseKind, databaseKind, sqliteFilePath } from "./database-url";
import { dbEnv } from "./env";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { createPostgresAdapter } from "./postgres-adapter";
import { ConcurrentSqliteAdapterFactory } from "./sqlite-adapter";

/**
 * The database client. Both generated clients come from the same models, so they share one
 * API; the SQLite one's types stand for both.
 */
export type Db = SqliteClient;
/** A client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// A registry shared by every copy of this module (a bundler may load it twice in one process).
const registryKey = Symbol.for("innolab.db.dialects");
const shared = globalThis as Record<symbol, WeakMap<Db, DatabaseKind> | undefined>;
shared[registryKey] ??= new WeakMap();
const dialects = shared[registryKey];

/** Interactive transactions wait up to 10 s for a lock held by another process. */
const transactionOptions = { maxWait: 10_000, timeout: 10_000 } as const;

export interface CreateDbOptions {
  url?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

/** Creates a client for `DATABASE_URL` (or `url`): PostgreSQL for postgresql://, else a SQLite file. */
export function createDb(options: CreateDbOptions = {}): Db {
  const url = options.url ?? dbEnv.DATABASE_URL;
  if (databaseKind(url) === "postgres") {
    const adapter = createPostgresAdapter(url, { poolSize: options.poolSize });
    const db = new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
    dialects.set(db, "postgres");
    return db;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new SqliteClient({ adapter: new ConcurrentSqliteAdapterFactory(`file:${file}`), transactionOptions });
  dialects.set(db, "sqlite");
  return db;
}

/** Which database a client made by `createDb` talks to (raw SQL differs between them). */
export function dialectOf(db: Db): DatabaseKind {
  const dialect = dialects.get(db);
  if (!dialect) throw new Error("dialectOf: this client was not made by createDb");
  return dialect;
}

/** A JSON column read by raw SQL: SQLite hands it back as text, PostgreSQL as a value. */
export function jsonColumn(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}
