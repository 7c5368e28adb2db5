import "server-only";
import { createDb, type Db } from "@innolab/db";

// One client per server process (Next's dev server reloads modules; keep it on globalThis).
const holder = globalThis as unknown as { innolabDb?: Db };

export function db(): Db {
  holder.innolabDb ??= createDb();
  return holder.innolabDb;
}
