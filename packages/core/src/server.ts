import type { IncomingMessage } from "node:http";
import type { Db } from "@innolab/db";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { createContext } from "./context";
import { languageFromTag } from "./lib/language";
import { appRouter } from "./root";

/**
 * The HTTP API: tRPC over HTTP at /trpc/<procedure>, and /health. Requests act as the public
 * (no actor) until the dashboard adds signed-in sessions.
 */
export function createApiServer(db: Db) {
  const trpc = createHTTPServer({
    router: appRouter,
    basePath: "/trpc/",
    createContext: ({ req }: { req: IncomingMessage }) =>
      createContext({ db, source: "web", language: languageFromTag(req.headers["accept-language"]) }),
  });
  const handler = trpc.listeners("request")[0] as (
    req: IncomingMessage,
    res: import("node:http").ServerResponse,
  ) => void;
  trpc.removeAllListeners("request");
  trpc.on("request", (req, res) => {
    if (req.url === "/health") {
      db.$queryRaw`SELECT 1`
        .then(() => {
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
        })
        .catch((error: unknown) => {
          res
            .writeHead(503, { "content-type": "application/json" })
            .end(JSON.stringify({ ok: false, error: String(error) }));
        });
      return;
    }
    handler(req, res);
  });
  return trpc;
}
