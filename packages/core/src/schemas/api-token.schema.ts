import { z } from "zod";

const roles = ["ADMIN", "MANAGER", "OFFICER", "VENDOR", "SUBSCRIBER"] as const;

export const createApiTokenSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  name: z.string().trim().min(1).max(100),
  days: z.number().int().min(1).max(366),
  /** The role it acts with; absent: its person's own. */
  role: z.enum(roles).optional(),
});

export const revokeApiTokenSchema = z.object({ id: z.number().int().positive().max(2_147_483_647) });
