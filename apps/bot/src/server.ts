import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type Health, logError, metrics, sameSecret, withLogContext } from "@innolab/core";
import { Activity } from "@microsoft/agents-activity";
import type { Bot } from "grammy";
import { webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import type { createTeamsBot } from "./channels/teams/bot";
import type { FileLinks } from "./file-links";

export interface BotServerOptions {
  /** Absent when Teams is not configured (no app id, not in local mode): /api/messages answers 503. */
  teams?: ReturnType<typeof createTeamsBot>;
  /** Set in Telegram webhook mode; the secret is required. */
  telegram?: { bot: Bot; secretToken: string };
  /** Serves the files chats receive as links (a forum's .ics in Teams): GET /files/<name>. */
  files?: FileLinks;
  /** Liveness and readiness (GET /health/live, /health/ready); without it, /health/live only. */
  health?: Health;
}

/** Far above any Telegram update or Teams activity; a larger body is refused before it is read. */
export const MAX_BODY_BYTES = 1_000_000;

/** A failure already logged where its context (the update) was known: answered 500, not logged again. */
class Logged extends Error {}

class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** The request's JSON object, read up to MAX_BODY_BYTES. */
async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) throw new BodyError(413, "body too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BodyError(400, "body is not JSON");
  }
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw new BodyError(400, "body is not a JSON object");
  return body as Record<string, unknown>;
}

function reply(res: ServerResponse, status: number, text: string) {
  if (res.headersSent) {
    res.end();
    return;
  }
  // After a refused body, do not keep reading what the client still sends.
  if (status === 413) res.setHeader("connection", "close");
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(text);
}

/** The Agents SDK expects an express-like response. */
function expressLike(res: ServerResponse) {
  const response = {
    socket: res.socket,
    get headersSent() {
      return res.headersSent;
    },
    get writableEnded() {
      return res.writableEnded;
    },
    setHeader: (name: string, value: unknown) => res.setHeader(name, String(value)),
    header: (name: string, value: unknown) => res.setHeader(name, String(value)),
    status: (code: number) => {
      res.statusCode = code;
      return response;
    },
    send: (body?: unknown) => {
      if (body === undefined) return response;
      if (!res.hasHeader("content-type")) res.setHeader("content-type", "application/json");
      res.write(typeof body === "string" ? body : JSON.stringify(body));
      return response;
    },
    end: () => res.end(),
  };
  return response;
}

/** Teams: an activity must at least say what it is; the token is checked, then the adapter runs the turn. */
async function handleTeams(teams: NonNullable<BotServerOptions["teams"]>, req: IncomingMessage, res: ServerResponse) {
  const body = await readJsonObject(req);
  if (typeof body.type !== "string") throw new BodyError(400, "not a Bot Framework activity");
  // The SDK reads the activity through its schema: a field of the wrong type is the sender's error.
  try {
    Activity.fromObject(body);
  } catch {
    throw new BodyError(400, "not a valid Bot Framework activity");
  }
  const { adapter, bot, authorize } = teams;
  const request: {
    body: Record<string, unknown>;
    headers: IncomingMessage["headers"];
    method?: string;
    user?: object;
  } = { body, headers: req.headers, method: req.method };
  const response = expressLike(res);
  let authorized = !authorize;
  if (authorize) {
    await authorize(request as never, response as never, () => {
      authorized = true;
    });
  }
  if (!authorized) {
    if (!res.writableEnded) response.end();
    return;
  }
  const activityId = typeof body.id === "string" ? body.id.slice(0, 100) : "none";
  await withLogContext({ updateId: activityId, channel: "teams" }, () =>
    adapter.process(request as never, response as never, (context) => bot.run(context)),
  );
  if (!res.writableEnded) res.end();
}

/**
 * Telegram: the secret is checked before the body is read; the update is handled to the end
 * (its replies sent, the button acknowledged, the update marked handled) before Telegram gets
 * its 200, so an update is never acknowledged and then lost. A failure answers 500, and
 * Telegram delivers the update again.
 */
