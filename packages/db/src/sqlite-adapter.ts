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
    client.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
    return adapter;
  }
}
