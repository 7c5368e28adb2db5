import { TOPIC_KINDS, techAreaTopic } from "@innolab/core";
import Link from "next/link";
import { AdminNav } from "~/components/admin/admin-nav";
import { AlertComposer } from "~/components/admin/alert-composer";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

export default async function AlertsPage() {
  await requireRole("staff", "/admin/alerts");
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const [areas, alerts] = await Promise.all([api.techArea.list(), api.alert.list({ pageSize: 30 })]);
  const topics = [
    ...TOPIC_KINDS.map((key) => ({ key, label: t.admin.alerts.topicNames[key] ?? key })),
    ...areas.map((a) => ({ key: techAreaTopic(a.slug), label: pick(language, a.nameEn, a.nameZh) })),
  ];
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="alerts" />
      <AlertComposer language={language} topics={topics} />
      <h2 className="mt-6 text-lg font-medium">{t.admin.alerts.log}</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {alerts.map((alert) => (
          <li key={alert.id}>
            <Link className="text-blue-800 underline" href={`/admin/alerts/${alert.id}`}>
              {pick(language, alert.titleEn, alert.titleZh)}
            </Link>{" "}
            · {alert.kind} · {formatDate(alert.createdAt, language, true)}
          </li>
        ))}
      </ul>
    </ApiProvider>
  );
}
