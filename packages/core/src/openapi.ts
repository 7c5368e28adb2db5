import { z } from "zod";
import { roleGroups } from "./roles";
import { appRouter } from "./root";
import type { Meta } from "./trpc";

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  meta?: Meta;
  inputs: unknown[];
}

/** A schema the JSON Schema converter can take; anything else is described as "any JSON". */
function jsonSchemaOf(input: unknown): Record<string, unknown> {
  if (!(input instanceof z.ZodType)) return {};
  try {
    // Dates travel as ISO strings (superjson marks them in `meta`).
    return z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const ERROR = {
  description: "The error, its message in the caller's language (Accept-Language: en or zh-HK).",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: {
              json: {
                type: "object",
                properties: {
                  message: { type: "string" },
                  code: { type: "integer" },
                  data: { type: "object", properties: { code: { type: "string" }, httpStatus: { type: "integer" } } },
                },
              },
            },
          },
        },
      },
    },
  },
};

/**
 * The HTTP API as an OpenAPI 3.1 document, built from the router itself: every procedure a
 * request from outside may call (not the chat channels' own), its method, who may call it, and
 * its input as JSON Schema, so that a client in any language can use it. Served at
 * GET /openapi.json.
 */
export function openApiDocument(): Record<string, unknown> {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>;
  const paths: Record<string, unknown> = {};
  for (const [name, procedure] of Object.entries(procedures).sort(([a], [b]) => a.localeCompare(b))) {
    const { type, meta, inputs } = procedure._def;
    if (meta?.channelOnly || type === "subscription") continue;
    const roles = meta?.allow ? [...roleGroups[meta.allow]] : undefined;
    const input = { type: "object", properties: { json: jsonSchemaOf(inputs[0]) }, required: ["json"] };
    const operation = {
      operationId: name,
      tags: [name.split(".")[0]],
      summary: roles ? `${name} — ${roles.join(", ")}` : `${name} — public`,
      ...(roles ? { security: [{ bearer: [] }], "x-roles": roles } : { security: [] }),
      ...(type === "query"
        ? {
            parameters: [
              {
                name: "input",
                in: "query",
                required: inputs.length > 0,
                description: 'The input as JSON, wrapped as {"json": …} (superjson; dates as ISO strings).',
                content: { "application/json": { schema: input } },
              },
            ],
          }
        : { requestBody: { required: true, content: { "application/json": { schema: input } } } }),
      responses: {
        200: {
          description: 'The result, wrapped as {"result": {"data": {"json": …}}}.',
          content: { "application/json": { schema: { type: "object" } } },
        },
        400: ERROR,
        401: ERROR,
        403: ERROR,
        404: ERROR,
        409: ERROR,
        412: ERROR,
        429: ERROR,
      },
    };
    paths[`/trpc/${name}`] = { [type === "query" ? "get" : "post"]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "InnoLab HTTP API",
      version: "1",
      description:
        "The core's procedures over HTTP (tRPC). Queries are GET /trpc/<name>?input=<JSON>, mutations POST /trpc/<name> with a JSON body; inputs and results are wrapped for superjson ({\"json\": …}). Without a token a request acts as the public; with `Authorization: Bearer <API token>` (issued by lab staff) as the token's person, within its role.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An InnoLab API token (ilab_…)." } },
    },
    paths,
  };
}
