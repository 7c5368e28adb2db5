import { z } from "zod";
import { COUNT_METRIC_NAMES } from "../domain/kpi/metrics";
import { GRANULARITIES } from "../domain/kpi/periods";
import { dateSchema, idSchema, slugSchema } from "./common.schema";

export const kpiSeriesSchema = z
  .object({
    from: dateSchema,
    to: dateSchema,
    granularity: z.enum(GRANULARITIES).default("quarter"),
    techArea: slugSchema.optional(),
    organisationId: idSchema.optional(),
    metrics: z.array(z.enum(COUNT_METRIC_NAMES as [string, ...string[]])).optional(),
  })
  .refine((q) => q.from < q.to, { message: "from must be before to", path: ["to"] })
  .refine((q) => q.to.getTime() - q.from.getTime() <= 50 * 366 * 86_400_000, {
    message: "range is limited to 50 years",
    path: ["to"],
  });
