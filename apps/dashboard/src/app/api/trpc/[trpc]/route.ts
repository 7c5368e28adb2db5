import { randomUUID } from "node:crypto";
import { appRouter, withLogContext } from "@innolab/core";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sameOrigin } from "~/server/csrf";
import { requestContext } from "~/server/session";

/** Far above any form the dashboard sends; a larger body is refused before it is read. */
const MAX_BODY_BYTES = 1_000_000;

const tooLarge = () =>
  Response.json({ error: `The request body is larger than ${MAX_BODY_BYTES} bytes.` }, { status: 413 });

/** The body, read up to the limit (a chunked upload has no length to check first). */
async function boundedBody(request: Request): Promise<Buffer | undefined> {
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function handler(request: Request) {
  // Mutations are POSTs; refuse them from other sites (CSRF).
  if (request.method !== "GET" && !sameOrigin(request)) {
    return Response.json({ error: "cross-site request refused" }, { status: 403 });
  }
  let req = request;
  if (request.method === "POST") {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooLarge();
    const body = await boundedBody(request);
    if (!body) return tooLarge();
    req = new Request(request.url, { method: "POST", headers: request.headers, body: new Uint8Array(body) });
  }
  // Every log line of this request names it (the core adds the procedure).
  return withLogContext({ requestId: randomUUID() }, () =>
    fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: requestContext }),
  );
}

export { handler as GET, handler as POST };
