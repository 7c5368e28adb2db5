import { kpi, metrics, roleInGroup } from "@innolab/core";
import { LAB_LAUNCH } from "@innolab/core/kpi-periods";
import { KpiDashboard } from "~/components/kpi/kpi-dashboard";
import { filtersFromSearch, overviewQuery, presetRange } from "~/components/kpi/query";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

/** Management's view: participation over time. Staff and managers only (checked on the server). */
export default async function KpiPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole("oversight", "/kpi");
  const language = await currentLanguage();
  const api = await serverApi();
  // Every B/D, page by page (the list is paged at 100): the filter must offer them all.
  const allDepartments = async () => {
    const all: Awaited<ReturnType<typeof api.organisation.list>> = [];
    for (let page = 1; page <= 100; page++) {
      const batch = await api.organisation.list({ kind: "GOVERNMENT", page, pageSize: 100 });
      all.push(...batch);
      if (batch.length < 100) break;
    }
    return all;
  };
  // The view a shared link asks for (?from=…&to=…&g=…), else since launch by quarter.
  const { filters, custom } = filtersFromSearch(await searchParams, {
    ...presetRange("launch", new Date(), LAB_LAUNCH),
    granularity: "quarter",
    cumulative: false,
    compare: false,
  });
  const query = overviewQuery(filters);
  // The first view's numbers come in the page's HTML; the browser takes over for filters.
  const gathering = metrics.pageSeconds.startTimer({ page: "kpi" });
  const [areas, departments, overview, targets] = await Promise.all([
    api.techArea.list(),
    allDepartments(),
    api.kpi.overview(query).catch(() => undefined),
    api.kpi.targets(),
  ]);
  gathering();
  return (
    <ApiProvider>
      <KpiDashboard
        language={language}
        launch={LAB_LAUNCH.toISOString()}
        cardKeys={kpi.HEADLINE_CARDS}
        initial={filters}
        initialOverview={overview}
        customRange={custom}
        initialTargets={targets}
        canSetTargets={roleInGroup(actor.role, "staff")}
        techAreas={areas.map((a) => ({ value: a.slug, labelEn: a.nameEn, labelZh: a.nameZh }))}
        departments={departments.map((o) => ({ value: String(o.id), labelEn: o.nameEn, labelZh: o.nameZh }))}
      />
    </ApiProvider>
  );
}
