import "@innolab/db/load-env";
import { z } from "zod";

const botEnvSchema = z.object({
  /** HTTP port of the bot: Teams at /api/messages, Telegram webhook at /telegram/webhook. */
  BOT_PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default("127.0.0.1"),
  /** Telegram runs only when a token is set. */
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  /** Bot API server (tests and local runs point this at a local one). */
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  TELEGRAM_MODE: z.enum(["polling", "webhook"]).default("polling"),
  /** Checked against the X-Telegram-Bot-Api-Secret-Token header in webhook mode (required there). */
  TELEGRAM_WEBHOOK_SECRET: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "16 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
      .optional(),
  ),
  /** Teams: with an app id, requests must carry a valid Bot Framework token (else 401). */
  MICROSOFT_APP_ID: z.string().optional(),
  MICROSOFT_APP_PASSWORD: z.string().optional(),
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
  /**
   * "1": without an app id, accept Teams requests unauthenticated (a local client such as Agents
   * Playground, or `npm start` on one machine). Otherwise Teams needs an app id, or stays off.
   */
  TEAMS_LOCAL_MODE: z.enum(["0", "1"]).default("0"),
  /**
   * The bot's public address (https://bot.example.gov.hk), for the file links it sends (a forum's
   * calendar file in Teams). Default: http://HOST:BOT_PORT, which suits a local client only.
   */
  BOT_PUBLIC_URL: z.preprocess((v) => v || undefined, z.url().optional()),
  /** Signs file links; set the same value on every bot process (else each signs with its own). */
  BOT_FILE_SECRET: z.preprocess((v) => v || undefined, z.string().min(32).optional()),
  /** Alerts: "0" turns the push senders off in this process (e.g. when another process sends). */
  PUSH_ENABLED: z.enum(["0", "1"]).default("1"),
  /**
   * How often the fan-out and an idle sender look for work no notice announced (retries coming
   * due, reminders, a notice lost while Redis was down). Notices bring new work at once.
   */
  PUSH_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  /**
   * Redis (redis://…): every sender process draws from one send budget per channel account
   * there, so several processes together keep to the channel's limits, and hears there of
   * deliveries queued by any process's fan-out. Unset: one process's own.
   */
  REDIS_URL: z.preprocess(
    (v) => v || undefined,
    z
      .string()
      .regex(/^rediss?:\/\//, "a redis:// or rediss:// URL")
      .optional(),
  ),
  /** Telegram: 30 messages/s overall and 1/s per chat by default (paid broadcasts allow up to 1000/s). */
  TELEGRAM_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(30),
  TELEGRAM_PER_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
  TEAMS_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(15),
  TEAMS_PER_CONVERSATION_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
});

export type BotEnv = z.infer<typeof botEnvSchema>;

/** Settings that are valid one by one but not together. */
const checkedEnvSchema = botEnvSchema.superRefine((env, ctx) => {
  if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_MODE === "webhook" && !env.TELEGRAM_WEBHOOK_SECRET) {
    ctx.addIssue({
      code: "custom",
      path: ["TELEGRAM_WEBHOOK_SECRET"],
      message: "webhook mode needs a secret, or anyone could post updates as any Telegram user",
    });
  }
});

/** Parses the bot's settings; a bad one stops the process with its name and the rule (never its value). */
export function parseBotEnv(source: Record<string, string | undefined>): BotEnv {
  const parsed = checkedEnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
  throw new Error(`The bot's settings are not valid:\n${problems}`);
}

/** Bot settings, validated once. */
export const botEnv: BotEnv = parseBotEnv(process.env);
