import { z } from "zod";
import { COUNT_METRIC_NAMES } from "../domain/kpi/metrics";
import { GRANULARITIES } from "../domain/kpi/periods";
import { HEADLINE_CARDS } from "../domain/kpi/series";
import { dateSchema, idSchema, slugSchema } from "./common.schema";

const range = {
  from: dateSchema,
  to: dateSchema,
  techArea: slugSchema.optional(),
  organisationId: idSchema.optional(),
};

function validRange<T extends z.ZodType<{ from: Date; to: Date }>>(schema: T) {
  return schema
    .refine((q) => q.from < q.to, { message: "from must be before to", path: ["to"] })
    .refine((q) => q.to.getTime() - q.from.getTime() <= 50 * 366 * 86_400_000, {
      message: "range is limited to 50 years",
      path: ["to"],
    });
}

export const kpiSeriesSchema = validRange(
  z.object({
    ...range,
    granularity: z.enum(GRANULARITIES).default("quarter"),
    metrics: z.array(z.enum(COUNT_METRIC_NAMES as [string, ...string[]])).optional(),
  }),
);

/** Everything the KPI overview page shows, for one range, granularity and filters. */
export const kpiOverviewSchema = validRange(
  z.object({ ...range, granularity: z.enum(GRANULARITIES).default("quarter") }),
);

/** The records behind one number: a count metric, or the participating B/Ds or companies. */
export const kpiRecordsSchema = validRange(
  z.object({ ...range, metric: z.enum(["governments", "companies", ...COUNT_METRIC_NAMES] as [string, ...string[]]) }),
);

/** A headline card's yearly target (a whole number), or null to remove it. */
export const kpiTargetSchema = z.object({
  key: z.enum(HEADLINE_CARDS),
  perYear: z.number().int().min(0).max(10_000_000).nullable(),
});
