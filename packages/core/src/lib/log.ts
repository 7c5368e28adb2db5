import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { coreEnv } from "../env";

/**
 * Error lines for the operator's log. Only an error's class, message and stack are written —
 * never the objects around it (a grammY context carries the bot token and the user's name) —
 * and anything shaped like a secret is masked first.
 */
const SECRETS: RegExp[] = [
  /(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}/g, // a Telegram bot token, alone or inside a Bot API URL (".../bot<token>/")
  /scrypt\$[^\s"']+/g, // a password hash
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, // an Authorization header value
  /\b(password|secret|token|authorization)(["']?\s*[:=]\s*["']?)[^\s"',}]+/gi,
  /(?<=\/\/[^\s:@/]*:)[^\s@/]+(?=@)/g, // the password in a connection URL (postgresql://user:PASSWORD@host)
];

export function redact(text: string): string {
  return SECRETS.reduce(
    (out, pattern) =>
      out.replace(pattern, (whole, ...groups: unknown[]) =>
        typeof groups[0] === "string" && typeof groups[1] === "string" && /^[a-z]/i.test(whole)
          ? `${groups[0]}${groups[1]}[redacted]`
          : "[redacted]",
      ),
    text,
  );
}

/**
 * Prisma's "Invalid `…` invocation" messages quote the call's arguments (names, text people
 * typed): keep the first line (which call) and the last (why), drop the quoted call.
 */
function withoutQuotedArguments(text: string): string {
  if (!/^Invalid `[^`]+` invocation/m.test(text)) return text;
  const lines = text.split("\n").filter((line) => line.trim());
  return lines.length <= 2 ? lines.join("\n") : `${lines[0]} […] ${lines.at(-1)}`;
}

/** An error (and its causes) as text, secrets masked. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof Error) {
      const message = withoutQuotedArguments(current.message);
      const frames = (current.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
      parts.push([`${current.name}: ${message}`, ...frames].join("\n"));
      // A grammY BotError keeps the middleware's error in `error` (and the context, unlogged, in `ctx`).
      current = current.cause ?? (current as { error?: unknown }).error;
    } else {
      parts.push(typeof current === "string" ? current : `non-error value of type ${typeof current}`);
      break;
    }
  }
  return redact(parts.join("\ncaused by: "));
}

const context = new AsyncLocalStorage<LogContext>();

/** What ties a log line to the work it belongs to: never a person, a chat's text or a secret. */
export interface LogContext {
  /** The HTTP request (its X-Request-Id, or one made up). */
  requestId?: string;
  /** The chat update (Telegram's update_id, Teams' activity id) and its channel. */
  updateId?: string | number;
  channel?: string;
  /** The core procedure being called, and from where (web, telegram, teams, cli). */
  procedure?: string;
  source?: string;
}

/**
 * The process's log: one JSON object per line on stdout (time, level, pid, the scope, and the
 * request or update being handled), for a log collector to index. Messages are fixed texts
 * chosen here; errors go through `describeError` (class, message and stack, secrets masked).
 */
export const log = pino(
  {
    level: coreEnv.LOG_LEVEL,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => ({ ...context.getStore() }),
  },
  // Through process.stdout (not a file descriptor of its own), so a test can read what is logged.
  process.stdout,
);

/** Runs `work` with `fields` on every log line written while it runs (async calls included). */
export function withLogContext<T>(fields: LogContext, work: () => T): T {
  return context.run({ ...context.getStore(), ...fields }, work);
}

/** One log line (with its stack) for an error the user was not to blame for. */
export function logError(scope: string, what: string, error: unknown): void {
  log.error({ scope, error: describeError(error) }, what);
}

/** One log line for something an operator wants to know (a service started, a stop). */
export function logInfo(scope: string, what: string, fields: Record<string, string | number | boolean> = {}): void {
  log.info({ scope, ...fields }, what);
}
