import { button } from "./actions";
import { backToMenu, errorScreen, screen } from "./common";
import { menuScreen } from "./menu";
import { t } from "./messages";
import type { FlowContext, Screen } from "./types";

export function askForCode(ctx: FlowContext): Screen {
  ctx.session.awaiting = "link-code";
  return screen(t(ctx.language, "link.ask"), [backToMenu(ctx.language)]);
}

/** Redeems an invitation code: the chat user becomes an officer or vendor of its organisation. */
export async function redeemCode(ctx: FlowContext, code: string): Promise<Screen> {
  ctx.session.awaiting = undefined;
  try {
    const person = await ctx.api.invitation.redeem({ code });
    ctx.actor = { personId: person.id, role: person.role, organisationId: person.organisationId };
    const org = person.organisation
      ? ctx.language === "zh-HK"
        ? person.organisation.nameZh
        : person.organisation.nameEn
      : "InnoLab";
    return menuScreen(ctx, t(ctx.language, "link.done", { role: t(ctx.language, `role.${person.role}`), org }));
  } catch (error) {
    return errorScreen(ctx, error, [[button(t(ctx.language, "menu.link"), "link"), ...backToMenu(ctx.language)]]);
  }
}
