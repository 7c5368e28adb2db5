import { appRouter } from "@innolab/core";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sameOrigin } from "~/server/csrf";
import { requestContext } from "~/server/session";

async function handler(request: Request) {
  // Mutations are POSTs; refuse them from other sites (CSRF).
  if (request.method !== "GET" && !sameOrigin(request)) {
    return Response.json({ error: "cross-site request refused" }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: requestContext,
  });
}

export { handler as GET, handler as POST };
