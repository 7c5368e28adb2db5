"use client";
import type { Language } from "@innolab/core";
// Browser-safe (dates only): the rule the core's series count by.
import { drillRange, targetForRange } from "@innolab/core/kpi-periods";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AreaChart, BarChart, Card, LineChart } from "@tremor/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { useTRPC } from "~/trpc/client";
import { Delta, Funnel, Legend } from "./chart-parts";
import { buildCharts, type ChartModel, chartRows } from "./charts-model";
import { downloadCsv, toCsv } from "./csv";
import { DrillDown, type DrillRequest } from "./drill-down";
import { KpiFilterBar } from "./filter-bar";
import { downloadChartPng } from "./png";
import { filtersToSearch, type KpiFilters, type Overview, overviewQuery, previousRange } from "./query";
import { TargetsForm } from "./targets-form";

const COLORS = ["blue", "emerald", "amber", "violet", "rose", "cyan", "slate", "fuchsia", "teal", "orange"];

export interface Option {
  value: string;
  labelEn: string;
  labelZh: string;
}

export function KpiDashboard({
  language,
  initial,
  techAreas,
  departments,
  launch,
  cardKeys,
  initialOverview,
  customRange,
  initialTargets,
  canSetTargets,
}: {
  /** Yearly targets per card, as the server read them. */
  initialTargets: Partial<Record<string, number>>;
  /** Lab staff set the targets; management reads them. */
  canSetTargets: boolean;
  language: Language;
  /** The first view's numbers, computed on the server (so they are in the HTML). */
  initialOverview?: Overview;
  /** Whether the range came from the page's link (the filter bar then shows "custom"). */
  customRange?: boolean;
  /** The headline cards, in order (from the core, passed down: this is a client component). */
  cardKeys: readonly string[];
  initial: KpiFilters;
  techAreas: Option[];
  departments: Option[];
  launch: string;
}) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [filters, setFilters] = useState(initial);
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const query = overviewQuery(filters);
  const valid = filters.from < filters.to;
  const firstView = filters === initial;
  const current = useQuery({
    ...trpc.kpi.overview.queryOptions(query),
    enabled: valid,
    placeholderData: keepPreviousData,
    // The server's numbers for the first view: no second request for what the page already shows.
    ...(firstView && initialOverview ? { initialData: initialOverview, staleTime: 60_000 } : {}),
  });
  const targets: Partial<Record<string, number>> = useQuery({
    ...trpc.kpi.targets.queryOptions(),
    initialData: initialTargets,
  }).data;
  // The view's filters in the address, to share or bookmark (replaced, not pushed: Back leaves the page).
  useEffect(() => {
    // The first view keeps the address it was opened with.
    if (!firstView) window.history.replaceState(null, "", `?${filtersToSearch(filters)}`);
  }, [filters, firstView]);
  const previous = useQuery({
    ...trpc.kpi.overview.queryOptions({ ...query, ...previousRange(filters.from, filters.to) }),
    enabled: valid && filters.compare,
    placeholderData: keepPreviousData,
  });
  const data = current.data;
  const charts = useMemo(
    () => (data ? buildCharts(t, data, filters, filters.compare ? previous.data : undefined) : []),
    [t, data, filters, previous.data],
  );
  const scope = { techArea: filters.techArea, organisationId: filters.organisationId };
  // The previous period (as long as the range, just before it) exists only if the lab had begun.
  const hasPrevious = previousRange(filters.from, filters.to).from >= new Date(launch);
  const openDrill = (metric: string, label: string, periodLabel: string, from: Date, to: Date) =>
    setDrill({ metric, label, periodLabel, from, to, ...scope });
  // Exactly what the point counts: the period's part in the range, or (cumulative) all before its end.
  const drillPoint = (chart: ChartModel, seriesIndex: number, periodIndex: number) => {
    const series = chart.series[seriesIndex];
    const period = chart.periods[periodIndex];
    if (!series?.drill || !period) return;
    const { from, to } = drillRange(period, { from: filters.from, to: filters.to }, filters.cumulative);
    openDrill(series.drill, series.label, period.key, from, to);
  };

  const exportAll = () => {
    if (!data) return;
    const rows: Array<Array<string | number>> = [["card", "value", "previous"]];
    for (const card of data.cards) rows.push([card.key, card.value, card.previous]);
    for (const chart of charts) rows.push([], [chart.id], ...chartRows(chart));
    rows.push([], ["funnel"], ["stage", "needs"], ...Object.entries(data.funnel));
    rows.push([], ["techAreas"], ["area", "needs", "solutions", "pocs"]);
    for (const a of data.techAreas) rows.push([a.slug, a.needs, a.solutions, a.pocs]);
    rows.push([], ["departments"], ["department", "needs", "pocs", "adoptions"]);
    for (const d of data.departments.top) rows.push([d.nameEn, d.needs, d.pocs, d.adoptions]);
    downloadCsv("innolab-kpis.csv", toCsv(rows));
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t.kpi.title}</h1>
        <div className="flex gap-2 print:hidden">
          <button
            type="button"
            onClick={() => window.print()}
            disabled={!data}
            className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-100"
          >
            {t.kpi.print}
          </button>
          <button
            type="button"
            onClick={exportAll}
            disabled={!data}
            className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-100"
          >
            {t.kpi.exportAll}
          </button>
        </div>
      </div>
      {/* On paper, the view in words instead of the filter controls. */}
      <p className="hidden text-sm print:block" data-testid="print-scope">
        {t.kpi.printScope(
          `${formatDate(filters.from, language)} – ${formatDate(new Date(filters.to.getTime() - 1), language)}`,
          t.kpi.granularities[filters.granularity],
          [
            filters.techArea ? pick(language, ...areaNames(techAreas, filters.techArea)) : "",
            filters.organisationId ? pick(language, ...areaNames(departments, String(filters.organisationId))) : "",
          ]
            .filter(Boolean)
            .join(language === "zh-HK" ? "、" : ", "),
        )}
      </p>
      <div className="print:hidden">
        <KpiFilterBar
          t={t}
          language={language}
          filters={filters}
          onChange={setFilters}
          techAreas={techAreas}
          departments={departments}
          launch={launch}
          initialPreset={customRange ? "custom" : "launch"}
        />
      </div>
      {!valid ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
          {t.kpi.invalidRange}
        </p>
      ) : null}
      {current.error ? <p role="alert">{current.error.message}</p> : null}
      {!data ? <p>{t.kpi.loading}</p> : null}
      {data ? (
        <>
          <p className="text-sm text-gray-700 print:hidden">{t.kpi.drill.hint}</p>
          <details className="rounded-lg border border-gray-200 bg-white p-3 text-sm" data-testid="definitions">
            <summary className="cursor-pointer font-medium">{t.kpi.definitions.title}</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-gray-800">
              {t.kpi.definitions.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </details>
          {canSetTargets ? <TargetsForm t={t} cardKeys={cardKeys} targets={targets} /> : null}
          {hasPrevious ? null : (
            <p className="text-sm text-gray-700" data-testid="no-previous">
              {t.kpi.noPrevious}
            </p>
          )}
          <section aria-label={t.kpi.title} className="grid grid-cols-2 gap-3 md:grid-cols-4">
            {cardKeys.map((key) => {
              const card = data.cards.find((c) => c.key === key);
              if (!card) return null;
              const delta = card.value - card.previous;
              const percent = card.previous ? Math.round((delta / card.previous) * 100) : null;
              const label = t.kpi.cards[key] ?? key;
              const perYear = targets[key];
              return (
                <Card key={key} className="p-3" data-testid={`card-${key}`} data-print-keep>
                  <button
                    type="button"
                    className="w-full text-left"
                    onClick={() =>
                      openDrill(
                        key,
                        label,
                        // Hong Kong dates; the range's end is exclusive, so its last day is shown.
                        `${formatDate(query.from, language)} – ${formatDate(new Date(query.to.getTime() - 1), language)}`,
                        filters.from,
                        filters.to,
                      )
                    }
                  >
                    <span className="block text-sm text-gray-700">{label}</span>
                    <span className="block text-3xl font-semibold text-gray-900" data-testid="card-value">
                      {card.value.toLocaleString()}
                    </span>
                  </button>
                  {/* Before launch there is no previous period: no "▲ +70 vs previous period". */}
                  {hasPrevious ? (
                    <Delta
                      value={delta}
                      text={t.kpi.change(
                        `${delta >= 0 ? "+" : ""}${delta}${percent === null ? "" : ` (${percent >= 0 ? "+" : ""}${percent}%)`}`,
                      )}
                    />
                  ) : null}
                  {perYear !== undefined ? (
                    <TargetLine
                      value={card.value}
                      target={targetForRange(perYear, filters)}
                      text={t.kpi.targets.card}
                    />
                  ) : null}
                  {card.ignoredFilters.length ? (
                    <p className="mt-1 text-xs text-gray-700" data-testid="ignored">
                      {t.kpi.ignoredFilters(
                        card.ignoredFilters
                          .map((key) => t.kpi.filterName[key] ?? key)
                          .join(language === "zh-HK" ? "、" : ", "),
                      )}
                    </p>
                  ) : null}
                </Card>
              );
            })}
          </section>
          <div className="grid gap-4 lg:grid-cols-2">
            {charts.map((chart) => (
              <ChartCard key={chart.id} chart={chart} t={t} onDrill={drillPoint} />
            ))}
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <Card>
              <h2 className="text-lg font-medium">{t.kpi.charts.funnel}</h2>
              <Funnel
                stages={(["needs", "matched", "pocs", "adopted"] as const).map((stage) => ({
                  name: t.kpi.funnel[stage],
                  value: data.funnel[stage],
                }))}
              />
            </Card>
            <Card>
              <h2 className="text-lg font-medium">{t.kpi.charts.techAreas}</h2>
              <BarChart
                className="mt-3 h-56"
                data={data.techAreas.map((a) => ({
                  area: pick(language, a.nameEn, a.nameZh),
                  [t.kpi.columns.needs]: a.needs,
                  [t.kpi.columns.solutions]: a.solutions,
                  [t.kpi.columns.pocs]: a.pocs,
                }))}
                index="area"
                categories={[t.kpi.columns.needs, t.kpi.columns.solutions, t.kpi.columns.pocs]}
                colors={COLORS}
                showAnimation={false}
                showLegend={false}
              />
              <Legend labels={[t.kpi.columns.needs, t.kpi.columns.solutions, t.kpi.columns.pocs]} colors={COLORS} />
            </Card>
          </div>
          <Card>
            <h2 className="text-lg font-medium">{t.kpi.charts.departments}</h2>
            <p className="text-sm text-gray-700">{t.kpi.moreDepartments(data.departments.departments)}</p>
            <div className="overflow-x-auto">
              <table className="mt-2 w-full text-sm" data-testid="departments">
                <thead>
                  <tr className="text-left">
                    <th className="px-2 py-1">{t.kpi.columns.department}</th>
                    <th className="px-2 py-1 text-right">{t.kpi.columns.needs}</th>
                    <th className="px-2 py-1 text-right">{t.kpi.columns.pocs}</th>
                    <th className="px-2 py-1 text-right">{t.kpi.columns.adoptions}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.departments.top.map((d) => (
                    <tr key={d.id} className="border-t border-gray-200">
                      <td className="px-2 py-1">{pick(language, d.nameEn, d.nameZh)}</td>
                      <td className="px-2 py-1 text-right">{d.needs}</td>
                      <td className="px-2 py-1 text-right">{d.pocs}</td>
                      <td className="px-2 py-1 text-right">{d.adoptions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      ) : null}
      {drill ? <DrillDown request={drill} onClose={() => setDrill(null)} t={t} language={language} /> : null}
    </div>
  );
}

/** A card's figure against its target for the range: the words, and a bar that fills to 100%. */
function TargetLine({
  value,
  target,
  text,
}: {
  value: number;
  target: number;
  text: (target: string, percent: number) => string;
}) {
  const percent = target > 0 ? Math.round((value / target) * 100) : 100;
  return (
    <div className="mt-1" data-testid="target">
      <p className="text-xs text-gray-700">{text(target.toLocaleString(), percent)}</p>
      <div className="mt-0.5 h-1.5 rounded bg-gray-200" aria-hidden="true">
        <div
          className={`h-1.5 rounded ${percent >= 100 ? "bg-emerald-600" : "bg-blue-600"}`}
          style={{ width: `${Math.min(100, percent)}%` }}
        />
      </div>
    </div>
  );
}

/** The English and Chinese names of the option with this value (the value itself if unknown). */
const areaNames = (options: Option[], value: string): [string, string] => {
  const option = options.find((o) => o.value === value);
  return option ? [option.labelEn, option.labelZh] : [value, value];
};

/** One chart, its data as a table (also the accessible alternative; each number drills down), and its CSV. */
function ChartCard({
  chart,
  t,
  onDrill,
}: {
  chart: ChartModel;
  t: ReturnType<typeof dictionary>;
  onDrill: (chart: ChartModel, seriesIndex: number, periodIndex: number) => void;
}) {
  const data = chart.periods.map((period, i) => ({
    period: period.key,
    ...Object.fromEntries(chart.series.map((s) => [s.label, s.values[i] ?? 0])),
  }));
  const Chart = chart.type === "area" ? AreaChart : chart.type === "line" ? LineChart : BarChart;
  const categories = chart.series.map((s) => s.label);
  const drawing = useRef<HTMLDivElement>(null);
  return (
    <Card data-testid={`chart-${chart.id}`} data-print-keep>
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-lg font-medium">{chart.title}</h2>
        <div className="flex gap-1 print:hidden">
          <button
            type="button"
            className="rounded px-2 py-1 text-xs hover:bg-gray-100"
            aria-label={`${t.kpi.exportPng}: ${chart.title}`}
            onClick={() => {
              if (drawing.current) void downloadChartPng(drawing.current, chart.title, `innolab-${chart.id}.png`);
            }}
          >
            {t.kpi.exportPng}
          </button>
          <button
            type="button"
            className="rounded px-2 py-1 text-xs hover:bg-gray-100"
            aria-label={`${t.kpi.exportChart}: ${chart.title}`}
            onClick={() => downloadCsv(`innolab-${chart.id}.csv`, toCsv(chartRows(chart)))}
          >
            {t.kpi.exportChart}
          </button>
        </div>
      </div>
      <div ref={drawing}>
        <Chart
          className="mt-3 h-60"
          data={data}
          index="period"
          categories={categories}
          colors={COLORS}
          showAnimation={false}
          showLegend={false}
          onValueChange={(event) => {
            if (!event) return;
            const periodIndex = chart.periods.findIndex((p) => p.key === event.period);
            const seriesIndex = categories.indexOf(event.categoryClicked);
            if (periodIndex >= 0 && seriesIndex >= 0) onDrill(chart, seriesIndex, periodIndex);
          }}
        />
        <Legend labels={categories} colors={COLORS} />
      </div>
      <details className="mt-3 overflow-x-auto print:hidden">
        <summary className="cursor-pointer text-sm text-gray-700">{t.kpi.dataTable}</summary>
        <table className="w-full text-xs" data-testid={`table-${chart.id}`}>
          <caption className="sr-only">{chart.title}</caption>
          <thead>
            <tr>
              <th className="px-1 text-left">{t.kpi.range}</th>
              {chart.series.map((s) => (
                <th key={s.label} className="px-1 text-right">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.periods.map((period, p) => (
              <tr key={period.key} className="border-t border-gray-100">
                <th className="px-1 text-left font-normal">{period.key}</th>
                {chart.series.map((s, i) => (
                  <td key={s.label} className="px-1 text-right">
                    {s.drill ? (
                      <button type="button" className="underline" onClick={() => onDrill(chart, i, p)}>
                        {s.values[p] ?? 0}
                      </button>
                    ) : (
                      (s.values[p] ?? 0)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Card>
  );
}
