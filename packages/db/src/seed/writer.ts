import type { Db } from "../client";
import { dialectOf } from "../client";

export type Progress = (step: string, done: number, total: number) => void;

/** Inserts rows in chunks with createMany, reporting progress after each chunk. */
export async function insertAll<Row>(
  step: string,
  rows: Row[],
  insert: (chunk: Row[]) => Promise<unknown>,
  progress?: Progress,
  chunkSize = 2000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await insert(rows.slice(i, i + chunkSize));
    progress?.(step, Math.min(i + chunkSize, rows.length), rows.length);
  }
  if (rows.length === 0) progress?.(step, 0, 0);
}

const TABLES_WITH_SERIAL_ID = [
  "Organisation",
  "Person",
  "ChatIdentity",
  "Invitation",
  "TechArea",
  "ServiceNeed",
  "Solution",
  "Review",
  "Match",
  "Workshop",
  "Forum",
  "ForumRegistration",
  "Poc",
  "Adoption",
  "Subscription",
  "Alert",
  "Delivery",
  "DomainEvent",
  "AuditLog",
  "Resource",
  "Booking",
  "ShowroomItem",
];

/**
 * Seeds write explicit ids. SQLite's AUTOINCREMENT follows them by itself; PostgreSQL's
 * sequences must be moved past them, or the next insert collides.
 */
export async function syncIdSequences(db: Db): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  for (const table of TABLES_WITH_SERIAL_ID) {
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "${table}"`,
    );
  }
}

/** Sets the reference-code counters to the highest code used per prefix and year. */
export async function syncRefCounters(db: Db): Promise<void> {
  const codes = [
    ...(await db.serviceNeed.findMany({ select: { refCode: true } })),
    ...(await db.solution.findMany({ select: { refCode: true } })),
    ...(await db.poc.findMany({ select: { refCode: true } })),
  ];
  const highest = new Map<string, number>();
  for (const { refCode } of codes) {
    const match = /^(\w+-\d{4})-(\d+)$/.exec(refCode);
    if (!match?.[1] || !match[2]) continue;
    highest.set(match[1], Math.max(highest.get(match[1]) ?? 0, Number(match[2])));
  }
  for (const [key, value] of highest) {
    await db.counter.upsert({ where: { key }, create: { key, value }, update: { value } });
  }
}

export async function assertEmpty(db: Db): Promise<void> {
  const organisations = await db.organisation.count();
  if (organisations > 0) {
    throw new Error(
      "The database already has data; seed only an empty database (delete the SQLite file or use a new one).",
    );
  }
}
