import { MAX_TECH_AREAS } from "@innolab/core";
import { button, type FormAction } from "./actions";
import { areaName, backToMenu, clip, errorScreen, screen } from "./common";
import { menuScreen } from "./menu";
import { t } from "./messages";
import type { Action, FlowContext, FormState, Screen } from "./types";

/** A form left unfinished this long is discarded; nothing of it was ever saved. */
export const FORM_TTL_MS = 12 * 3_600_000;
const LIMITS = { title: 200, description: 5000, extra: 3000 } as const;
const requiredRole = { need: "OFFICER", solution: "VENDOR" } as const;

const cancelRow = (ctx: FlowContext): Action[] => [button(t(ctx.language, "form.cancel"), "formQuit")];

export async function startForm(ctx: FlowContext, kind: "need" | "solution"): Promise<Screen> {
  if (ctx.actor.role !== requiredRole[kind]) {
    const role = t(ctx.language, `role.${requiredRole[kind]}`);
    return screen(t(ctx.language, "role.needed", { role }), [
      [button(t(ctx.language, "menu.link"), "link"), ...backToMenu(ctx.language)],
    ]);
  }
  ctx.session.form = { kind, step: "title", areas: [], startedAt: ctx.now.getTime() };
  return prompt(ctx, ctx.session.form);
}

/** The form is still usable, or the user is told it expired (and it is dropped). */
export function liveForm(ctx: FlowContext): FormState | Screen | undefined {
  const form = ctx.session.form;
  if (!form) return undefined;
  if (ctx.now.getTime() - form.startedAt > FORM_TTL_MS) {
    ctx.session.form = undefined;
    return menuScreen(ctx, t(ctx.language, "form.expired"));
  }
  return form;
}

async function prompt(ctx: FlowContext, form: FormState): Promise<Screen> {
  const l = ctx.language;
  switch (form.step) {
    case "title":
      return screen(t(l, "form.title"), [cancelRow(ctx)]);
    case "description":
      return screen(t(l, "form.description"), [cancelRow(ctx)]);
    case "extra":
      return screen(t(l, form.kind === "need" ? "form.extra.need" : "form.extra.solution"), [cancelRow(ctx)]);
    case "areas":
      return areasPrompt(ctx, form);
    case "review":
      return reviewPrompt(ctx, form);
  }
}

async function areasPrompt(ctx: FlowContext, form: FormState): Promise<Screen> {
  const areas = await ctx.api.techArea.list();
  const buttons = areas.map((area) =>
    button(`${form.areas.includes(area.slug) ? "✓ " : ""}${areaName(ctx.language, area)}`, "formArea", area.slug),
  );
  const rows: Action[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push([button(t(ctx.language, "form.continue"), "formNext"), ...cancelRow(ctx)]);
  return screen(t(ctx.language, "form.areas"), rows);
}

async function reviewPrompt(ctx: FlowContext, form: FormState): Promise<Screen> {
  const l = ctx.language;
  const areas = await ctx.api.techArea.list();
  const names = form.areas.map((slug) =>
    areaName(l, areas.find((a) => a.slug === slug) ?? { nameEn: slug, nameZh: slug }),
  );
  const text = t(l, "form.review", {
    title: form.title ?? "",
    description: clip(form.description ?? "", 1200),
    areas: names.join(", "),
    extraLabel: t(l, form.kind === "need" ? "form.extraLabel.need" : "form.extraLabel.solution"),
    extra: clip(form.extra ?? "", 600),
  });
  return screen(text, [
    [button(t(l, "form.send"), "formSend"), button(t(l, "form.edit"), "formRestart")],
    cancelRow(ctx),
  ]);
}

/** Text typed while a form is open: the answer to its current step. */
export async function answerForm(ctx: FlowContext, form: FormState, text: string): Promise<Screen> {
  const l = ctx.language;
  const field = form.step === "title" || form.step === "description" || form.step === "extra" ? form.step : undefined;
  if (!field) return prompt(ctx, form);
  const value = text.trim();
  if (!value)
    return { ...(await prompt(ctx, form)), text: `${t(l, "input.empty")}\n\n${(await prompt(ctx, form)).text}` };
  if (value.length > LIMITS[field]) {
    const again = await prompt(ctx, form);
    return {
      ...again,
      text: `${t(l, "input.tooLong", { length: value.length, max: LIMITS[field] })}\n\n${again.text}`,
    };
  }
  form[field] = value;
  form.step = field === "title" ? "description" : field === "description" ? "areas" : "review";
  return prompt(ctx, form);
}

/** A press of one of the guided form's buttons while the form is open. */
export async function formAction(ctx: FlowContext, form: FormState, action: FormAction): Promise<Screen> {
  const l = ctx.language;
  if (action.name === "formQuit") {
    ctx.session.form = undefined;
    return menuScreen(ctx, t(l, "form.cancelled"));
  }
  if (action.name === "formRestart") {
    ctx.session.form = { kind: form.kind, step: "title", areas: [], startedAt: ctx.now.getTime() };
    return prompt(ctx, ctx.session.form);
  }
  if (action.name === "formArea" && form.step === "areas") {
    const [slug] = action.values;
    if (form.areas.includes(slug)) {
      form.areas = form.areas.filter((a) => a !== slug);
      return areasPrompt(ctx, form);
    }
    // A forged or stale button must not put into the draft what Send would then refuse.
    const offered = (await ctx.api.techArea.list()).some((area) => area.slug === slug);
    if (!offered) return { ...(await areasPrompt(ctx, form)), text: t(l, "form.unknownArea") };
    if (form.areas.length >= MAX_TECH_AREAS) {
      return { ...(await areasPrompt(ctx, form)), text: t(l, "form.tooManyAreas", { max: MAX_TECH_AREAS }) };
    }
    form.areas = [...form.areas, slug];
    return areasPrompt(ctx, form);
  }
  if (action.name === "formNext" && form.step === "areas") {
    if (form.areas.length === 0) return { ...(await areasPrompt(ctx, form)), text: t(l, "form.pickArea") };
    form.step = "extra";
    return prompt(ctx, form);
  }
  if (action.name === "formSend" && form.step === "review") {
    try {
      const created = await ctx.api[form.kind].create({
        title: form.title ?? "",
        description: form.description ?? "",
        extra: form.extra ?? null,
        techAreas: form.areas,
        language: ctx.language,
        submit: true,
      });
      ctx.session.form = undefined;
      return menuScreen(ctx, t(l, "form.sent", { ref: created.refCode }));
    } catch (error) {
      return errorScreen(ctx, error, (await reviewPrompt(ctx, form)).actions);
    }
  }
  // A button from another step (an old message): show where the form is.
  return prompt(ctx, form);
}

/** Re-asks the current step, after input that was not text. */
export async function repeatStep(ctx: FlowContext, form: FormState, notice: string): Promise<Screen> {
  const again = await prompt(ctx, form);
  return { ...again, text: `${notice}\n\n${again.text}` };
}
