import { createDb, type Db, dbEnv, migrateDeploy, type Role, seed } from "@innolab/db";
import * as auth from "../domain/auth";
import { prune } from "../domain/housekeeping";
import { coreEnv } from "../env";
import { logInfo, redact } from "../lib/log";
import { apiHealth, createApiServer } from "../server";
import { operatorCaller } from "./operator";
import { progressPrinter } from "./progress";

export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb();
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

export async function migrate() {
  console.log(`Migrating ${redact(dbEnv.DATABASE_URL)} …`);
  await migrateDeploy(dbEnv.DATABASE_URL, { quiet: true });
  console.log("Database schema is up to date.");
}

export async function seedDatabase(options: { synthetic?: boolean; scale: number; ifEmpty?: boolean }) {
  await withDb(async (db) => {
    if (options.ifEmpty && (await db.organisation.count()) > 0) {
      console.log("Database already has data; not seeding.");
      return;
    }
    const progress = progressPrinter();
    if (options.synthetic) {
      const size = seed.syntheticSize(options.scale);
      console.log(`Seeding synthetic data at scale ${options.scale}: ${JSON.stringify(size)}`);
      await seed.seedSynthetic(db, { scale: options.scale, progress });
    } else {
      console.log("Seeding demo data …");
      await seed.seedDemo(db, { progress });
      // Demo sign-ins for the dashboard; a real lab sets its own with `innolab password`.
      for (const email of [seed.DEMO_ADMIN_EMAIL, seed.DEMO_MANAGER_EMAIL])
        await auth.setPassword(db, email, DEMO_PASSWORD);
      console.log(
        `Demo ready. Dashboard sign-in: ${seed.DEMO_ADMIN_EMAIL} (staff) or ${seed.DEMO_MANAGER_EMAIL} (management), password "${DEMO_PASSWORD}".`,
      );
    }
  });
}

/** The demo's dashboard password, printed when the demo is seeded. */
export const DEMO_PASSWORD = "innolab-demo";

export async function setDashboardPassword(email: string, options: { password?: string }) {
  const password = options.password ?? (await readStdin()).replace(/\r?\n$/, "");
  await withDb((db) => auth.setPassword(db, email, password));
  console.log(`Password set for ${email}; their other sessions are signed out.`);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function invite(options: { role: string; org?: string; days: number; as?: string }) {
  await withDb(async (db) => {
    const api = await operatorCaller(db, options.as);
    let organisationId: number | undefined;
    if (options.org) {
      const byId = /^\d+$/.test(options.org)
        ? await db.organisation.findUnique({ where: { id: Number(options.org) } })
        : null;
      const org =
        byId ??
        (await db.organisation.findFirst({
          where: { OR: [{ acronym: options.org }, { nameEn: options.org }, { nameZh: options.org }] },
        }));
      if (!org) throw new Error(`No organisation "${options.org}" (give its id, acronym or name)`);
      organisationId = org.id;
    }
    const invitation = await api.invitation.create({
      role: options.role.toUpperCase() as "OFFICER",
      organisationId,
      validDays: options.days,
    });
    console.log(invitation.code);
    console.error(
      `Invitation for ${invitation.role}${invitation.organisation ? ` of ${invitation.organisation.nameEn}` : ""}, valid until ${invitation.expiresAt.toISOString()}.`,
    );
  });
}

export async function showKpis(options: {
  from: string;
  to: string;
  granularity: string;
  techArea?: string;
  org?: number;
  json?: boolean;
}) {
  await withDb(async (db) => {
    const api = await operatorCaller(db);
    const result = await api.kpi.series({
      from: new Date(options.from),
      to: new Date(options.to),
      granularity: options.granularity as "quarter",
      techArea: options.techArea,
      organisationId: options.org,
    });
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const rows = result.periods.map((period, i) => ({
      period: period.key,
      "B/Ds": result.participation.governments.cumulative[i],
      companies: result.participation.companies.cumulative[i],
      forums: result.metrics.forumsHeld.perPeriod[i],
      attendance: result.metrics.forumAttendance.perPeriod[i],
      needs: result.metrics.needsPublished.perPeriod[i],
      solutions: result.metrics.solutionsPublished.perPeriod[i],
      matches: result.metrics.matchesConfirmed.perPeriod[i],
      "PoCs started": result.metrics.pocsStarted.perPeriod[i],
      adoptions: result.metrics.adoptions.perPeriod[i],
    }));
    console.table(rows);
    console.log("B/Ds and companies: cumulative distinct participants; other columns: per period.");
  });
}

export async function serve(options: { port: number }) {
  const db = createDb();
  const health = apiHealth(db);
  const server = createApiServer(db, health);
  server.listen(options.port, coreEnv.HOST);
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  logInfo("api", `InnoLab API on http://${coreEnv.HOST}:${port}/trpc (health: /health/live, /health/ready)`);
  const stop = () => {
    health.markStopping();
    server.close();
    void db.$disconnect().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** Removes records past their retention (see domain/housekeeping.ts) and says how many. */
export async function pruneDatabase() {
  await withDb(async (db) => {
    const removed = await prune(db);
    for (const [what, count] of Object.entries(removed)) console.log(`${what}: ${count} removed`);
  });
}

/** An API token for another team's tool (printed once), or the revocation of one. */
export async function apiToken(options: { email?: string; name?: string; days: number; role?: Role; revoke?: number }) {
  await withDb(async (db) => {
    if (options.revoke !== undefined) {
      await auth.revokeApiToken(db, options.revoke);
      console.log(`API token ${options.revoke} revoked.`);
      return;
    }
    if (!options.email || !options.name) throw new Error("Give --email and --name (or --revoke ID).");
    const { email, name, days, role } = options;
    const created = await auth.createApiToken(db, { email, name, days, role });
    console.log(`API token ${created.id} for ${email} (as ${created.role}), until ${created.expiresAt.toISOString()}:`);
    console.log(created.token);
    console.log("Send it as 'Authorization: Bearer <token>'. It is shown only now.");
  });
}
