import { AdminNav } from "~/components/admin/admin-nav";
import { ApiTokenForm, RevokeApiToken } from "~/components/admin/api-token-controls";
import { dictionary } from "~/i18n/dictionary";
import { formatDate } from "~/i18n/format";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

/** API tokens for other teams' tools: issue (shown once), see who and what they act as, revoke. */
export default async function ApiTokensPage() {
  await requireRole("staff", "/admin/tokens");
  const language = await currentLanguage();
  const t = dictionary(language);
  const tokens = await (await serverApi()).apiToken.list();
  const now = new Date();
  const state = (token: (typeof tokens)[number]) =>
    token.revokedAt
      ? t.admin.tokens.states.revoked
      : token.expiresAt <= now
        ? t.admin.tokens.states.expired
        : t.admin.tokens.states.active;
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="tokens" />
      <p className="mb-3 text-sm text-gray-700">{t.admin.tokens.intro}</p>
      <ApiTokenForm language={language} />
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t.admin.tabs.tokens}</caption>
          <thead className="bg-gray-50 text-left">
            <tr>
              <th className="p-2">{t.admin.tokens.name}</th>
              <th className="p-2">{t.admin.tokens.actsAs}</th>
              <th className="p-2">{t.admin.tokens.role}</th>
              <th className="p-2">{t.admin.tokens.expires}</th>
              <th className="p-2">{t.admin.tokens.lastUsed}</th>
              <th className="p-2">{t.admin.tokens.state}</th>
              <th className="p-2">
                <span className="sr-only">{t.admin.tokens.revoke}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-t border-gray-100" data-testid={`token-${token.id}`}>
                <td className="p-2">{token.name}</td>
                <td className="p-2">
                  {token.person.displayName} ({token.person.email})
                </td>
                <td className="p-2">{t.admin.invitations.roles[token.role ?? token.person.role]}</td>
                <td className="p-2">{formatDate(token.expiresAt, language)}</td>
                <td className="p-2">{token.lastUsedAt ? formatDate(token.lastUsedAt, language, true) : "—"}</td>
                <td className="p-2">{state(token)}</td>
                <td className="p-2">
                  {!token.revokedAt && token.expiresAt > now ? (
                    <RevokeApiToken id={token.id} language={language} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ApiProvider>
  );
}
