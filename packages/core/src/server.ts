import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "@innolab/db";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { type Actor, createContext } from "./context";
import { actorForApiToken } from "./domain/auth/api-tokens";
import { DomainError, localizeError } from "./lib/errors";
import { Health } from "./lib/health";
import { languageFromTag } from "./lib/language";
import { logError, withLogContext } from "./lib/log";
import { metrics } from "./lib/metrics";
import { openApiDocument } from "./openapi";
import { appRouter } from "./root";

/** The largest request body the API reads: far above any form, far below what hurts memory. */
export const MAX_BODY_BYTES = 1_000_000;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return res.end();
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** The API is ready when its database answers. */
export const apiHealth = (db: Db) => new Health("api", { database: () => db.$queryRaw`SELECT 1` });

/**
 * The HTTP API: tRPC over HTTP at /trpc/<procedure>, /health/live and /health/ready (and /health). Requests act as the public
 * (no actor), or as the person of an API token (`innolab token`). Bodies over MAX_BODY_BYTES are refused (413) before they are read.
 */
export function createApiServer(db: Db, health = apiHealth(db)) {
  let openApi: string | undefined;
  const trpc = createHTTPServer({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: MAX_BODY_BYTES,
    createContext: async ({ req }: { req: IncomingMessage }) => {
      const language = languageFromTag(req.headers["accept-language"]);
      // Another team's tool: `Authorization: Bearer <API token>` acts as the token's person; a
      // token that is unknown, revoked or expired is refused rather than read as the public.
      const authorization = req.headers.authorization;
      let actor: Actor | undefined;
      if (authorization !== undefined) {
        const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
        try {
          actor = (token && (await actorForApiToken(db, token))) || undefined;
          if (!actor) throw new DomainError("API_TOKEN_INVALID");
        } catch (error) {
          // Refused before any procedure runs: told in the caller's language here.
          throw error instanceof DomainError ? localizeError(error, language) : error;
        }
      }
      return createContext({ db, source: "web", language, actor, clientAddress: req.socket.remoteAddress });
    },
  });
  const handler = trpc.listeners("request")[0] as (req: IncomingMessage, res: ServerResponse) => void;
  trpc.removeAllListeners("request");
  trpc.on("request", (req: IncomingMessage, res: ServerResponse) =>
    // Every log line of this request names it; the caller can pass its own id to follow it across services.
    withLogContext({ requestId: requestIdOf(req, res) }, () => route(req, res)),
  );
  const route = (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === "/metrics") {
      // For Prometheus on the internal network: names and counts, no person or text.
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text),
        () => sendJson(res, 500, { ok: false }),
      );
      return;
    }
    if (health.respond(req, res)) return;
    if (req.method === "GET" && req.url === "/openapi.json") {
      openApi ??= JSON.stringify(openApiDocument());
      res.writeHead(200, { "content-type": "application/json" }).end(openApi);
      return;
    }
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      res.setHeader("connection", "close");
      sendJson(res, 413, { error: { message: `The request body is larger than ${MAX_BODY_BYTES} bytes.` } });
      req.resume();
      return;
    }
    try {
      handler(req, res);
    } catch (error) {
      logError("api", "request failed", error);
      sendJson(res, 500, { error: { message: "Internal error" } });
    }
  };
  return trpc;
}

/** The request's X-Request-Id if it looks like one, else a new one; sent back on the response. */
function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader("x-request-id", id);
  return id;
}
