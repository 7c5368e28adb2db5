import { z } from "zod";
import { createInvitation, listInvitations, redeemInvitation, revokeInvitation } from "../domain/invitations";
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from "../domain/organisations";
import { getMe, listPeople, setChatReachable, updatePreferences, upsertChatIdentity } from "../domain/people";
import { createTechArea, listTechAreas } from "../domain/tech-areas";
import {
  createInvitationSchema,
  invitationCodeSchema,
  listOrganisationsSchema,
  organisationSchema,
  techAreaSchema,
  updateOrganisationSchema,
} from "../schemas/admin.schema";
import { idSchema, pageSchema } from "../schemas/common.schema";
import { chatIdentitySchema, chatReachableSchema, preferencesSchema } from "../schemas/identity.schema";
import { allow, channelProcedure, protectedProcedure, publicProcedure } from "../trpc";

export const organisationRouter = {
  list: publicProcedure.input(listOrganisationsSchema).query(({ ctx, input }) => listOrganisations(ctx, input)),
  get: publicProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => getOrganisation(ctx, input.id)),
  create: allow("staff")
    .input(organisationSchema)
    .mutation(({ ctx, input }) => createOrganisation(ctx, input)),
  update: allow("staff")
    .input(updateOrganisationSchema)
    .mutation(({ ctx, input }) => {
      const { id, ...changes } = input;
      return updateOrganisation(ctx, id, changes);
    }),
};

export const techAreaRouter = {
  list: publicProcedure.query(({ ctx }) => listTechAreas(ctx)),
  create: allow("staff")
    .input(techAreaSchema)
    .mutation(({ ctx, input }) => createTechArea(ctx, input)),
};

export const invitationRouter = {
  create: allow("staff")
    .input(createInvitationSchema)
    .mutation(({ ctx, input }) => createInvitation(ctx, input)),
  list: allow("staff")
    .input(z.object({ onlyOpen: z.boolean().default(true) }))
    .query(({ ctx, input }) => listInvitations(ctx, input)),
  revoke: allow("staff")
    .input(invitationCodeSchema)
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input.code)),
  redeem: protectedProcedure
    .input(invitationCodeSchema)
    .mutation(({ ctx, input }) => redeemInvitation(ctx, input.code)),
};

export const personRouter = {
  /** The bot calls this for every chat user before anything else. */
  upsertChatIdentity: channelProcedure
    .input(chatIdentitySchema)
    .mutation(({ ctx, input }) => upsertChatIdentity(ctx, input)),
  /** The bot reports a user who blocked it (or came back). */
  setChatReachable: channelProcedure
    .input(chatReachableSchema)
    .mutation(({ ctx, input }) => setChatReachable(ctx, input)),
  me: protectedProcedure.query(({ ctx }) => getMe(ctx)),
  updatePreferences: protectedProcedure
    .input(preferencesSchema)
    .mutation(({ ctx, input }) => updatePreferences(ctx, input)),
  list: allow("staff")
    .input(z.object({ organisationId: idSchema.optional(), ...pageSchema }))
    .query(({ ctx, input }) => listPeople(ctx, input)),
};
