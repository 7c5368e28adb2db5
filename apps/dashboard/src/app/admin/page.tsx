import { AdminNav } from "~/components/admin/admin-nav";
import { ReviewActions } from "~/components/admin/review-actions";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

/** The review queue: submitted needs and solutions, oldest first. */
export default async function ReviewQueuePage() {
  await requireRole("staff", "/admin");
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const [needs, solutions] = await Promise.all([
    api.need.search({ statuses: ["SUBMITTED"], pageSize: 50 }),
    api.solution.search({ statuses: ["SUBMITTED"], pageSize: 50 }),
  ]);
  const queue = [
    ...needs.items.map((item) => ({ kind: "need" as const, item })),
    ...solutions.items.map((item) => ({ kind: "solution" as const, item })),
  ].sort((a, b) => (a.item.submittedAt?.getTime() ?? 0) - (b.item.submittedAt?.getTime() ?? 0));
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="review" />
      {queue.length === 0 ? <p>{t.admin.review.empty}</p> : null}
      <ul className="space-y-3">
        {queue.map(({ kind, item }) => (
          <li
            key={`${kind}-${item.id}`}
            className="rounded-lg border border-gray-200 bg-white p-4"
            data-testid={`review-${item.refCode}`}
          >
            <p className="text-xs font-medium uppercase text-gray-700">{t.admin.review.kind[kind]}</p>
            <h2 className="text-lg font-medium">{item.title}</h2>
            <p className="text-sm text-gray-700">
              {item.refCode} · {pick(language, item.organisation.nameEn, item.organisation.nameZh)}
              {item.submittedAt ? ` · ${formatDate(item.submittedAt, language, true)}` : ""}
            </p>
            <p className="mt-1 line-clamp-3 text-sm">{item.description}</p>
            <ReviewActions kind={kind} id={item.id} language={language} />
          </li>
        ))}
      </ul>
    </ApiProvider>
  );
}
