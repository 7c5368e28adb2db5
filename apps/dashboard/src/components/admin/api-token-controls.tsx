"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";
import { StatusMessage, SubmitRow, useAction } from "./use-action";

const ROLES = ["", "MANAGER", "SUBSCRIBER", "ADMIN", "OFFICER", "VENDOR"] as const;

/** Issue an API token for another team's tool; the token is shown here once, never again. */
export function ApiTokenForm({ language }: { language: Language }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [form, setForm] = useState({ email: "", name: "", days: 90, role: "" as (typeof ROLES)[number] });
  const [issued, setIssued] = useState<string | null>(null);
  const action = useAction(trpc.apiToken.create.mutationOptions(), (created) => {
    setIssued(created.token);
    return t.admin.tokens.issued;
  });
  const field = "mt-1 block w-full rounded border-gray-300 text-sm";
  return (
    <form
      className="mb-4 grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-4"
      onSubmit={(event) => {
        event.preventDefault();
        setIssued(null);
        action.run({ email: form.email, name: form.name, days: form.days, role: form.role || undefined });
      }}
    >
      <label className="text-sm font-medium">
        {t.admin.tokens.email}
        <input
          className={field}
          type="email"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
      </label>
      <label className="text-sm font-medium">
        {t.admin.tokens.name}
        <input
          className={field}
          required
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </label>
      <label className="text-sm font-medium">
        {t.admin.tokens.role}
        <select
          className={field}
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as (typeof ROLES)[number] })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role ? t.admin.invitations.roles[role] : t.admin.tokens.personsRole}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t.admin.tokens.days}
        <input
          className={field}
          type="number"
          min={1}
          max={366}
          required
          value={form.days}
          onChange={(e) => setForm({ ...form, days: Number(e.target.value) })}
        />
      </label>
      <SubmitRow
        className="sm:col-span-4"
        label={t.admin.tokens.issue}
        pending={action.pending}
        status={action.status}
      />
      {issued ? (
        <div className="sm:col-span-4" data-testid="issued-token">
          <p className="text-sm">{t.admin.tokens.shownOnce}</p>
          <code className="mt-1 block break-all rounded bg-gray-100 p-2 text-sm">{issued}</code>
        </div>
      ) : null}
    </form>
  );
}

/** Revoke a token at once: the tool using it is refused from its next request. */
export function RevokeApiToken({ id, language }: { id: number; language: Language }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const action = useAction(trpc.apiToken.revoke.mutationOptions(), () => t.admin.tokens.revoked);
  return (
    <div>
      <button
        type="button"
        className="rounded border border-gray-300 px-2 py-1 text-xs"
        onClick={() => action.run({ id })}
      >
        {t.admin.tokens.revoke}
      </button>
      <StatusMessage status={action.status} />
    </div>
  );
}
