import type { Dictionary } from "~/i18n/dictionary";
import type { KpiFilters, Overview } from "./query";

export interface ChartSeries {
  label: string;
  values: number[];
  /** What a click on one of its points lists (a metric of kpi.records), if anything. */
  drill: string | null;
}

export interface ChartModel {
  id: "participation" | "forums" | "submissions" | "matches" | "pocs" | "collaboration";
  type: "area" | "bar" | "line";
  title: string;
  periods: Array<{ key: string; start: Date; end: Date }>;
  series: ChartSeries[];
}

type Series = { perPeriod: number[]; cumulative: number[] };

const percent = (share: number) => Math.round(share * 1000) / 10;

/**
 * The charts of the overview, from one answer of kpi.overview (and the previous period's, when
 * comparing). The same model draws the chart, its data table, and its CSV.
 */
export function buildCharts(t: Dictionary, data: Overview, filters: KpiFilters, previous?: Overview): ChartModel[] {
  const periods = data.series.periods;
  const pick = (s: Series) => (filters.cumulative ? s.cumulative : s.perPeriod);
  const metric = (name: keyof Overview["series"]["metrics"], source = data): ChartSeries => ({
    label: t.kpi.metrics[name] ?? name,
    values: pick(source.series.metrics[name]),
    drill: source === data ? name : null,
  });
  const participation = (source: Overview, suffix: string): ChartSeries[] => {
    const { governments, companies } = source.series.participation;
    const own = source === data;
    return filters.cumulative
      ? [
          {
            label: t.kpi.metrics.governments + suffix,
            values: governments.cumulative,
            drill: own ? "governments" : null,
          },
          { label: t.kpi.metrics.companies + suffix, values: companies.cumulative, drill: own ? "companies" : null },
        ]
      : [
          { label: t.kpi.metrics.governments + suffix, values: governments.active, drill: own ? "governments" : null },
          { label: t.kpi.metrics.companies + suffix, values: companies.active, drill: own ? "companies" : null },
          { label: t.kpi.metrics.governmentsNew + suffix, values: governments.new, drill: null },
          { label: t.kpi.metrics.companiesNew + suffix, values: companies.new, drill: null },
        ];
  };
  const charts: ChartModel[] = [
    { id: "participation", type: "area", title: t.kpi.charts.participation, periods, series: participation(data, "") },
    {
      id: "forums",
      type: "bar",
      title: t.kpi.charts.forums,
      periods,
      series: [metric("forumsHeld"), metric("forumRegistrations"), metric("forumAttendance")],
    },
    {
      id: "submissions",
      type: "line",
      title: t.kpi.charts.submissions,
      periods,
      series: [
        metric("needsSubmitted"),
        metric("needsPublished"),
        metric("solutionsSubmitted"),
        metric("solutionsPublished"),
      ],
    },
    {
      id: "matches",
      type: "bar",
      title: t.kpi.charts.matches,
      periods,
      series: [metric("matchesFromEngine"), metric("matchesFromStaff"), metric("matchesFromVendors")],
    },
    {
      id: "pocs",
      type: "bar",
      title: t.kpi.charts.pocs,
      periods,
      series: [
        metric("matchesConfirmed"),
        metric("workshopsHeld"),
        metric("pocsStarted"),
        metric("pocsCompleted"),
        metric("adoptions"),
      ],
    },
    {
      id: "collaboration",
      type: "line",
      title: t.kpi.charts.collaboration,
      periods,
      series: [
        metric("bookings"),
        // A share of the open hours, in per cent: never cumulative.
        { label: t.kpi.metrics.utilisation ?? "", values: data.utilisation.map(percent), drill: null },
      ],
    },
  ];
  if (!previous) return charts;
  // The previous period's series, point by point (same number of periods, same granularity).
  const suffix = ` (${t.kpi.previous})`;
  const align = (values: number[]) => periods.map((_, i) => values[i] ?? 0);
  for (const chart of charts) {
    const before =
      chart.id === "participation"
        ? participation(previous, suffix)
        : chart.series.map((s) => {
            if (!s.drill) {
              // Utilisation: the previous period's shares.
              return {
                label: s.label + suffix,
                values: previous.utilisation.map(percent),
                drill: null,
              };
            }
            const name = s.drill as keyof Overview["series"]["metrics"];
            return { label: s.label + suffix, values: pick(previous.series.metrics[name]), drill: null };
          });
    chart.series.push(...before.map((s) => ({ ...s, values: align(s.values) })));
  }
  return charts;
}

/** A chart as rows for its table and its CSV: period, then one column per series. */
export function chartRows(chart: ChartModel): Array<Array<string | number>> {
  return [
    ["period", ...chart.series.map((s) => s.label)],
    ...chart.periods.map((period, i) => [period.key, ...chart.series.map((s) => s.values[i] ?? 0)]),
  ];
}
