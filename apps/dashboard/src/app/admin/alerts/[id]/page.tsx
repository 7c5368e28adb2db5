import { notFound } from "next/navigation";
import { AdminNav } from "~/components/admin/admin-nav";
import { LiveRefresh } from "~/components/admin/live-refresh";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { currentLanguage, requireRole, serverApi } from "~/server/session";

export const dynamic = "force-dynamic";

/** An alert's delivery log: counts per state and each recipient's state. */
export default async function AlertLogPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRole("staff", `/admin/alerts/${id}`);
  const alertId = Number(id);
  if (!Number.isInteger(alertId) || alertId <= 0) notFound();
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const alert = await api.alert.get({ id: alertId }).catch(() => notFound());
  const deliveries = await api.alert.deliveries({ id: alertId, pageSize: 100 });
  const c = alert.deliveryCounts;
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="alerts" />
      <h2 className="text-xl font-medium">{pick(language, alert.titleEn, alert.titleZh)}</h2>
      <LiveRefresh active={c.QUEUED + c.SENDING > 0} />
      <p className="text-sm" data-testid="delivery-counts" aria-live="polite">
        {t.admin.alerts.counts}: {c.QUEUED} / {c.SENDING} / {c.SENT} / {c.FAILED} / {c.BLOCKED}
      </p>
      <table className="mt-3 w-full bg-white text-sm">
        <thead>
          <tr className="text-left">
            <th className="p-2">{t.admin.alerts.recipient}</th>
            <th className="p-2">{t.admin.alerts.channel}</th>
            <th className="p-2">{t.admin.alerts.state}</th>
            <th className="p-2">{t.admin.alerts.error}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} className="border-t border-gray-200">
              <td className="p-2">{d.identity.person.displayName}</td>
              <td className="p-2">{d.identity.channel}</td>
              <td className="p-2">
                {d.status}
                {d.sentAt ? ` · ${formatDate(d.sentAt, language, true)}` : ""}
              </td>
              <td className="p-2">{d.lastError ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
