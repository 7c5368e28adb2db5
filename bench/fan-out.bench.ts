// Fan-out benchmark (PostgreSQL): one alert to N subscribers queued by the push engine as the
// bot runs it (fanOutPendingEvents in a loop, shipped batch size), while senders would already be
// sending. A small critical alert is created one second in: it must not wait for the large one.
// Baseline, same run: the whole fan-out as ONE `INSERT … SELECT` statement (the database's own
// floor for writing those rows, with no batching, preferences or resumability).
// Reports time to the first batch, deliveries/s (÷ baseline), the critical alert's wait, and the
// process's peak memory.
//
//   pnpm bench:fanout [--sizes 100000,1000000]
import { parseArgs } from "node:util";
import { push } from "@innolab/core";
import { createDb, type Db } from "@innolab/db";
import { createTestDatabase, postgresReachable } from "@innolab/db/testing";
import { benchArgs } from "./stats";

const { values } = parseArgs({
  args: benchArgs(),
  options: { sizes: { type: "string", default: "100000,1000000" } },
});

async function prepare(db: Db, subscribers: number) {
  // Generated in the database: a million rows through the ORM would measure the ORM.
  await db.$executeRawUnsafe(
    `INSERT INTO "Person" ("displayName", "language", "digestMode") SELECT 'p' || g, CASE WHEN g % 2 = 0 THEN 'zh-HK' ELSE 'en' END, 'REALTIME' FROM generate_series(1, ${subscribers}) g`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "ChatIdentity" ("personId", "channel", "externalId", "chatId", "language") SELECT "id", 'TELEGRAM', 'x' || "id", 'x' || "id", "language" FROM "Person"`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Subscription" ("personId", "topicKey") SELECT "id", 'NEW_NEEDS' FROM "Person"`,
  );
  // 100 people also follow forums: the small critical alert's audience.
  await db.$executeRawUnsafe(
    `INSERT INTO "Subscription" ("personId", "topicKey") SELECT "id", 'FORUMS' FROM "Person" ORDER BY "id" DESC LIMIT 100`,
  );
  await db.$executeRawUnsafe("ANALYZE");
}

const alert = (db: Db, topics: string[], critical: boolean) =>
  db.alert.create({
    data: { kind: "BROADCAST", critical, titleEn: "t", titleZh: "t", bodyEn: "b", bodyZh: "b", audience: { topics } },
  });

async function baseline(db: Db) {
  const { id } = await alert(db, ["NEW_NEEDS"], false);
  await db.alert.update({ where: { id }, data: { fanOutDoneAt: new Date() } });
  const started = performance.now();
  const rows = await db.$executeRawUnsafe(
    `INSERT INTO "Delivery" ("alertId", "identityId", "nextAttemptAt", "createdAt") SELECT ${id}, c."id", now(), now() FROM "ChatIdentity" c WHERE c."blocked" = false AND EXISTS (SELECT 1 FROM "Subscription" s WHERE s."personId" = c."personId" AND s."topicKey" = 'NEW_NEEDS')`,
  );
  const seconds = (performance.now() - started) / 1000;
  await db.$executeRawUnsafe(`DELETE FROM "Delivery" WHERE "alertId" = ${id}`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Delivery"`);
  return { rows, seconds };
}

async function run(subscribers: number) {
  const database = await createTestDatabase("postgres");
  const observer = createDb({ url: database.url });
  try {
    const preparing = performance.now();
    await prepare(database.db, subscribers);
    const prepared = (performance.now() - preparing) / 1000;
    const floor = await baseline(database.db);

    let peakRss = process.memoryUsage().rss;
    const rssBefore = peakRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const large = await alert(database.db, ["NEW_NEEDS"], false);
    const started = performance.now();
    let firstBatchAt: number | undefined;
    let urgentQueuedAt: number | undefined;
    let urgent: { id: number } | undefined;
    // Watches from its own connection, as a sender would.
    const watching = (async () => {
      while (firstBatchAt === undefined || urgentQueuedAt === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (firstBatchAt === undefined && (await observer.delivery.findFirst({ where: { alertId: large.id } })))
          firstBatchAt = performance.now();
        if (
          urgent &&
          urgentQueuedAt === undefined &&
          (await observer.delivery.count({ where: { alertId: urgent.id } })) === 100
        )
          urgentQueuedAt = performance.now();
      }
    })();
    setTimeout(async () => {
      urgent = await alert(observer, ["FORUMS"], true);
      urgentCreatedAt = performance.now();
    }, 1000);
    let urgentCreatedAt = 0;
    // The bot's loop: call again at once while work remains.
    for (;;) {
      const { events, pending } = await push.fanOutPendingEvents(database.db);
      if (!pending && events === 0 && urgent) break;
      if (!pending) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    await watching;
    clearInterval(sampler);
    const queued = await database.db.delivery.count({ where: { alertId: large.id } });
    const distinct = await database.db.delivery.groupBy({
      by: ["alertId"],
      where: { alertId: large.id },
      _count: { identityId: true },
    });
    const rate = queued / seconds;
    const floorRate = floor.rows / floor.seconds;
    console.log(
      [
        `subscribers ${subscribers.toLocaleString("en")} (prepared in ${prepared.toFixed(1)} s)`,
        `  baseline: one INSERT … SELECT of ${floor.rows.toLocaleString("en")} rows in ${floor.seconds.toFixed(2)} s = ${Math.round(floorRate).toLocaleString("en")}/s`,
        `  fan-out: ${queued.toLocaleString("en")} deliveries (${distinct[0]?._count.identityId.toLocaleString("en")} recipients, one each) in ${seconds.toFixed(2)} s = ${Math.round(rate).toLocaleString("en")}/s, ÷ baseline ${(rate / floorRate).toFixed(2)}`,
        `  first batch queued (senders can start) after ${((firstBatchAt ?? Number.NaN) - started).toFixed(0)} ms`,
        `  critical alert created 1 s in: all 100 queued ${((urgentQueuedAt ?? Number.NaN) - urgentCreatedAt).toFixed(0)} ms after it was created`,
        `  memory: rss ${Math.round(rssBefore / 2 ** 20)} MB before, peak ${Math.round(peakRss / 2 ** 20)} MB`,
      ].join("\n"),
    );
  } finally {
    await observer.$disconnect();
    await database.drop();
  }
}

if (!(await postgresReachable())) {
  console.error("PostgreSQL is not reachable (TEST_POSTGRES_URL): the fan-out benchmark needs it.");
  process.exit(1);
}
for (const size of values.sizes.split(",").map(Number)) await run(size);
process.exit(0);
