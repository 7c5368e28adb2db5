import { z } from "zod";

const dashboardEnvSchema = z.object({
  /** Port of the dashboard (Next.js). */
  DASHBOARD_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** "1" marks the session cookie Secure: set it when the dashboard is served over HTTPS. */
  DASHBOARD_SECURE_COOKIES: z.enum(["0", "1"]).default("0"),
});

/** Dashboard settings, validated once. Database settings live in @innolab/db. */
export const dashboardEnv = dashboardEnvSchema.parse(process.env);
