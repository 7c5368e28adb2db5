import { AdminNav } from "~/components/admin/admin-nav";
import { WorkshopForm, WorkshopStatus } from "~/components/admin/workshop-controls";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { idParam } from "~/server/query";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

/** Thematic workshops: a business challenge discussed with several I&T suppliers. */
export default async function WorkshopsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/admin/workshops");
  // Arriving from the matching desk: the form opens on that need.
  const fromDesk = idParam((await searchParams).need);
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const [workshops, needs, deskNeed] = await Promise.all([
    api.workshop.list({ pageSize: 100 }),
    api.need.search({ statuses: ["PUBLISHED"], pageSize: 100 }),
    fromDesk ? api.need.get({ id: fromDesk }).catch(() => null) : null,
  ]);
  const needRefs = needs.items.map((n) => ({ id: n.id, refCode: n.refCode }));
  if (deskNeed && !needRefs.some((n) => n.id === deskNeed.id))
    needRefs.push({ id: deskNeed.id, refCode: deskNeed.refCode });
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="workshops" />
      <WorkshopForm language={language} initialRef={deskNeed?.refCode} needs={needRefs} />
      <ul className="space-y-3">
        {workshops.map((w) => (
          <li key={w.id} className="rounded-lg border border-gray-200 bg-white p-4" data-testid={`workshop-${w.id}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-medium">{w.title}</h2>
              <span className="text-sm text-gray-700">
                {formatDate(w.scheduledAt, language, true)} · {t.admin.workshops.status[w.status]}
              </span>
            </div>
            <p className="text-sm text-gray-700">
              {w.need.refCode} · {w.need.title}
            </p>
            <p className="mt-1 text-sm">
              {t.admin.workshops.invited}:{" "}
              {w.invites.map((i) => pick(language, i.organisation.nameEn, i.organisation.nameZh)).join(", ") || "—"}
            </p>
            {w.status === "PLANNED" ? (
              <WorkshopStatus id={w.id} language={language} due={w.scheduledAt <= new Date()} />
            ) : null}
          </li>
        ))}
      </ul>
    </ApiProvider>
  );
}
