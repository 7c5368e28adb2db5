import { Health } from "@innolab/core";
import { db } from "~/server/db";

export const dynamic = "force-dynamic";

const health = new Health("dashboard", { database: () => db().$queryRaw`SELECT 1` });

/** Readiness: the dashboard's database answers (details in its log, never in the answer). */
export async function GET() {
  const readiness = await health.readiness();
  return Response.json(
    { ok: readiness.ready, ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
