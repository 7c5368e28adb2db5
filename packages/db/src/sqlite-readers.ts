import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Prisma } from "./generated/sqlite/client";

/**
 * Read-only SQLite queries in worker threads, each with connections of its own. better-sqlite3
 * answers synchronously: on the server's thread a report's twenty-odd queries run one after
 * another and no other request is served meanwhile. In workers they run side by side (WAL lets
 * readers work beside the writer) and the server's thread stays free.
 */

/** How long a worker keeps a database open with nothing to do (test databases come and go). */
const IDLE_CLOSE_MS = 5_000;
const STATEMENT_CACHE_SIZE = 200;

// Plain JavaScript run as the worker's script, so it loads the same under tsx, vitest and a
// Next.js bundle. The driver is required from this package's directory, passed in as `from`.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(require("node:module").createRequire(workerData.from).resolve("better-sqlite3"));
const connections = new Map();
let idle;
function connectionTo(file) {
  let connection = connections.get(file);
  if (!connection) {
    const db = new Database(file, { fileMustExist: true, timeout: 10000 });
    db.pragma("query_only = ON");
    db.pragma("mmap_size = 268435456");
    connection = { db, statements: new Map() };
    connections.set(file, connection);
  }
  return connection;
}
parentPort.on("message", ({ id, file, sql, params }) => {
  clearTimeout(idle);
  try {
    const connection = connectionTo(file);
    let statement = connection.statements.get(sql);
    if (!statement) {
      if (connection.statements.size >= ${STATEMENT_CACHE_SIZE}) connection.statements.clear();
      statement = connection.db.prepare(sql);
      connection.statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
  idle = setTimeout(() => {
    for (const connection of connections.values()) connection.db.close();
    connections.clear();
  }, ${IDLE_CLOSE_MS});
});
`;

interface Call {
  resolve: (rows: unknown[]) => void;
  reject: (error: Error) => void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Call>;
}

/** Parameters as the SQLite adapter writes them: dates as Unix milliseconds, booleans as 0/1. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

class ReaderPool {
  private readers: Reader[] = [];
  private nextId = 1;

  constructor(private readonly size: number) {}

  query<T>(file: string, sql: Prisma.Sql): Promise<T[]> {
    const reader = this.leastBusy();
    const id = this.nextId++;
    return new Promise<T[]>((resolve, reject) => {
      reader.pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
      // A worker with calls in flight keeps the process alive; an idle one does not.
      reader.worker.ref();
      reader.worker.postMessage({ id, file, sql: sql.sql, params: sql.values.map(sqliteValue) });
    });
  }

  private leastBusy(): Reader {
    if (this.readers.length < this.size) {
      const idle = this.readers.find((reader) => reader.pending.size === 0);
      if (idle) return idle;
      return this.start();
    }
    return this.readers.reduce((best, reader) => (reader.pending.size < best.pending.size ? reader : best));
  }

  private start(): Reader {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { from: import.meta.url } });
    const reader: Reader = { worker, pending: new Map() };
    worker.unref();
    worker.on("message", (reply: { id: number; rows?: unknown[]; error?: string }) => {
      const call = reader.pending.get(reply.id);
      reader.pending.delete(reply.id);
      if (reader.pending.size === 0) worker.unref();
      if (reply.error === undefined) call?.resolve(reply.rows ?? []);
      else call?.reject(new Error(reply.error));
    });
    const fail = (error: Error) => {
      this.readers = this.readers.filter((other) => other !== reader);
      for (const call of reader.pending.values()) call.reject(error);
      reader.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`SQLite reader thread exited (${code})`)));
    this.readers.push(reader);
    return reader;
  }
}

// One pool per process, shared by every copy of this module (a bundler may load it twice).
const poolKey = Symbol.for("innolab.db.sqliteReaders");
const shared = globalThis as Record<symbol, ReaderPool | undefined>;

/** Runs a read-only query on a SQLite file in a reader thread. */
export function queryInReader<T>(file: string, sql: Prisma.Sql): Promise<T[]> {
  // Two at least: even on one core, a quick query should not wait behind a long one.
  shared[poolKey] ??= new ReaderPool(Math.max(2, Math.min(4, availableParallelism())));
  return shared[poolKey].query<T>(file, sql);
}
