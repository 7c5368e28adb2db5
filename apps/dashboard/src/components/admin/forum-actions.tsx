"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";
import { StatusMessage, useAction } from "./use-action";

const button = "rounded border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-100";

/** A scheduled forum's fate: mark it held (once it has started), or cancel it after a second look. */
export function ForumActions({ language, forumId }: { language: Language; forumId: number }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const cancel = useAction(trpc.forum.cancel.mutationOptions(), () => t.admin.forums.cancelledDone);
  const hold = useAction(trpc.forum.markHeld.mutationOptions(), () => t.admin.forums.heldDone);
  return (
    <div className="mb-4 rounded-lg border border-gray-200 bg-white p-4" data-testid="forum-actions">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} disabled={hold.pending} onClick={() => hold.run({ id: forumId })}>
          {t.admin.forums.markHeld}
        </button>
        <button type="button" className={button} onClick={() => setConfirming(true)}>
          {t.admin.forums.cancel}
        </button>
      </div>
      {confirming ? (
        <fieldset className="mt-3 rounded bg-amber-50 p-3 text-sm">
          <legend className="sr-only">{t.admin.forums.cancel}</legend>
          <p>{t.admin.forums.cancelConfirm}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
              disabled={cancel.pending}
              onClick={() => {
                setConfirming(false);
                cancel.run({ id: forumId });
              }}
            >
              {t.admin.forums.cancelYes}
            </button>
            <button type="button" className={button} onClick={() => setConfirming(false)}>
              {t.admin.forums.cancelNo}
            </button>
          </div>
        </fieldset>
      ) : null}
      <StatusMessage status={hold.status} />
      <StatusMessage status={cancel.status} />
    </div>
  );
}
