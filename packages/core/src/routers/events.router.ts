import { z } from "zod";
import { cancelForum, createForum, getForum, listForums, markForumHeld, updateForum } from "../domain/forums";
import {
  cancelRegistration,
  checkIn,
  forumRegistrations,
  myRegistrations,
  registerForForum,
} from "../domain/registrations";
import { createWorkshop, listWorkshops, updateWorkshop } from "../domain/workshops";
import {
  checkInSchema,
  createForumSchema,
  createWorkshopSchema,
  forumIdSchema,
  listForumsSchema,
  listWorkshopsSchema,
  updateForumSchema,
  updateWorkshopSchema,
} from "../schemas/admin.schema";
import { idSchema } from "../schemas/common.schema";
import { allow, protectedProcedure, publicProcedure } from "../trpc";

export const forumRouter = {
  list: publicProcedure.input(listForumsSchema).query(({ ctx, input }) => listForums(ctx, input)),
  get: publicProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => getForum(ctx, input.id)),
  create: allow("staff")
    .input(createForumSchema)
    .mutation(({ ctx, input }) => createForum(ctx, input)),
  update: allow("staff")
    .input(updateForumSchema)
    .mutation(({ ctx, input }) => {
      const { id, ...changes } = input;
      return updateForum(ctx, id, changes);
    }),
  cancel: allow("staff")
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => cancelForum(ctx, input.id)),
  markHeld: allow("staff")
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => markForumHeld(ctx, input.id)),
  register: protectedProcedure.input(forumIdSchema).mutation(({ ctx, input }) => registerForForum(ctx, input.forumId)),
  cancelRegistration: protectedProcedure
    .input(forumIdSchema)
    .mutation(({ ctx, input }) => cancelRegistration(ctx, input.forumId)),
  myRegistrations: protectedProcedure.query(({ ctx }) => myRegistrations(ctx)),
  registrations: allow("oversight")
    .input(forumIdSchema)
    .query(({ ctx, input }) => forumRegistrations(ctx, input.forumId)),
  checkIn: allow("staff")
    .input(checkInSchema)
    .mutation(({ ctx, input }) => checkIn(ctx, input)),
};

export const workshopRouter = {
  list: allow("oversight")
    .input(listWorkshopsSchema)
    .query(({ ctx, input }) => listWorkshops(ctx, input)),
  create: allow("staff")
    .input(createWorkshopSchema)
    .mutation(({ ctx, input }) => createWorkshop(ctx, input)),
  update: allow("staff")
    .input(updateWorkshopSchema)
    .mutation(({ ctx, input }) => updateWorkshop(ctx, input)),
};
