import Link from "next/link";
import { AdminNav } from "~/components/admin/admin-nav";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { pageParam } from "~/server/query";
import { currentLanguage, requireRole, serverApi } from "~/server/session";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

/** The matching desk: needs whose suggestions and proposals wait for staff, proposals first. */
export default async function MatchingDeskPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("staff", "/admin/matching");
  const language = await currentLanguage();
  const t = dictionary(language);
  const page = pageParam((await searchParams).page);
  const desk = await (await serverApi()).match.desk({ page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(desk.total / PAGE_SIZE));
  const cell = "border-b border-gray-200 px-2 py-2 text-left";
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="matching" />
      <p className="mb-3 text-sm text-gray-700">{t.admin.matching.intro}</p>
      {desk.total === 0 ? (
        <p>{t.admin.matching.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm">
            <thead>
              <tr>
                <th className={cell}>{t.admin.matching.need}</th>
                <th className={cell}>{t.admin.matching.waiting}</th>
                <th className={cell}>{t.admin.matching.proposals}</th>
                <th className={cell}>{t.admin.matching.best}</th>
                <th className={cell}>{t.admin.matching.since}</th>
              </tr>
            </thead>
            <tbody>
              {desk.items.map((item) => (
                <tr key={item.need.id} data-testid={`desk-${item.need.refCode}`}>
                  <td className={cell}>
                    <Link href={`/admin/matching/${item.need.id}`} className="font-medium text-blue-800 underline">
                      {item.need.refCode} · {item.need.title}
                    </Link>
                    <span className="block text-xs text-gray-700">
                      {pick(language, item.need.organisation.nameEn, item.need.organisation.nameZh)}
                    </span>
                  </td>
                  <td className={cell}>{item.pending}</td>
                  <td className={cell}>{item.proposals}</td>
                  <td className={cell}>{item.bestScore.toFixed(2)}</td>
                  <td className={cell}>{item.waitingSince ? formatDate(item.waitingSince, language) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav className="mt-3 flex gap-4 text-sm">
          {page > 1 ? <Link href={`/admin/matching?page=${page - 1}`}>{t.admin.matching.previous}</Link> : null}
          {page < pages ? <Link href={`/admin/matching?page=${page + 1}`}>{t.admin.matching.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
