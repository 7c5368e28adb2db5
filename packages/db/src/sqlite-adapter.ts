import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";

/** How long a writer waits for another process's lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * better-sqlite3 adapter tuned for several processes (bot, dashboard, CLI) writing one file:
 * WAL, a busy timeout, and transactions opened with BEGIN IMMEDIATE. A deferred BEGIN that
 * reads then writes gets SQLITE_BUSY at once instead of waiting for the lock.
 */
export class ConcurrentSqliteAdapterFactory extends PrismaBetterSQLite3 {
  /** The connection's statements, run directly (see `quickQuery`), once the ORM has connected. */
  direct?: DirectStatements;

  constructor(url: string, shadowDatabaseUrl?: string) {
    super(
      { url, timeout: SQLITE_BUSY_TIMEOUT_MS },
      { timestampFormat: "unixepoch-ms", ...(shadowDatabaseUrl ? { shadowDatabaseUrl } : {}) },
    );
  }

  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    client.pragma("journal_mode = WAL");
    client.pragma("synchronous = NORMAL");
    client.pragma("foreign_keys = ON");
    client.pragma("mmap_size = 268435456");
    client.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const statementFor = statementCache(client);
    client.prepare = ((sql: string) =>
      new ReusableStatement(statementFor(sql))) as unknown as BetterSqlite3.Database["prepare"];
    this.direct = directStatements(statementFor);
    return adapter;
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Prepared statements remembered by their SQL: the adapter prepares every query afresh
 * (compiling it each time), and Prisma sends the same few hundred texts over and over. The
 * adapter binds its arguments to the statement it gets, which would make a shared statement
 * unusable for the next call, so it gets a light wrapper that passes the arguments on each run
 * instead. Also turns Prisma's BEGIN into BEGIN IMMEDIATE.
 */
function statementCache(client: BetterSqlite3.Database) {
  const prepare = client.prepare.bind(client);
  const statements = new Map<string, BetterSqlite3.Statement>();
  return (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
    }
    return statement;
  };
}

/** SQL with `?` placeholders run on the ORM's own connection, arguments as the adapter would bind them. */
export interface DirectStatements {
  all(sql: string, values: readonly unknown[]): Record<string, unknown>[];
  run(sql: string, values: readonly unknown[]): number;
}

function directStatements(statementFor: (sql: string) => BetterSqlite3.Statement): DirectStatements {
  // As the adapter stores them: dates as epoch milliseconds, booleans as 0/1.
  const bind = (values: readonly unknown[]) =>
    values.map((value) =>
      value instanceof Date ? value.getTime() : typeof value === "boolean" ? Number(value) : value,
    );
  // The connection reads integers as BigInt (safe for 64 bits); every id here fits a number.
  const row = (raw: Record<string, unknown>) => {
    for (const [column, value] of Object.entries(raw)) if (typeof value === "bigint") raw[column] = Number(value);
    return raw;
  };
  return {
    all: (sql, values) => (statementFor(sql).raw(false).all(bind(values)) as Record<string, unknown>[]).map(row),
    run: (sql, values) => statementFor(sql).run(bind(values)).changes,
  };
}

/** The part of a statement the adapter uses, with arguments held per call rather than bound. */
class ReusableStatement {
  private args: unknown[] = [];
  private rawRows = false;

  constructor(private readonly statement: BetterSqlite3.Statement) {}

  get reader() {
    return this.statement.reader;
  }
  bind(args: unknown[]) {
    this.args = args;
    return this;
  }
  raw(toggle = true) {
    this.rawRows = toggle;
    return this;
  }
  columns() {
    return this.statement.columns();
  }
  run() {
    return this.statement.run(this.args);
  }
  all() {
    return this.statement.raw(this.rawRows).all(this.args);
  }
}
