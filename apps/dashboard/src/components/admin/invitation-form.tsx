"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { pick } from "~/i18n/format";
import { useTRPC } from "~/trpc/client";
import type { Option } from "../kpi/kpi-dashboard";
import { StatusMessage, useAction } from "./use-action";

const ROLES = ["OFFICER", "VENDOR", "SUBSCRIBER", "ADMIN", "MANAGER"] as const;

/** Issue a one-time code that links a chat user to a role (and an organisation). */
export function InvitationForm({ language, organisations }: { language: Language; organisations: Option[] }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [role, setRole] = useState<(typeof ROLES)[number]>("OFFICER");
  const [organisationId, setOrganisationId] = useState("");
  const [validDays, setValidDays] = useState(14);
  const action = useAction(trpc.invitation.create.mutationOptions(), (invitation) =>
    t.admin.invitations.issued(invitation.code),
  );
  const field = "mt-1 block w-full rounded border-gray-300 text-sm";
  return (
    <form
      className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-4"
      onSubmit={(event) => {
        event.preventDefault();
        action.run({ role, organisationId: organisationId ? Number(organisationId) : null, validDays });
      }}
    >
      <label className="text-sm font-medium">
        {t.admin.invitations.role}
        <select className={field} value={role} onChange={(e) => setRole(e.target.value as (typeof ROLES)[number])}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.admin.invitations.roles[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t.admin.invitations.organisation}
        <select className={field} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
          <option value="">—</option>
          {organisations.map((o) => (
            <option key={o.value} value={o.value}>
              {pick(language, o.labelEn, o.labelZh)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t.admin.invitations.days}
        <input
          className={field}
          type="number"
          min={1}
          max={90}
          value={validDays}
          onChange={(e) => setValidDays(Number(e.target.value))}
        />
      </label>
      <div className="flex items-end">
        <button
          type="submit"
          disabled={action.pending}
          className="w-full rounded bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          {t.admin.invitations.issue}
        </button>
      </div>
      <div className="sm:col-span-4">
        <StatusMessage status={action.status} />
      </div>
    </form>
  );
}
