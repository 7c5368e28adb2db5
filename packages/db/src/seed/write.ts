import { type Db, dialectOf } from "../client";
import type { SeedBuilder } from "./builder";
import { insertAll, type Progress, syncIdSequences, syncRefCounters } from "./writer";

/** Writes a built seed, table by table in foreign-key order. */
export async function writeSeed(db: Db, seed: SeedBuilder, progress?: Progress): Promise<void> {
  await insertAll("technology areas", seed.techAreas, (data) => db.techArea.createMany({ data }), progress);
  await insertAll("organisations", seed.organisations, (data) => db.organisation.createMany({ data }), progress);
  await insertAll("people", seed.people, (data) => db.person.createMany({ data }), progress);
  await insertAll("chat identities", seed.identities, (data) => db.chatIdentity.createMany({ data }), progress);
  await insertAll("service needs", seed.needs, (data) => db.serviceNeed.createMany({ data }), progress);
  await insertAll("solutions", seed.solutions, (data) => db.solution.createMany({ data }), progress);
  await insertAll("need areas", seed.needAreas, (data) => db.needTechArea.createMany({ data }), progress);
  await insertAll("solution areas", seed.solutionAreas, (data) => db.solutionTechArea.createMany({ data }), progress);
  await insertAll("reviews", seed.reviews, (data) => db.review.createMany({ data }), progress);
  await insertAll("matches", seed.matches, (data) => db.match.createMany({ data }), progress);
  await insertAll("workshops", seed.workshops, (data) => db.workshop.createMany({ data }), progress);
  await insertAll("workshop invitations", seed.invites, (data) => db.workshopInvite.createMany({ data }), progress);
  await insertAll("forums", seed.forums, (data) => db.forum.createMany({ data }), progress);
  await insertAll("registrations", seed.registrations, (data) => db.forumRegistration.createMany({ data }), progress);
  await insertAll("PoCs", seed.pocs, (data) => db.poc.createMany({ data }), progress);
  await insertAll("adoptions", seed.adoptions, (data) => db.adoption.createMany({ data }), progress);
  await insertAll("subscriptions", seed.subscriptions, (data) => db.subscription.createMany({ data }), progress);
  await insertAll("resources", seed.resources, (data) => db.resource.createMany({ data }), progress);
  await insertAll("bookings", seed.bookings, (data) => db.booking.createMany({ data }), progress);
  await insertAll("showroom", seed.showroom, (data) => db.showroomItem.createMany({ data }), progress);
  await syncIdSequences(db);
  await syncRefCounters(db);
  // Fresh planner statistics after a bulk load: without them both databases pick poor plans.
  // PostgreSQL also gets the visibility map autovacuum would write within a minute or so: until
  // then no index-only scan can skip the table's rows.
  await db.$executeRawUnsafe(dialectOf(db) === "postgres" ? "VACUUM ANALYZE" : "ANALYZE");
}
