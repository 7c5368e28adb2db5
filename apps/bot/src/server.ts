import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Bot } from "grammy";
import { webhookCallback } from "grammy";
import type { createTeamsBot } from "./channels/teams/bot";

export interface BotServerOptions {
  teams: ReturnType<typeof createTeamsBot>;
  /** Set in Telegram webhook mode. */
  telegram?: { bot: Bot; secretToken?: string };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** botbuilder expects an express-like response. */
function expressLike(res: ServerResponse) {
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => res.setHeader(name, String(value)),
    status: (code: number) => {
      res.statusCode = code;
    },
    send: (body?: unknown) => {
      if (body === undefined) return;
      if (!res.hasHeader("content-type")) res.setHeader("content-type", "application/json");
      res.write(typeof body === "string" ? body : JSON.stringify(body));
    },
    end: () => res.end(),
  };
}

/**
 * The bot's HTTP server: Teams at POST /api/messages, the Telegram webhook at
 * POST /telegram/webhook (secret-token header checked), health at GET /health.
 */
export function createBotServer(options: BotServerOptions) {
  const telegram = options.telegram
    ? webhookCallback(options.telegram.bot, "http", { secretToken: options.telegram.secretToken, onTimeout: "return" })
    : undefined;
  return createServer((req, res) => {
    const path = req.url?.split("?")[0];
    if (req.method === "GET" && path === "/health") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      return;
    }
    if (req.method === "POST" && path === "/api/messages") {
      void readJson(req).then(async (body) => {
        if (!body) {
          res.writeHead(400).end("invalid JSON");
          return;
        }
        const { adapter, bot } = options.teams;
        await adapter.process({ body, headers: req.headers, method: req.method }, expressLike(res), (context) =>
          bot.run(context),
        );
      });
      return;
    }
    if (req.method === "POST" && path === "/telegram/webhook" && telegram) {
      void telegram(req, res);
      return;
    }
    res.writeHead(404).end();
  });
}
