import { z } from "zod";
import { alertDeliveries, createAlert, getAlert, listAlerts } from "../domain/alerts";
import { listAuditLog, listEvents } from "../domain/audit-log";
import { cachedKpiOverview } from "../domain/kpi/cache";
import { headlines } from "../domain/kpi/headlines";
import type { CountMetricName } from "../domain/kpi/metrics";
import { kpiRecords } from "../domain/kpi/page";
import { kpiSeries } from "../domain/kpi/series";
import { kpiTargets, setKpiTarget } from "../domain/kpi/targets";
import { countAudience, mySubscriptions, subscribe, unsubscribe } from "../domain/subscriptions";
import { audienceSchema, auditLogSchema, createAlertSchema, eventsSchema, topicSchema } from "../schemas/admin.schema";
import { idSchema, pageSchema } from "../schemas/common.schema";
import { kpiOverviewSchema, kpiRecordsSchema, kpiSeriesSchema, kpiTargetSchema } from "../schemas/kpi.schema";
import { allow, protectedProcedure, publicProcedure } from "../trpc";

export const subscriptionRouter = {
  mine: protectedProcedure.query(({ ctx }) => mySubscriptions(ctx)),
  subscribe: protectedProcedure.input(topicSchema).mutation(({ ctx, input }) => subscribe(ctx, input.topic)),
  unsubscribe: protectedProcedure.input(topicSchema).mutation(({ ctx, input }) => unsubscribe(ctx, input.topic)),
};

export const alertRouter = {
  audience: allow("staff")
    .input(audienceSchema)
    .query(({ ctx, input }) => countAudience(ctx, input.topics)),
  create: allow("staff")
    .input(createAlertSchema)
    .mutation(({ ctx, input }) => createAlert(ctx, input)),
  list: allow("staff")
    .input(z.object(pageSchema))
    .query(({ ctx, input }) => listAlerts(ctx, input)),
  get: allow("staff")
    .input(z.object({ id: idSchema }))
    .query(({ ctx, input }) => getAlert(ctx, input.id)),
  /** The delivery log: each recipient's state. */
  deliveries: allow("staff")
    .input(z.object({ id: idSchema, ...pageSchema }))
    .query(({ ctx, input }) => alertDeliveries(ctx, input)),
};

export const kpiRouter = {
  /** The lab's headline figures since launch, for everyone (the portal's home page). */
  headlines: publicProcedure.query(({ ctx }) => headlines(ctx.db, ctx.now())),
  overview: allow("oversight")
    .input(kpiOverviewSchema)
    .query(({ ctx, input }) => cachedKpiOverview(ctx.db, { ...input, now: ctx.now() })),
  records: allow("oversight")
    .input(kpiRecordsSchema)
    .query(({ ctx, input }) => kpiRecords(ctx.db, { ...input, now: ctx.now() })),
  series: allow("oversight")
    .input(kpiSeriesSchema)
    .query(({ ctx, input }) => {
      const { metrics, ...query } = input;
      return kpiSeries(ctx.db, { ...query, now: ctx.now() }, metrics as CountMetricName[] | undefined);
    }),
  /** Yearly targets per headline card, which the cards compare against. */
  targets: allow("oversight").query(({ ctx }) => kpiTargets(ctx)),
  setTarget: allow("staff")
    .input(kpiTargetSchema)
    .mutation(({ ctx, input }) => setKpiTarget(ctx, input)),
};

export const auditRouter = {
  log: allow("staff")
    .input(auditLogSchema)
    .query(({ ctx, input }) => listAuditLog(ctx, input)),
  events: allow("staff")
    .input(eventsSchema)
    .query(({ ctx, input }) => listEvents(ctx, input)),
};
