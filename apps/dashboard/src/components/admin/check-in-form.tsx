"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";
import { StatusMessage, useAction } from "./use-action";

/** One forum's door desk: type (or scan) a check-in code; other forums' codes are refused. */
export function CheckInForm({ language, forumId }: { language: Language; forumId: number }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const action = useAction(trpc.forum.checkIn.mutationOptions(), (registration) =>
    t.admin.forums.checkedIn(registration.person.displayName),
  );
  return (
    <form
      className="rounded-lg border border-gray-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        action.run({ forumId, code });
        setCode("");
      }}
    >
      <label className="block text-sm font-medium">
        {t.admin.forums.code}
        <input
          className="mt-1 block w-full max-w-xs rounded border-gray-300 uppercase"
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          required
        />
      </label>
      <button
        type="submit"
        disabled={action.pending}
        className="mt-2 rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
      >
        {t.admin.forums.checkIn}
      </button>
      <StatusMessage status={action.status} />
    </form>
  );
}
