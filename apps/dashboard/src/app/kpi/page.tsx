import { kpi } from "@innolab/core";
import { KpiDashboard } from "~/components/kpi/kpi-dashboard";
import { LAB_LAUNCH } from "~/components/kpi/launch";
import { presetRange } from "~/components/kpi/query";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

/** Management's view: participation over time. Staff and managers only (checked on the server). */
export default async function KpiPage() {
  await requireRole("oversight", "/kpi");
  const language = await currentLanguage();
  const api = await serverApi();
  const [areas, departments] = await Promise.all([
    api.techArea.list(),
    api.organisation.list({ kind: "GOVERNMENT", pageSize: 100 }),
  ]);
  const { from, to } = presetRange("launch", new Date(), LAB_LAUNCH);
  return (
    <ApiProvider>
      <KpiDashboard
        language={language}
        launch={LAB_LAUNCH.toISOString()}
        cardKeys={kpi.HEADLINE_CARDS}
        initial={{ from, to, granularity: "quarter", cumulative: false, compare: false }}
        techAreas={areas.map((a) => ({ value: a.slug, labelEn: a.nameEn, labelZh: a.nameZh }))}
        departments={departments.map((o) => ({ value: String(o.id), labelEn: o.nameEn, labelZh: o.nameZh }))}
      />
    </ApiProvider>
  );
}
