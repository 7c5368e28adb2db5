"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";
import { StatusMessage, useAction } from "./use-action";

/** Publish, or reject with a reason the submitter is told. */
export function ReviewActions({ kind, id, language }: { kind: "need" | "solution"; id: number; language: Language }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const [decision, setDecision] = useState<"PUBLISH" | "REJECT">("PUBLISH");
  const options = kind === "need" ? trpc.need.review.mutationOptions() : trpc.solution.review.mutationOptions();
  const action = useAction(options as ReturnType<typeof trpc.need.review.mutationOptions>, () => "");
  const done = action.status?.ok;
  return (
    <div className="mt-3">
      {done ? null : (
        <div className="flex flex-wrap items-end gap-2">
          <button
            type="button"
            disabled={action.pending}
            onClick={() => {
              setDecision("PUBLISH");
              action.run({ id, decision: "PUBLISH" });
            }}
            className="rounded bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800"
          >
            {t.admin.review.publish}
          </button>
          <label className="text-sm">
            <span className="block">{t.admin.review.reason}</span>
            <input
              className="rounded border-gray-300 text-sm"
              value={reason}
              maxLength={1000}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button
            type="button"
            disabled={action.pending}
            onClick={() => {
              setDecision("REJECT");
              action.run({ id, decision: "REJECT", reason });
            }}
            className="rounded bg-rose-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-rose-800"
          >
            {t.admin.review.reject}
          </button>
        </div>
      )}
      <StatusMessage
        status={
          action.status?.ok
            ? { ok: true, message: decision === "PUBLISH" ? t.admin.review.published : t.admin.review.rejected }
            : action.status
        }
      />
    </div>
  );
}
