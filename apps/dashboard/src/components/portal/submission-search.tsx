import Link from "next/link";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { choiceParam, idParam, pageParam, slugParam, textParam } from "~/server/query";
import { currentLanguage, serverApi } from "~/server/session";
import { FIELD_CLASS, FilterSelect, SearchForm, TechAreaSelect } from "./search-form";
import { TechAreaChips } from "./tech-area-chips";

export type SubmissionKind = "need" | "solution";
type Params = Record<string, string | string[] | undefined>;

const PAGE_SIZE = 20;

/** Find Service Needs / Find I&T Solutions: search and filter published records (a GET form, so results can be linked). */
export async function SubmissionSearch({ kind, searchParams }: { kind: SubmissionKind; searchParams: Params }) {
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const text = textParam(searchParams.text);
  const area = slugParam(searchParams.area);
  const org = idParam(searchParams.org);
  const status = choiceParam(searchParams.status, ["CLOSED", "ALL"] as const);
  const statuses =
    status === "CLOSED"
      ? ["CLOSED" as const]
      : status === "ALL"
        ? ["PUBLISHED" as const, "CLOSED" as const]
        : ["PUBLISHED" as const];
  const page = pageParam(searchParams.page);
  const search = kind === "need" ? api.need.search : api.solution.search;
  const [result, areas, organisations] = await Promise.all([
    search({ text, techAreas: area ? [area] : undefined, organisationId: org, statuses, page, pageSize: PAGE_SIZE }),
    api.techArea.list(),
    api.organisation.list({ kind: kind === "need" ? "GOVERNMENT" : "COMPANY", pageSize: 100 }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const base = kind === "need" ? "/needs" : "/solutions";
  const pageLink = (p: number) => {
    const query = new URLSearchParams({
      ...(text ? { text } : {}),
      ...(area ? { area } : {}),
      ...(org ? { org: String(org) } : {}),
      ...(status ? { status } : {}),
      page: String(p),
    });
    return `${base}?${query}`;
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{kind === "need" ? t.nav.needs : t.nav.solutions}</h1>
      <SearchForm columns="sm:grid-cols-5" button={t.portal.search}>
        <label className="text-sm font-medium">
          {t.portal.text}
          <input className={FIELD_CLASS} type="search" name="text" defaultValue={text ?? ""} maxLength={200} />
        </label>
        <TechAreaSelect
          label={t.portal.techArea}
          value={area ?? ""}
          any={t.portal.any}
          areas={areas}
          language={language}
        />
        <FilterSelect
          label={kind === "need" ? t.portal.department : t.portal.submittedBy}
          name="org"
          value={org ? String(org) : ""}
          any={t.portal.any}
          options={organisations.map((o) => ({ value: String(o.id), label: pick(language, o.nameEn, o.nameZh) }))}
        />
        <FilterSelect
          label={t.portal.status}
          name="status"
          value={status ?? "PUBLISHED"}
          options={[
            { value: "PUBLISHED", label: t.portal.statuses.PUBLISHED ?? "" },
            { value: "CLOSED", label: t.portal.statuses.CLOSED ?? "" },
            { value: "ALL", label: t.portal.any },
          ]}
        />
      </SearchForm>
      <p className="text-sm text-gray-700" aria-live="polite">
        {t.portal.results(result.total)}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-6 text-center text-gray-700">
          {t.portal.noResults}
        </p>
      ) : (
        <ul className="space-y-3">
          {result.items.map((item) => (
            <li key={item.id} className="rounded-lg border border-gray-200 bg-white p-4">
              <Link href={`${base}/${item.id}`} className="text-lg font-medium text-blue-800 hover:underline">
                {item.title}
              </Link>
              <p className="mt-1 text-sm text-gray-700">
                {item.refCode} · {pick(language, item.organisation.nameEn, item.organisation.nameZh)}
                {item.publishedAt ? ` · ${formatDate(item.publishedAt, language)}` : ""}
              </p>
              <p className="mt-2 line-clamp-2 text-sm text-gray-800">{item.description}</p>
              <TechAreaChips areas={item.techAreas} language={language} className="mt-2" />
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
        {page > 1 ? (
          <Link className="text-blue-800 underline" href={pageLink(page - 1)}>
            {t.portal.previous}
          </Link>
        ) : (
          <span />
        )}
        <span>{t.portal.page(page, pages)}</span>
        {page < pages ? (
          <Link className="text-blue-800 underline" href={pageLink(page + 1)}>
            {t.portal.next}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
