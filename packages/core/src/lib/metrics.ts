import type { Db } from "@innolab/db";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * The process's Prometheus metrics (served at GET /metrics by the API and the bot): calls of the
 * core by procedure, source and outcome, and their latency; chat updates by channel and outcome;
 * sends by channel and outcome (429s included); with `watchDeliveries`, deliveries by state and
 * the age of the oldest waiting one. Labels hold names and codes only — never a person, a chat
 * or a text.
 */
function createMetrics() {
  const registry = new Registry();
  // The event loop's delay sampled every 100 ms, not prom-client's 10: a timer waking 100 times
  // a second cost an idle sender 5 % of a CPU (measured), and lag worth alerting on lasts longer.
  collectDefaultMetrics({ register: registry, prefix: "innolab_", eventLoopMonitoringPrecision: 100 });
  const latency = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
  // Which process answered (several share a port): matches a series to the process in the logs.
  new Gauge({
    name: "innolab_process_info",
    help: "1, labelled with this process's id.",
    labelNames: ["pid"] as const,
    registers: [registry],
  }).set({ pid: String(process.pid) }, 1);
  return {
    registry,
    procedureCalls: new Counter({
      name: "innolab_procedure_calls_total",
      help: "Calls of the core API, by procedure, source (web, telegram, teams, cli) and outcome (ok or the error code).",
      labelNames: ["procedure", "source", "outcome"] as const,
      registers: [registry],
    }),
    procedureSeconds: new Histogram({
      name: "innolab_procedure_seconds",
      help: "Time the core took to answer a call, by procedure.",
      labelNames: ["procedure"] as const,
      buckets: latency,
      registers: [registry],
    }),
    chatUpdates: new Counter({
      name: "innolab_chat_updates_total",
      help: "Chat inputs handled by the flows, by channel and outcome (ok, failed).",
      labelNames: ["channel", "outcome"] as const,
      registers: [registry],
    }),
    chatUpdateSeconds: new Histogram({
      name: "innolab_chat_update_seconds",
      help: "Time the flows took to answer one chat input, by channel.",
      labelNames: ["channel"] as const,
      buckets: latency,
      registers: [registry],
    }),
    pageSeconds: new Histogram({
      name: "innolab_page_seconds",
      help: "Time the dashboard's server took to gather a page's data, by page (kpi: the KPI page's first view).",
      labelNames: ["page"] as const,
      buckets: latency,
      registers: [registry],
    }),
    sends: new Counter({
      name: "innolab_sends_total",
      help: "Alert sends by channel and outcome (sent, rate-limited = a 429, blocked, transient, failed).",
      labelNames: ["channel", "outcome"] as const,
      registers: [registry],
    }),
  };
}

// One set per process, shared by every copy of this module (a bundler may load it twice).
const key = Symbol.for("innolab.metrics");
const shared = globalThis as Record<symbol, ReturnType<typeof createMetrics> | undefined>;
shared[key] ??= createMetrics();
export const metrics = shared[key];

/** Adds the deliveries' gauges, read from the database when Prometheus scrapes (once per process). */
export function watchDeliveries(db: Db): void {
  if (metrics.registry.getSingleMetric("innolab_deliveries")) return;
  new Gauge({
    name: "innolab_deliveries",
    help: "Alert deliveries by state.",
    labelNames: ["state"] as const,
    registers: [metrics.registry],
    async collect() {
      const groups = await db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
      this.reset();
      for (const group of groups) this.set({ state: group.status }, group._count._all);
    },
  });
  new Gauge({
    name: "innolab_oldest_queued_delivery_seconds",
    help: "Age of the oldest delivery waiting to be sent (0 when none waits).",
    registers: [metrics.registry],
    async collect() {
      const oldest = await db.delivery.findFirst({
        where: { status: "QUEUED" },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
      });
      this.set(oldest ? (Date.now() - oldest.createdAt.getTime()) / 1000 : 0);
    },
  });
}
