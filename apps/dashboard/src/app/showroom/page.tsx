import Link from "next/link";
import { FilterSelect, SearchForm, TechAreaSelect } from "~/components/portal/search-form";
import { TechAreaChips } from "~/components/portal/tech-area-chips";
import { dictionary } from "~/i18n/dictionary";
import { pick } from "~/i18n/format";
import { choiceParam, slugParam } from "~/server/query";
import { currentLanguage, serverApi } from "~/server/session";

/** The showroom: what the lab has tested or is testing, and what departments agreed to share. */
export default async function ShowroomPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string | string[]; area?: string | string[] }>;
}) {
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const params = await searchParams;
  const chosen = choiceParam(params.status, ["TESTED", "UNDER_TESTING"] as const);
  const area = slugParam(params.area);
  const [{ items, total }, areas] = await Promise.all([
    api.showroom.list({ status: chosen, techArea: area || undefined, pageSize: 100 }),
    api.techArea.list(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.showroom.title}</h1>
      <p className="max-w-3xl text-gray-700">{t.showroom.lead}</p>
      <SearchForm columns="sm:grid-cols-3" button={t.portal.search}>
        <FilterSelect
          label={t.portal.status}
          name="status"
          value={chosen ?? ""}
          any={t.showroom.any}
          options={[
            { value: "TESTED", label: t.showroom.status.TESTED ?? "" },
            { value: "UNDER_TESTING", label: t.showroom.status.UNDER_TESTING ?? "" },
          ]}
        />
        <TechAreaSelect
          label={t.portal.techArea}
          value={area ?? ""}
          any={t.showroom.any}
          areas={areas}
          language={language}
        />
      </SearchForm>
      <p className="text-sm text-gray-700">{t.portal.results(total)}</p>
      {items.length === 0 ? <p>{t.showroom.none}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {items.map((item) => (
          <li key={item.id} className="rounded-lg border border-gray-200 bg-white p-4" data-testid="showroom-item">
            <div className="flex items-start justify-between gap-2">
              <Link
                href={`/solutions/${item.solution.id}`}
                className="text-lg font-medium text-blue-800 hover:underline"
              >
                {item.solution.title}
              </Link>
              <span
                className={`shrink-0 rounded px-2 py-0.5 text-xs font-medium ${item.status === "TESTED" ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}
              >
                {t.showroom.status[item.status]}
              </span>
            </div>
            <p className="text-sm text-gray-700">
              {t.showroom.provider}:{" "}
              {pick(language, item.solution.organisation.nameEn, item.solution.organisation.nameZh)}
              {item.poc
                ? ` · ${t.showroom.poc}: ${item.poc.refCode} (${pick(language, item.poc.governmentOrg.nameEn, item.poc.governmentOrg.nameZh)})`
                : ""}
            </p>
            {item.findingsEn || item.findingsZh ? (
              <p className="mt-2 text-sm">
                <span className="font-medium">{t.showroom.findings}: </span>
                {language === "zh-HK" ? (item.findingsZh ?? item.findingsEn) : (item.findingsEn ?? item.findingsZh)}
              </p>
            ) : null}
            <TechAreaChips areas={item.solution.techAreas} language={language} className="mt-2" />
          </li>
        ))}
      </ul>
    </div>
  );
}
