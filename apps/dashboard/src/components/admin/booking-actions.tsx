"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { fromHkWallTime } from "~/lib/hong-kong-time";
import { useTRPC } from "~/trpc/client";
import { DateField } from "../date-field";
import { StatusMessage, SubmitRow, useAction } from "./use-action";

/** Approve a pending booking, or reject it with a reason the booker is told. */
export function DecideBooking({ id, language }: { id: number; language: Language }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const [decision, setDecision] = useState<"APPROVE" | "REJECT">("APPROVE");
  const action = useAction(trpc.booking.decide.mutationOptions(), () =>
    decision === "APPROVE" ? t.admin.bookings.approved : t.admin.bookings.rejected,
  );
  return (
    <div className="mt-1 flex flex-wrap items-end gap-2">
      <button
        type="button"
        className="rounded bg-emerald-700 px-2 py-1 text-xs font-medium text-white"
        onClick={() => {
          setDecision("APPROVE");
          action.run({ id, decision: "APPROVE" });
        }}
      >
        {t.admin.bookings.approve}
      </button>
      <label className="text-xs">
        <span className="sr-only">{t.admin.bookings.reason}</span>
        <input
          className="rounded border-gray-300 text-xs"
          placeholder={t.admin.bookings.reason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="rounded bg-rose-700 px-2 py-1 text-xs font-medium text-white"
        onClick={() => {
          setDecision("REJECT");
          action.run({ id, decision: "REJECT", reason: reason || null });
        }}
      >
        {t.admin.bookings.reject}
      </button>
      <StatusMessage status={action.status} />
    </div>
  );
}

/** Block a resource out for maintenance. */
export function BlockOutForm({
  language,
  resources,
}: {
  language: Language;
  resources: Array<{ id: number; name: string }>;
}) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [form, setForm] = useState({
    resourceId: String(resources[0]?.id ?? ""),
    day: "",
    from: "09:00",
    to: "18:00",
    reason: "",
  });
  const action = useAction(trpc.booking.blockOut.mutationOptions(), () => t.admin.bookings.blocked);
  const field = "mt-1 block w-full rounded border-gray-300 text-sm";
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  return (
    <details className="mb-4 rounded-lg border border-gray-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">{t.admin.bookings.blockOut}</summary>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-5"
        onSubmit={(event) => {
          event.preventDefault();
          action.run({
            resourceId: Number(form.resourceId),
            startsAt: fromHkWallTime(`${form.day}T${form.from}`),
            endsAt: fromHkWallTime(`${form.day}T${form.to}`),
            reason: form.reason,
          });
        }}
      >
        <label className="text-sm font-medium">
          {t.admin.bookings.resource}
          <select className={field} value={form.resourceId} onChange={set("resourceId")}>
            {resources.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <DateField
          t={t}
          label={t.admin.bookings.day}
          required
          value={form.day}
          onChange={(day) => setForm({ ...form, day })}
        />
        <label className="text-sm font-medium">
          {t.admin.bookings.from}
          <input className={field} type="time" required value={form.from} onChange={set("from")} />
        </label>
        <label className="text-sm font-medium">
          {t.admin.bookings.to}
          <input className={field} type="time" required value={form.to} onChange={set("to")} />
        </label>
        <label className="text-sm font-medium">
          {t.admin.bookings.reason}
          <input className={field} required value={form.reason} onChange={set("reason")} />
        </label>
        <SubmitRow className="sm:col-span-5" label={t.common.save} pending={action.pending} status={action.status} />
      </form>
    </details>
  );
}
