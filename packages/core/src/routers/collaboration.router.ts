import { z } from "zod";
import {
  availability,
  blockOut,
  bookingCalendar,
  cancelBooking,
  createBooking,
  createResource,
  decideBooking,
  listResources,
  listShowroom,
  myBookings,
  updateResource,
  upsertShowroomItem,
} from "../domain/collaboration";
import {
  availabilitySchema,
  blockOutSchema,
  calendarSchema,
  createBookingSchema,
  createResourceSchema,
  decideBookingSchema,
  listShowroomSchema,
  showroomItemSchema,
  updateResourceSchema,
} from "../schemas/collaboration.schema";
import { idSchema } from "../schemas/common.schema";
import { allow, protectedProcedure, publicProcedure } from "../trpc";

export const resourceRouter = {
  list: publicProcedure.query(({ ctx }) => listResources(ctx)),
  availability: publicProcedure.input(availabilitySchema).query(({ ctx, input }) => availability(ctx, input)),
  create: allow("staff")
    .input(createResourceSchema)
    .mutation(({ ctx, input }) => createResource(ctx, input)),
  update: allow("staff")
    .input(updateResourceSchema)
    .mutation(({ ctx, input }) => {
      const { id, ...changes } = input;
      return updateResource(ctx, id, changes);
    }),
};

export const bookingRouter = {
  /** Role rules per resource (`bookableBy`) are checked by the domain, with the resource's name in the message. */
  create: protectedProcedure.input(createBookingSchema).mutation(({ ctx, input }) => createBooking(ctx, input)),
  mine: protectedProcedure.query(({ ctx }) => myBookings(ctx)),
  cancel: protectedProcedure
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => cancelBooking(ctx, input.id)),
  decide: allow("staff")
    .input(decideBookingSchema)
    .mutation(({ ctx, input }) => decideBooking(ctx, input)),
  blockOut: allow("staff")
    .input(blockOutSchema)
    .mutation(({ ctx, input }) => blockOut(ctx, input)),
  calendar: allow("oversight")
    .input(calendarSchema)
    .query(({ ctx, input }) => bookingCalendar(ctx, input)),
};

export const showroomRouter = {
  list: publicProcedure.input(listShowroomSchema).query(({ ctx, input }) => listShowroom(ctx, input)),
  upsert: allow("staff")
    .input(showroomItemSchema)
    .mutation(({ ctx, input }) => upsertShowroomItem(ctx, input)),
};
