import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseKind, sqliteFilePath } from "./src/database-url";
import { dbEnv } from "./src/env";
import { createPostgresAdapter } from "./src/postgres-adapter";
import { ConcurrentSqliteAdapterFactory } from "./src/sqlite-adapter";

// The wasm schema engine leaves long timers pending, so the CLI idles for a minute before
// exiting. Unref them: they only exist to time out work that has already finished.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((handler: () => void, ms?: number) => {
  const timer = setTimeoutOriginal(handler, ms);
  if ((ms ?? 0) >= 5_000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

const url = dbEnv.DATABASE_URL;
const kind = databaseKind(url);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", kind),
  migrations: { path: path.join("prisma", kind, "migrations") },
  async adapter() {
    if (kind === "postgres") return createPostgresAdapter(url, { forMigrate: true }).adapter;
    const file = path.resolve(sqliteFilePath(url));
    // SQLite creates the file, not its folder (the default .data/ on a fresh clone).
    mkdirSync(path.dirname(file), { recursive: true });
    return new ConcurrentSqliteAdapterFactory(`file:${file}`, `file:${file}.shadow`);
  },
});
