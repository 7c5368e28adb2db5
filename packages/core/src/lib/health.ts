import type { IncomingMessage, ServerResponse } from "node:http";
import { logError } from "./log";

/** A dependency's check: resolves when it answers. */
export type HealthCheck = () => Promise<unknown>;

const CHECK_TIMEOUT_MS = 2_000;

export interface Readiness {
  ready: boolean;
  checks: Record<string, "ok" | "failing">;
  stopping?: true;
}

/**
 * Liveness and readiness for a load balancer or an orchestrator. Live: the process answers
 * (restart it if not). Ready: each dependency (database, Redis) answers within 2 s and the process
 * is not stopping (send it no new work while it finishes). Answers carry names and states only:
 * a dependency's error can hold its URL and password, so it goes to the log.
 */
export class Health {
  private stopping = false;

  constructor(
    private readonly service: string,
    private readonly checks: Record<string, HealthCheck>,
  ) {}

  /** From now on, not ready: the process is finishing its work before it exits. */
  markStopping() {
    this.stopping = true;
  }

  async readiness(): Promise<Readiness> {
    const entries = await Promise.all(
      Object.entries(this.checks).map(async ([name, check]) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
        });
        try {
          await Promise.race([check(), timeout]);
          return [name, "ok"] as const;
        } catch (error) {
          logError(this.service, `readiness: ${name} failing`, error);
          return [name, "failing"] as const;
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    const checks = Object.fromEntries(entries);
    const ready = !this.stopping && entries.every(([, state]) => state === "ok");
    return { ready, checks, ...(this.stopping ? { stopping: true as const } : {}) };
  }

  /**
   * Answers GET /health/live and GET /health/ready (and /health, as ready); returns false for any
   * other request.
   */
  respond(req: IncomingMessage, res: ServerResponse): boolean {
    const path = req.url?.split("?")[0];
    if (req.method !== "GET" || !(path === "/health" || path === "/health/live" || path === "/health/ready"))
      return false;
    const send = (status: number, body: unknown) =>
      res
        .writeHead(status, { "content-type": "application/json", "cache-control": "no-store" })
        .end(JSON.stringify(body));
    if (path === "/health/live") {
      send(200, { live: true });
      return true;
    }
    void this.readiness().then((readiness) => send(readiness.ready ? 200 : 503, { ok: readiness.ready, ...readiness }));
    return true;
  }
}
