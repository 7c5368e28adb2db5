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
  /** Checked against the X-Telegram-Bot-Api-Secret-Token header in webhook mode. */
  TELEGRAM_WEBHOOK_SECRET: z.string().optional(),
  /** Teams: with an app id, requests must carry a valid Bot Framework token (else 401). */
  MICROSOFT_APP_ID: z.string().optional(),
  MICROSOFT_APP_PASSWORD: z.string().optional(),
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
  /** Alerts: "0" turns the push senders off in this process (e.g. when another process sends). */
  PUSH_ENABLED: z.enum(["0", "1"]).default("1"),
  /** Telegram: 30 messages/s overall and 1/s per chat by default (paid broadcasts allow up to 1000/s). */
  TELEGRAM_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(30),
  TELEGRAM_PER_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
  TEAMS_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(15),
  TEAMS_PER_CONVERSATION_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
});

export type BotEnv = z.infer<typeof botEnvSchema>;

/** Bot settings, validated once. */
export const botEnv: BotEnv = botEnvSchema.parse(process.env);
