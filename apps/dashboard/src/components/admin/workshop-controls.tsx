"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { fromHkWallTime } from "~/lib/hong-kong-time";
import { useTRPC } from "~/trpc/client";
import { DateTimeField } from "../date-field";
import { StatusMessage, SubmitRow, useAction } from "./use-action";

/** Schedule a workshop on a need (by its reference), inviting the companies of its confirmed matches. */
export function WorkshopForm({
  language,
  needs,
  initialRef,
}: {
  language: Language;
  needs: Array<{ id: number; refCode: string }>;
  initialRef?: string;
}) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [form, setForm] = useState({ ref: initialRef ?? "", title: "", when: "", venue: "", inviteMatches: true });
  const [unknown, setUnknown] = useState(false);
  const action = useAction(trpc.workshop.create.mutationOptions(), () => t.admin.workshops.scheduled);
  const field = "mt-1 block w-full rounded border-gray-300 text-sm";
  const set = (key: "ref" | "title" | "venue") => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  return (
    <details className="mb-4 rounded-lg border border-gray-200 bg-white p-4" open={Boolean(initialRef)}>
      <summary className="cursor-pointer font-medium">{t.admin.workshops.schedule}</summary>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          const need = needs.find((n) => n.refCode === form.ref.trim().toUpperCase());
          setUnknown(!need);
          if (!need) return;
          action.run({
            needId: need.id,
            title: form.title,
            scheduledAt: fromHkWallTime(form.when),
            venue: form.venue || null,
            inviteConfirmedMatches: form.inviteMatches,
          });
        }}
      >
        <label className="text-sm font-medium">
          {t.admin.workshops.need}
          <input className={field} required list="need-refs" value={form.ref} onChange={set("ref")} />
          <datalist id="need-refs">
            {needs.map((n) => (
              <option key={n.id} value={n.refCode} />
            ))}
          </datalist>
        </label>
        <label className="text-sm font-medium">
          {t.admin.workshops.title}
          <input className={field} required value={form.title} onChange={set("title")} />
        </label>
        <DateTimeField
          t={t}
          label={t.admin.workshops.when}
          value={form.when}
          onChange={(when) => setForm({ ...form, when })}
        />
        <label className="text-sm font-medium">
          {t.admin.workshops.venue}
          <input className={field} value={form.venue} onChange={set("venue")} />
        </label>
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input
            type="checkbox"
            checked={form.inviteMatches}
            onChange={(e) => setForm({ ...form, inviteMatches: e.target.checked })}
          />
          {t.admin.workshops.inviteMatches}
        </label>
        <SubmitRow
          className="sm:col-span-2"
          label={t.common.save}
          pending={action.pending}
          status={unknown ? { ok: false, message: t.admin.workshops.unknownNeed } : action.status}
        />
      </form>
    </details>
  );
}

/** Mark a planned workshop held (once its time has come, as the core requires), or cancel it. */
export function WorkshopStatus({ id, language, due }: { id: number; language: Language; due: boolean }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const action = useAction(trpc.workshop.update.mutationOptions(), () => t.admin.workshops.saved);
  return (
    <div className="flex flex-wrap gap-2">
      {due ? (
        <button
          type="button"
          className="rounded border border-gray-300 px-2 py-1 text-xs"
          onClick={() => action.run({ id, status: "HELD" })}
        >
          {t.admin.workshops.markHeld}
        </button>
      ) : null}
      <button
        type="button"
        className="rounded border border-gray-300 px-2 py-1 text-xs"
        onClick={() => action.run({ id, status: "CANCELLED" })}
      >
        {t.admin.workshops.cancel}
      </button>
      <StatusMessage status={action.status} />
    </div>
  );
}
