// Loads the TypeScript worker: a worker thread does not inherit the parent's tsx or vitest loader.
import { register } from "tsx/esm/api";

register();
await import("./threaded-store.worker.ts");
