import { AdminNav } from "~/components/admin/admin-nav";
import { InvitationForm } from "~/components/admin/invitation-form";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

export default async function InvitationsPage() {
  await requireRole("staff", "/admin/invitations");
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const [invitations, governments, companies] = await Promise.all([
    api.invitation.list({ onlyOpen: false }),
    api.organisation.list({ kind: "GOVERNMENT", pageSize: 100 }),
    api.organisation.list({ kind: "COMPANY", pageSize: 100 }),
  ]);
  const organisations = [...governments, ...companies].map((o) => ({
    value: String(o.id),
    labelEn: o.nameEn,
    labelZh: o.nameZh,
  }));
  const state = (i: (typeof invitations)[number]) =>
    i.usedAt ? "used" : i.revokedAt ? "revoked" : i.expiresAt < new Date() ? "expired" : "open";
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="invitations" />
      <InvitationForm language={language} organisations={organisations} />
      <div className="mt-4 overflow-x-auto">
        <table className="w-full bg-white text-sm">
          <thead>
            <tr className="text-left">
              <th className="p-2">{t.admin.invitations.code}</th>
              <th className="p-2">{t.admin.invitations.role}</th>
              <th className="p-2">{t.admin.invitations.organisation}</th>
              <th className="p-2">{t.admin.invitations.expires}</th>
              <th className="p-2">{t.admin.invitations.state}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.slice(0, 100).map((i) => (
              <tr key={i.id} className="border-t border-gray-200">
                <td className="p-2 font-mono">{i.code}</td>
                <td className="p-2">{t.admin.invitations.roles[i.role]}</td>
                <td className="p-2">
                  {i.organisation ? pick(language, i.organisation.nameEn, i.organisation.nameZh) : "—"}
                </td>
                <td className="p-2">{formatDate(i.expiresAt, language)}</td>
                <td className="p-2">{state(i)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ApiProvider>
  );
}
