import { Worker } from "node:worker_threads";
import { logError } from "@innolab/core";
import type { DeliveryStore } from "./delivery-store";
import type { Operation, StoreReply, StoreRequest } from "./threaded-store.worker";

/**
 * The store in a worker thread with its own database connection. SQLite answers synchronously,
 * so a claim on the sender's own thread would stop every send for its duration (at 1000/s that
 * cost 6% of the rate); from a worker, sends keep their pace while the database works.
 */
export function threadedStore(databaseUrl?: string): DeliveryStore {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const start = () => {
    // A plain-JS entry that loads the TypeScript worker, so it runs under tsx and vitest alike.
    const started = new Worker(new URL("./threaded-store.worker.mjs", import.meta.url), {
      workerData: { databaseUrl },
    });
    started.on("message", (reply: StoreReply) => {
      const call = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error === undefined) call?.resolve(reply.result);
      else call?.reject(new Error(reply.error));
    });
    // A worker that dies fails its calls (their leases lapse and are claimed again); the next
    // call starts a new one.
    started.on("exit", (code) => {
      if (worker === started) worker = undefined;
      for (const call of pending.values()) call.reject(new Error(`delivery store worker exited (${code})`));
      pending.clear();
    });
    started.on("error", (error) => logError("push", "delivery store worker", error));
    return started;
  };

  const call = <K extends Operation>(op: K, args: Parameters<DeliveryStore[K]>) => {
    worker ??= start();
    const id = nextId++;
    const request: StoreRequest = { id, op, args } as StoreRequest;
    return new Promise<Awaited<ReturnType<DeliveryStore[K]>>>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker!.postMessage(request);
    });
  };

  return {
    claim: (...args) => call("claim", args),
    recordSent: (...args) => call("recordSent", args),
    recordOutcome: (...args) => call("recordOutcome", args),
    renewLease: (...args) => call("renewLease", args),
    close: async () => {
      const running = worker;
      if (!running) return;
      worker = undefined;
      running.postMessage({ id: 0, op: "close", args: [] } satisfies StoreRequest);
      await new Promise((resolve) => running.once("exit", resolve));
    },
  };
}
