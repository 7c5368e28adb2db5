"use client";
import { type UseMutationOptions, useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * Runs a tRPC mutation from a form: shows the server's message (already in the user's
 * language) on failure, a confirmation on success, and refreshes the page's server data.
 */
export function useAction<TOutput, TError extends { message: string }, TInput>(
  options: UseMutationOptions<TOutput, TError, TInput>,
  successMessage: (output: TOutput) => string,
) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const mutation = useMutation({
    ...options,
    onSuccess: (output: TOutput) => {
      setStatus({ ok: true, message: successMessage(output) });
      router.refresh();
    },
    onError: (error: TError) => setStatus({ ok: false, message: error.message }),
  });
  return { run: (input: TInput) => mutation.mutate(input), pending: mutation.isPending, status };
}

export function StatusMessage({ status }: { status: { ok: boolean; message: string } | null }) {
  if (!status) return null;
  return (
    <p
      role={status.ok ? "status" : "alert"}
      className={`mt-2 rounded p-2 text-sm ${status.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
    >
      {status.message}
    </p>
  );
}

/** A form's submit button with the outcome under it. */
export function SubmitRow({
  label,
  pending,
  status,
  className = "",
}: {
  label: string;
  pending: boolean;
  status: { ok: boolean; message: string } | null;
  className?: string;
}) {
  return (
    <div className={className}>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
      >
        {label}
      </button>
      <StatusMessage status={status} />
    </div>
  );
}
