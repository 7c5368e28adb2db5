import Link from "next/link";
import { AdminNav } from "~/components/admin/admin-nav";
import { ForumForm } from "~/components/admin/forum-form";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

export default async function AdminForumsPage() {
  await requireRole("staff", "/admin/forums");
  const language = await currentLanguage();
  const t = dictionary(language);
  const forums = await (await serverApi()).forum.list({ when: "all", pageSize: 100 });
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="forums" />
      <ForumForm language={language} />
      <table className="w-full rounded-lg bg-white text-sm">
        <thead>
          <tr className="text-left">
            <th className="p-2">{t.admin.forums.title}</th>
            <th className="p-2">{t.admin.forums.startsAt}</th>
            <th className="p-2">{t.admin.forums.status}</th>
            <th className="p-2 text-right">{t.admin.forums.capacity}</th>
          </tr>
        </thead>
        <tbody>
          {forums.map((forum) => (
            <tr key={forum.id} className="border-t border-gray-200">
              <td className="p-2">
                <Link className="text-blue-800 underline" href={`/admin/forums/${forum.id}`}>
                  {pick(language, forum.title, forum.titleZh)}
                </Link>
              </td>
              <td className="p-2">{formatDate(forum.startsAt, language, true)}</td>
              <td className="p-2">{t.admin.forums.statuses[forum.status] ?? forum.status}</td>
              <td className="p-2 text-right">
                {forum.seatsTaken} / {forum.capacity}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ApiProvider>
  );
}
