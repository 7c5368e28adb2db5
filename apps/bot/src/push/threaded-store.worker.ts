// The worker behind threadedStore: its own database connection, each call answered by id.
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "@innolab/db";
import { type DeliveryStore, databaseStore } from "./delivery-store";

export type Operation = Exclude<keyof DeliveryStore, "close">;
export type StoreRequest =
  | { [K in Operation]: { id: number; op: K; args: Parameters<DeliveryStore[K]> } }[Operation]
  | { id: number; op: "close"; args: [] };
export type StoreReply = { id: number; result?: unknown; error?: string };

const port = parentPort;
if (port) {
  const db = createDb({ url: (workerData as { databaseUrl?: string }).databaseUrl });
  const store = databaseStore(db);
  port.on("message", async (request: StoreRequest) => {
    if (request.op === "close") {
      await db.$disconnect();
      port.close();
      return;
    }
    try {
      const result = await (store[request.op] as (...args: unknown[]) => Promise<unknown>)(...request.args);
      port.postMessage({ id: request.id, result } satisfies StoreReply);
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