function telegramHandler(telegram: NonNullable<BotServerOptions["telegram"]>) {
  const callback = webhookCallback(
    telegram.bot,
    (update: Update, res: ServerResponse) => ({
      update,
      header: telegram.secretToken,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { "content-type": "application/json" }).end(json),
      unauthorized: () => reply(res, 401, "unauthorized"),
    }),
    { secretToken: telegram.secretToken, onTimeout: "throw", timeoutMilliseconds: 55_000 },
  );
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (!sameSecret(req.headers["x-telegram-bot-api-secret-token"], telegram.secretToken)) {
      req.resume();
      reply(res, 401, "unauthorized");
      return;
    }
    const body = await readJsonObject(req);
    if (typeof body.update_id !== "number") throw new BodyError(400, "not a Telegram update");
    // Named on every log line of its handling, its failure (logged by the request's boundary) included.
    await withLogContext({ updateId: body.update_id, channel: "telegram" }, async () => {
      try {
        await callback(body as unknown as Update, res);
      } catch (error) {
        logError("bot", "telegram update failed", error);
        throw new Logged();
      }
    });
  };
}

/** A file link: the file if its signature holds and it has not expired (403 / 410 otherwise). */
function serveFile(files: FileLinks, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://bot.invalid");
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice("/files/".length));
  } catch {
    reply(res, 400, "bad file name");
    return;
  }
  const opened = files.open(url.searchParams, name);
  if (!opened.ok) {
    reply(res, opened.status, opened.status === 410 ? "this link has expired" : "not a valid link");
    return;
  }
  res
    .writeHead(200, {
      "content-type": `${opened.file.mimeType}; charset=utf-8`,
      "content-disposition": `attachment; filename="${opened.file.filename}"`,
      "cache-control": "private, no-store",
    })
    .end(opened.file.content);
}

/**
 * The bot's HTTP server: Teams at POST /api/messages, the Telegram webhook at
 * POST /telegram/webhook, health at GET /health/live and /health/ready (and /health). Every request is handled inside its own
 * boundary: no request, however malformed, stops the process.
 */
export function createBotServer(options: BotServerOptions) {
  const telegram = options.telegram ? telegramHandler(options.telegram) : undefined;
  const teams = options.teams;
  const route = (req: IncomingMessage, res: ServerResponse): Promise<void> | undefined => {
    const path = req.url?.split("?")[0];
    if (options.health?.respond(req, res)) return;
    if (req.method === "GET" && (path === "/health" || path === "/health/live")) {
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      return;
    }
    if (req.method === "GET" && path === "/metrics") {
      // For Prometheus on the internal network: names and counts, no person, chat or text.
      return metrics.registry
        .metrics()
        .then((text) => void res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text));
    }
    if (req.method === "POST" && path === "/api/messages") {
      if (teams) return handleTeams(teams, req, res);
      req.resume();
      reply(res, 503, "Teams is not configured on this bot");
      return;
    }
    if (req.method === "POST" && path === "/telegram/webhook" && telegram) return telegram(req, res);
    if (req.method === "GET" && path?.startsWith("/files/") && options.files) {
      serveFile(options.files, req, res);
      return;
    }
    req.resume();
    reply(res, 404, "not found");
  };
  return createServer((req, res) => {
    route(req, res)?.catch((error: unknown) => {
      if (error instanceof BodyError) {
        reply(res, error.status, error.message);
        return;
      }
      const status = (error as { statusCode?: unknown }).statusCode;
      if (status === 401 || status === 403) {
        reply(res, 401, "unauthorized");
        return;
      }
      if (!(error instanceof Logged)) logError("bot", `${req.method} ${req.url?.split("?")[0]} failed`, error);
      reply(res, 500, "internal error");
    });
  });
}
