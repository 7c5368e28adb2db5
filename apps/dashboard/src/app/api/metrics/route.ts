import { metrics, sameSecret } from "@innolab/core";
import { dashboardEnv } from "~/env";

export const dynamic = "force-dynamic";

/**
 * This process's Prometheus metrics: core calls by procedure and outcome, the KPI page's time,
 * process figures. Only for the scraper holding METRICS_TOKEN; without one set, not served.
 */
export async function GET(request: Request) {
  const expected = dashboardEnv.METRICS_TOKEN;
  if (!expected) return new Response("not found", { status: 404 });
  const given = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!sameSecret(given, expected)) return new Response("unauthorized", { status: 401 });
  return new Response(await metrics.registry.metrics(), {
    headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" },
  });
}
