import { notFound } from "next/navigation";
import { AdminNav } from "~/components/admin/admin-nav";
import { CheckInForm } from "~/components/admin/check-in-form";
import { ForumActions } from "~/components/admin/forum-actions";
import { ForumForm } from "~/components/admin/forum-form";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

/** One forum: check-in desk, registrations and attendance. */
export default async function AdminForumPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRole("staff", `/admin/forums/${id}`);
  const forumId = Number(id);
  if (!Number.isInteger(forumId) || forumId <= 0) notFound();
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const forum = await api.forum.get({ id: forumId }).catch(() => notFound());
  const registrations = await api.forum.registrations({ forumId });
  const counts = { REGISTERED: 0, WAITLISTED: 0, ATTENDED: 0, CANCELLED: 0 } as Record<string, number>;
  for (const r of registrations) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const statusName: Record<string, string> = {
    REGISTERED: t.admin.forums.registered,
    WAITLISTED: t.admin.forums.waitlisted,
    ATTENDED: t.admin.forums.attended,
    CANCELLED: t.admin.forums.cancelled,
  };
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="forums" />
      <h2 className="text-xl font-medium">{pick(language, forum.title, forum.titleZh)}</h2>
      <p className="mb-3 text-sm text-gray-700">
        {formatDate(forum.startsAt, language, true)} · {forum.venue} · {t.admin.forums.capacity} {forum.capacity} ·{" "}
        <span data-testid="forum-status">{t.admin.forums.statuses[forum.status] ?? forum.status}</span>
      </p>
      {forum.status === "SCHEDULED" ? (
        <>
          <ForumActions language={language} forumId={forum.id} />
          <ForumForm
            language={language}
            forum={{
              id: forum.id,
              title: forum.title,
              titleZh: forum.titleZh ?? "",
              theme: forum.theme ?? "",
              themeZh: forum.themeZh ?? "",
              venue: forum.venue,
              startsAt: forum.startsAt,
              endsAt: forum.endsAt,
              capacity: forum.capacity,
            }}
          />
        </>
      ) : null}
      <ul className="mb-4 flex flex-wrap gap-3 text-sm" data-testid="attendance">
        {Object.entries(counts).map(([status, n]) => (
          <li key={status} className="rounded bg-white px-3 py-1 shadow-sm" data-status={status}>
            {statusName[status]}: <strong>{n}</strong>
          </li>
        ))}
      </ul>
      <CheckInForm language={language} forumId={forum.id} />
      <h3 className="mt-6 text-lg font-medium">{t.admin.forums.registrations}</h3>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full bg-white text-sm">
          <thead>
            <tr className="text-left">
              <th className="p-2">{t.admin.forums.person}</th>
              <th className="p-2">{t.admin.forums.organisation}</th>
              <th className="p-2">{t.admin.forums.status}</th>
            </tr>
          </thead>
          <tbody>
            {registrations.map((r) => (
              <tr key={r.id} className="border-t border-gray-200">
                <td className="p-2">{r.person.displayName}</td>
                <td className="p-2">
                  {r.organisation ? pick(language, r.organisation.nameEn, r.organisation.nameZh) : "—"}
                </td>
                <td className="p-2">{statusName[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ApiProvider>
  );
}
