import { type Db, dialectOf, type Tx } from "@innolab/db";

export interface DeliveryRow {
  identityId: number;
  nextAttemptAt: Date;
  digest: boolean;
}

/**
 * Writes one batch of an alert's deliveries in `tx`. On PostgreSQL one INSERT over arrays (unnest):
 * the ORM's createMany took 240 ms for 2,000 rows there, this 30 ms. SQLite's createMany is
 * already a local, in-process write.
 */
export async function insertDeliveries(db: Db, tx: Tx, alertId: number, rows: DeliveryRow[], now: Date) {
  if (rows.length === 0) return;
  if (dialectOf(db) === "sqlite") {
    await tx.delivery.createMany({ data: rows.map((row) => ({ alertId, ...row, createdAt: now })) });
    return;
  }
  // Timestamps travel as ISO text and are stored as the UTC wall time, as the ORM stores them.
  await tx.$executeRaw`
    INSERT INTO "Delivery" ("alertId", "identityId", "nextAttemptAt", "digest", "createdAt")
    SELECT ${alertId}, identity, due::timestamp(3), digest, ${now.toISOString()}::timestamp(3)
    FROM unnest(
      ${rows.map((row) => row.identityId)}::int[],
      ${rows.map((row) => row.nextAttemptAt.toISOString())}::text[],
      ${rows.map((row) => row.digest)}::boolean[]
    ) AS batch(identity, due, digest)`;
}
