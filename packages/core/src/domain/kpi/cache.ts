import type { Db } from "@innolab/db";
import type { RangeQuery } from "./overview";
import { kpiOverview } from "./page";
import type { Granularity } from "./periods";

type Overview = Awaited<ReturnType<typeof kpiOverview>>;

const MAX_ENTRIES = 200;
const caches = new WeakMap<Db, Map<string, Promise<Overview>>>();

/**
 * A stamp that changes whenever a record the KPIs count changes: every write through the core
 * adds an audit entry in its own transaction, and bulk loads (seeds, imports) add rows. Each
 * part is the maximum of a primary key, so the whole stamp is a handful of index lookups.
 */
async function dataVersion(db: Db): Promise<string> {
  const tables = [
    "AuditLog",
    "ServiceNeed",
    "Solution",
    "Match",
    "Forum",
    "ForumRegistration",
    "Workshop",
    "Poc",
    "Adoption",
  ];
  const [row] = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT ${tables.map((table, i) => `(SELECT MAX("id") FROM "${table}") AS t${i}`).join(", ")}`,
  );
  return tables.map((_, i) => String(row?.[`t${i}`] ?? 0)).join(".");
}

/**
 * The KPI page's data, computed once per (query, data version, minute) in this process: the
 * numbers stay exactly what the records say, and a dashboard reloaded or shared by several
 * managers does not recount 100,000 rows each time. The minute is there because "forums held"
 * depends on the clock.
 */
export async function cachedKpiOverview(db: Db, query: RangeQuery & { granularity: Granularity }): Promise<Overview> {
  const now = query.now ?? new Date();
  const key = JSON.stringify([
    await dataVersion(db),
    Math.floor(now.getTime() / 60_000),
    query.from,
    query.to,
    query.granularity,
    query.techArea ?? null,
    query.organisationId ?? null,
  ]);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last: the oldest entry is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = kpiOverview(db, { ...query, now });
  cache.set(key, value);
  value.catch(() => cache.delete(key));
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}
