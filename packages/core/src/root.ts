import { apiTokenRouter } from "./routers/api-token.router";
import { authRouter } from "./routers/auth.router";
import { bookingRouter, resourceRouter, showroomRouter } from "./routers/collaboration.router";
import { invitationRouter, organisationRouter, personRouter, techAreaRouter } from "./routers/directory.router";
import { forumRouter, workshopRouter } from "./routers/events.router";
import { alertRouter, auditRouter, kpiRouter, subscriptionRouter } from "./routers/outreach.router";
import { adoptionRouter, matchRouter, pocRouter } from "./routers/pipeline.router";
import { needRouter, solutionRouter } from "./routers/submission.router";
import { createCallerFactory, router } from "./trpc";

/** The whole API. Each area is a plain record of procedures; see `routers/`. */
export const appRouter = router({
  auth: authRouter,
  organisation: organisationRouter,
  techArea: techAreaRouter,
  invitation: invitationRouter,
  person: personRouter,
  need: needRouter,
  solution: solutionRouter,
  match: matchRouter,
  workshop: workshopRouter,
  forum: forumRouter,
  poc: pocRouter,
  adoption: adoptionRouter,
  subscription: subscriptionRouter,
  alert: alertRouter,
  kpi: kpiRouter,
  audit: auditRouter,
  resource: resourceRouter,
  booking: bookingRouter,
  showroom: showroomRouter,
  apiToken: apiTokenRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side calls: `createCaller(createContext({ db, source: "telegram", actor }))`. */
export const createCaller = createCallerFactory(appRouter);
