"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";
import { StatusMessage, useAction } from "./use-action";

const STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "ABANDONED"] as const;

/** Move a PoC along, and record its adoption once it is completed. */
export function PocControls({
  language,
  poc,
}: {
  language: Language;
  poc: { id: number; refCode: string; status: (typeof STATUSES)[number]; adopted: boolean };
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
        onChange={(e) => update.run({ id: poc.id, status: e.target.value as (typeof STATUSES)[number] })}
      >
        {STATUSES.map((status) => (
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
      <StatusMessage status={update.status ?? adopt.status} />
    </div>
  );
}
