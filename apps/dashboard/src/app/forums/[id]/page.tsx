import { DomainError } from "@innolab/core";
import Link from "next/link";
import { notFound } from "next/navigation";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { idParam } from "~/server/query";
import { currentLanguage, serverApi } from "~/server/session";

/** One technology forum: theme, time, venue, partner, seats. Registration is in the bot. */
export default async function ForumPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  if (!id) notFound();
  const language = await currentLanguage();
  const t = dictionary(language);
  const forum = await (await serverApi()).forum.get({ id }).catch((error: unknown) => {
    if (error instanceof DomainError && error.key === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <article className="space-y-3 rounded-lg border border-gray-200 bg-white p-6">
      <Link href="/forums" className="text-sm text-blue-800 underline">
        {t.portal.back}
      </Link>
      <h1 className="text-2xl font-semibold">{pick(language, forum.title, forum.titleZh)}</h1>
      <p className="text-lg">{pick(language, forum.theme, forum.themeZh)}</p>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-gray-700">{t.portal.when}</dt>
          <dd>
            {formatDate(forum.startsAt, language, true)} – {formatDate(forum.endsAt, language, true)}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-gray-700">{t.portal.venue}</dt>
          <dd>{forum.venue}</dd>
        </div>
        {forum.partner ? (
          <div>
            <dt className="font-medium text-gray-700">{t.portal.partners}</dt>
            <dd>{pick(language, forum.partner.nameEn, forum.partner.nameZh)}</dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium text-gray-700">{t.portal.status}</dt>
          <dd>
            {forum.status === "SCHEDULED" && forum.endsAt > new Date()
              ? t.portal.seats(forum.seatsLeft, forum.capacity)
              : t.portal.forumStatus[forum.status]}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-gray-700">{t.portal.registerInBot}</p>
    </article>
  );
}
