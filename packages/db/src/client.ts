import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { type DatabaseKind, databaseKind, sqliteFilePath } from "./database-url";
import { dbEnv } from "./env";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { type Prisma, PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { cacheReadPlans } from "./plan-cache";
import { createPostgresAdapter, schemaOf } from "./postgres-adapter";
import { createReaderPool, queryInReaderPool } from "./postgres-readers";
import { ConcurrentSqliteAdapterFactory, type DirectStatements } from "./sqlite-adapter";
import { queryInReader } from "./sqlite-readers";

/**
 * Columns no query returns unless it selects them by name: a password hash must never reach an
 * answer, a log or a cache by way of a `person` row.
 */
const omit = { person: { passwordHash: true } } as const;

/**
 * The database client. Both generated clients come from the same models, so they share one
 * API; the SQLite one's types stand for both.
 */
export type Db = SqliteClient<never, typeof omit>;
/** A client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * What `createDb` knows of each client it made: which database, and where its report queries
 * go (SQLite's file; PostgreSQL's URL and, once a report ran, its reader pool).
 */
type ClientInfo =
  | {
      kind: "postgres";
      url: string;
      poolSize: number;
      /** The ORM's pool, where raw SQL runs as written; none for a `?schema=` URL (the ORM names its tables). */
      rawSqlPool?: pg.Pool;
      readers?: pg.Pool;
    }
  | { kind: "sqlite"; file: string; adapter: ConcurrentSqliteAdapterFactory };

// A registry shared by every copy of this module (a bundler may load it twice in one process).
const registryKey = Symbol.for("innolab.db.clients");
const shared = globalThis as Record<symbol, WeakMap<Db, ClientInfo> | undefined>;
shared[registryKey] ??= new WeakMap();
const clients = shared[registryKey];

function infoOf(db: Db): ClientInfo {
  const info = clients.get(db);
  if (!info) throw new Error("this client was not made by createDb");
  return info;
}

/** Interactive transactions wait up to 10 s for a lock held by another process. */
const transactionOptions = { maxWait: 10_000, timeout: 10_000 } as const;

export interface CreateDbOptions {
  url?: string;
  /** PostgreSQL pool size (default 10), for the ORM and again for report queries. */
  poolSize?: number;
}

/** Creates a client for `DATABASE_URL` (or `url`): PostgreSQL for postgresql://, else a SQLite file. */
export function createDb(options: CreateDbOptions = {}): Db {
  cacheReadPlans();
  const url = options.url ?? dbEnv.DATABASE_URL;
  if (databaseKind(url) === "postgres") {
    const poolSize = options.poolSize ?? 10;
    const { adapter, pool } = createPostgresAdapter(url, { poolSize });
    const db = new PostgresClient({ adapter, transactionOptions, omit }) as unknown as Db;
    clients.set(db, { kind: "postgres", url, poolSize, ...(schemaOf(url) ? {} : { rawSqlPool: pool }) });
    return db;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const adapter = new ConcurrentSqliteAdapterFactory(`file:${file}`);
  const db = new SqliteClient({ adapter, transactionOptions, omit });
  clients.set(db, { kind: "sqlite", file: path.resolve(file), adapter });
  return db;
}

/** Which database a client made by `createDb` talks to (raw SQL differs between them). */
export function dialectOf(db: Db): DatabaseKind {
  return infoOf(db).kind;
}

/**
 * A read-only raw query for reports (the KPI page): on SQLite in a reader thread, so that a
 * report's queries run side by side and leave the server's thread free; on PostgreSQL on a
 * read-only pool of reader connections, opened on first use, that close when idle. Rows come
 * back as the driver gives them: read numbers with Number().
 */
export function queryReadOnly<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const info = infoOf(db);
  if (info.kind === "sqlite") return queryInReader<T>(info.file, sql);
  info.readers ??= createReaderPool(info.url, info.poolSize);
  return queryInReaderPool<T>(info.readers, sql);
}

/**
 * Raw SQL for the statements run for every chat message (who is writing, the chat's lock and
 * state, the update's mark) and every sender's poll. On SQLite it runs straight on the ORM's own
 * connection: the same connection and transaction semantics as `$queryRaw`, without the ORM
 * planning each statement (Prisma 6's query compiler: ~0.1–0.2 ms per statement on SQLite and
 * several ms on PostgreSQL, measured; the run itself takes tens of µs). On PostgreSQL it runs on
 * the ORM's own pool, as the ORM runs a statement outside a transaction (URLs with `?schema=`,
 * whose tables the ORM names for them, go through the ORM). Before the ORM's first SQLite
 * connection it is `$queryRaw`. Rows as the driver gives them: read numbers with Number(), times
 * with `new Date(…)` (SQLite keeps them as ms since the epoch), JSON with `jsonColumn`.
 */
export function quickQuery<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const pool = poolOf(db);
  if (pool) return pool.query({ text: sql.text, values: valuesOf(sql), types: ormTypes }).then((result) => result.rows);
  return quickly(
    db,
    (direct) => direct.all(sql.sql, sql.values) as T[],
    () => db.$queryRaw<T[]>(sql),
  );
}

/** `$executeRaw` as `quickQuery` runs it: the number of rows changed. */
export function quickExecute(db: Db, sql: Prisma.Sql): Promise<number> {
  const pool = poolOf(db);
  if (pool) return pool.query(sql.text, valuesOf(sql)).then((result) => result.rowCount ?? 0);
  return quickly(
    db,
    (direct) => direct.run(sql.sql, sql.values),
    () => db.$executeRaw(sql),
  );
}

/** The ORM's PostgreSQL pool, when raw SQL may run on it as written (decided once, in `createDb`). */
function poolOf(db: Db): pg.Pool | undefined {
  const info = infoOf(db);
  return info.kind === "postgres" ? info.rawSqlPool : undefined;
}

/** Times as the ORM sends them: UTC (the driver would write a Date in the process's time zone). */
const valuesOf = (sql: Prisma.Sql) => sql.values.map((value) => (value instanceof Date ? value.toISOString() : value));

const TIMESTAMP = 1114;
const INT8 = 20;
/** Read as the ORM reads them: a timestamp column holds UTC (the driver's default reads local time); a bigint is a BigInt. */
const ormTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    if (oid === INT8) return (text: string) => BigInt(text);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** Runs on the SQLite connection's own statements once the ORM has connected, else through the ORM. */
function quickly<T>(db: Db, direct: (statements: DirectStatements) => T, viaOrm: () => Promise<T>): Promise<T> {
  const info = infoOf(db);
  const statements = info.kind === "sqlite" ? info.adapter.direct : undefined;
  if (!statements) return viaOrm();
  try {
    return Promise.resolve(direct(statements));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** A JSON column read by raw SQL: SQLite hands it back as text, PostgreSQL as a value. */
export function jsonColumn(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}
