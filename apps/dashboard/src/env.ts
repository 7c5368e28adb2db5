import "@innolab/db/load-env";
import { z } from "zod";

const dashboardEnvSchema = z.object({
  /** Port of the dashboard (Next.js). */
  DASHBOARD_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** "1" marks the session cookie Secure: set it when the dashboard is served over HTTPS. */
  DASHBOARD_SECURE_COOKIES: z.enum(["0", "1"]).default("0"),
  /** The Telegram bot's username (without @): a need's page links to it for companies to propose. */
  TELEGRAM_BOT_USERNAME: z.preprocess(
    (value) => value || undefined,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/)
      .optional(),
  ),
  /**
   * The dashboard faces the public, so its Prometheus metrics (GET /api/metrics) are served only
   * to a scraper sending `Authorization: Bearer <this>`; unset, that address answers 404.
   */
  METRICS_TOKEN: z.preprocess((value) => value || undefined, z.string().min(16).optional()),
  /**
   * The Teams bot's Microsoft app id (the bot's own setting, read here too): pages link to a chat
   * with the bot in Teams. Unset, they offer Telegram only.
   */
  MICROSOFT_APP_ID: z.preprocess((value) => value || undefined, z.string().uuid().optional()),
});

/** Dashboard settings, validated once. Database settings live in @innolab/db. */
export const dashboardEnv = dashboardEnvSchema.parse(process.env);
