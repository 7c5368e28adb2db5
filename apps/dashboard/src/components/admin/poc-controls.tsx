"use client";
import type { Language } from "@innolab/core";
// Browser-safe: the moves the core accepts from each status.
import { NEXT_POC_STATUSES, type PocStatus } from "@innolab/core/poc-moves";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { hkMidnight } from "~/lib/hong-kong-time";
import { useTRPC } from "~/trpc/client";
import { DateField } from "../date-field";
import { StatusMessage, SubmitRow, useAction } from "./use-action";

/** Move a PoC along, and record its adoption once it is completed. */
export function PocControls({
  language,
  poc,
}: {
  language: Language;
  poc: { id: number; refCode: string; status: PocStatus; adopted: boolean };
}) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [scale, setScale] = useState("");
  const update = useAction(trpc.poc.update.mutationOptions(), () => t.admin.pipeline.saved);
  const adopt = useAction(trpc.adoption.record.mutationOptions(), () => t.admin.pipeline.saved);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`poc-status-${poc.id}`}>
        {`${t.admin.pipeline.status} ${poc.refCode}`}
      </label>
      <select
        id={`poc-status-${poc.id}`}
        className="rounded border-gray-300 text-sm"
        value={poc.status}
        // A finished PoC has nowhere to go: its status is shown, not offered.
        disabled={NEXT_POC_STATUSES[poc.status].length === 0}
        onChange={(e) => update.run({ id: poc.id, status: e.target.value as PocStatus })}
      >
        {[poc.status, ...NEXT_POC_STATUSES[poc.status]].map((status) => (
          <option key={status} value={status}>
            {t.admin.pipeline.statuses[status]}
          </option>
        ))}
      </select>
      {poc.status === "COMPLETED" && !poc.adopted ? (
        <form
          className="flex gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            adopt.run({ pocId: poc.id, adoptedOn: new Date(), scale });
          }}
        >
          <label className="sr-only" htmlFor={`poc-scale-${poc.id}`}>
            {t.admin.pipeline.scale}
          </label>
          <input
            id={`poc-scale-${poc.id}`}
            className="rounded border-gray-300 text-sm"
            placeholder={t.admin.pipeline.scale}
            value={scale}
            onChange={(e) => setScale(e.target.value)}
          />
          <button type="submit" className="rounded bg-emerald-700 px-2 py-1 text-sm text-white">
            {t.admin.pipeline.adopt}
          </button>
        </form>
      ) : null}
      {/* Each action's own outcome: a failed adoption never shows a status change's "Saved." */}
      <StatusMessage status={update.status} />
      <StatusMessage status={adopt.status} />
    </div>
  );
}

/** Start a PoC: a need and the solution to try on it, by their references. */
export function StartPocForm({
  language,
  needs,
  solutions,
}: {
  language: Language;
  needs: Array<{ id: number; refCode: string }>;
  solutions: Array<{ id: number; refCode: string }>;
}) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [form, setForm] = useState({ need: "", solution: "", start: "" });
  const [unknown, setUnknown] = useState<string | null>(null);
  const action = useAction(trpc.poc.start.mutationOptions(), (poc) => t.admin.pipeline.started(poc.refCode));
  const field = "mt-1 block w-full rounded border-gray-300 text-sm";
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const byRef = (list: Array<{ id: number; refCode: string }>, ref: string) =>
    list.find((item) => item.refCode === ref.trim().toUpperCase());
  return (
    <details className="mb-4 rounded-lg border border-gray-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">{t.admin.pipeline.startPoc}</summary>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-3"
        onSubmit={(event) => {
          event.preventDefault();
          const need = byRef(needs, form.need);
          const solution = byRef(solutions, form.solution);
          setUnknown(!need ? form.need : !solution ? form.solution : null);
          if (!need || !solution) return;
          action.run({ needId: need.id, solutionId: solution.id, startDate: hkMidnight(form.start) });
        }}
      >
        <label className="text-sm font-medium">
          {t.admin.pipeline.need}
          <input className={field} required list="poc-needs" value={form.need} onChange={set("need")} />
          <datalist id="poc-needs">
            {needs.map((n) => (
              <option key={n.id} value={n.refCode} />
            ))}
          </datalist>
        </label>
        <label className="text-sm font-medium">
          {t.admin.pipeline.solution}
          <input className={field} required list="poc-solutions" value={form.solution} onChange={set("solution")} />
          <datalist id="poc-solutions">
            {solutions.map((s) => (
              <option key={s.id} value={s.refCode} />
            ))}
          </datalist>
        </label>
        <DateField
          t={t}
          label={t.admin.pipeline.start}
          required
          value={form.start}
          onChange={(start) => setForm({ ...form, start })}
        />
        <SubmitRow
          className="sm:col-span-3"
          label={t.common.save}
          pending={action.pending}
          status={unknown ? { ok: false, message: t.admin.pipeline.unknownRef(unknown) } : action.status}
        />
      </form>
    </details>
  );
}
