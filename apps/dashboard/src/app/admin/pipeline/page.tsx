import { AdminNav } from "~/components/admin/admin-nav";
import { PocControls, StartPocForm } from "~/components/admin/poc-controls";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

/** Proofs-of-concept and their adoptions. */
export default async function PipelinePage() {
  await requireRole("staff", "/admin/pipeline");
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const [pocs, needs, solutions] = await Promise.all([
    api.poc.list({ pageSize: 100 }),
    api.need.search({ statuses: ["PUBLISHED"], pageSize: 100 }),
    api.solution.search({ statuses: ["PUBLISHED"], pageSize: 100 }),
  ]);
  const refs = (items: Array<{ id: number; refCode: string }>) => items.map(({ id, refCode }) => ({ id, refCode }));
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="pipeline" />
      <StartPocForm language={language} needs={refs(needs.items)} solutions={refs(solutions.items)} />
      <h2 className="text-lg font-medium">{t.admin.pipeline.pocs}</h2>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full bg-white text-sm">
          <thead>
            <tr className="text-left">
              <th className="p-2">{t.portal.reference}</th>
              <th className="p-2">{t.portal.department}</th>
              <th className="p-2">{t.admin.pipeline.status}</th>
              <th className="p-2">{t.admin.pipeline.start}</th>
              <th className="p-2">{t.admin.pipeline.adoption}</th>
            </tr>
          </thead>
          <tbody>
            {pocs.map((poc) => (
              <tr key={poc.id} className="border-t border-gray-200">
                <td className="p-2">{poc.refCode}</td>
                <td className="p-2">{pick(language, poc.governmentOrg.nameEn, poc.governmentOrg.nameZh)}</td>
                <td className="p-2">
                  <PocControls
                    language={language}
                    poc={{ id: poc.id, refCode: poc.refCode, status: poc.status, adopted: Boolean(poc.adoption) }}
                  />
                </td>
                <td className="p-2">{formatDate(poc.startDate, language)}</td>
                <td className="p-2">
                  {poc.adoption ? formatDate(poc.adoption.adoptedOn, language) : t.admin.pipeline.none}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ApiProvider>
  );
}
