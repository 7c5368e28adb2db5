import Link from "next/link";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { currentLanguage, serverApi } from "~/server/session";

export default async function ForumsPage() {
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const [upcoming, past] = await Promise.all([
    api.forum.list({ when: "upcoming", pageSize: 20 }),
    api.forum.list({ when: "past", pageSize: 12 }),
  ]);
  const list = (forums: typeof upcoming, showSeats: boolean) => (
    <ul className="space-y-3">
      {forums.map((forum) => (
        <li key={forum.id} className="rounded-lg border border-gray-200 bg-white p-4">
          <h3 className="text-lg font-medium">
            <Link href={`/forums/${forum.id}`} className="text-blue-800 hover:underline">
              {pick(language, forum.title, forum.titleZh)}
            </Link>
          </h3>
          <p className="text-sm text-gray-700">
            {formatDate(forum.startsAt, language, true)} · {t.portal.venue}: {forum.venue}
            {forum.partner
              ? ` · ${t.portal.partners}: ${pick(language, forum.partner.nameEn, forum.partner.nameZh)}`
              : ""}
          </p>
          <p className="text-sm">{pick(language, forum.theme, forum.themeZh)}</p>
          {showSeats ? (
            <p className="mt-1 text-sm text-gray-700">
              {t.portal.seats(Math.max(0, forum.capacity - forum.seatsTaken), forum.capacity)}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.nav.forums}</h1>
      <section className="space-y-3">
        <h2 className="text-xl font-medium">{t.portal.upcoming}</h2>
        {upcoming.length ? list(upcoming, true) : <p className="text-gray-700">{t.portal.noResults}</p>}
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-medium">{t.portal.past}</h2>
        {list(past, false)}
      </section>
    </div>
  );
}
