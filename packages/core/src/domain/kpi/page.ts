import type { Db } from "@innolab/db";
import { byDepartment, byTechArea, pipelineFunnel } from "./breakdown";
import type { CountMetricName } from "./metrics";
import { metricRecords, participantRecords, type RangeQuery } from "./overview";
import type { Granularity } from "./periods";
import { kpiSeriesAndCards } from "./series";
import { bookingUtilisation } from "./utilisation";

/** All the data of the KPI overview page in one round trip: cards, series, funnel and breakdowns. */
export async function kpiOverview(db: Db, query: RangeQuery & { granularity: Granularity }) {
  const [{ series, cards }, funnel, techAreas, departments, utilisation] = await Promise.all([
    kpiSeriesAndCards(db, query),
    pipelineFunnel(db, query),
    byTechArea(db, query),
    byDepartment(db, query),
    bookingUtilisation(db, query),
  ]);
  return { cards, series, funnel, techAreas, departments, utilisation };
}

/** The drill-down of one number. */
export async function kpiRecords(db: Db, query: RangeQuery & { metric: string }) {
  if (query.metric === "governments" || query.metric === "companies") {
    const organisations = await participantRecords(
      db,
      query,
      query.metric === "governments" ? "GOVERNMENT" : "COMPANY",
    );
    return { kind: "organisations" as const, total: organisations.length, organisations, records: [] };
  }
  const { total, records } = await metricRecords(db, query.metric as CountMetricName, query);
  return { kind: "records" as const, total, organisations: [], records };
}
