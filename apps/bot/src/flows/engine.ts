import {
  createCaller,
  createContext,
  DomainError,
  type Language,
  languageFromTag,
  localizeError,
  logError,
  metrics,
  type RequestSource,
  type RoleGroup,
  roleInGroup,
} from "@innolab/core";
import type { Db } from "@innolab/db";
import { TRPCError } from "@trpc/server";
import { ACTIONS, type ActionName, type ActionValues, type FormActionName, isFormAction, readAction } from "./actions";
import {
  cancelBookingScreen,
  confirmBooking,
  dayScreen,
  myBookingsScreen,
  pickSlot,
  resourceScreen,
  resourcesScreen,
  showroomScreen,
} from "./booking";
import {
  areaFilterScreen,
  detailScreen,
  listScreen,
  mineScreen,
  pairScreen,
  searchListScreen,
  searchScreen,
  searchWords,
  suggestionsScreen,
} from "./browse";
import { commandNamed } from "./commands";
import { backToMenu, errorScreen, screen } from "./common";
import { cancelScreen, forumScreen, forumsScreen, myRegistrationsScreen, registerScreen } from "./forums";
import { askForCode, redeemCode } from "./link";
import { helpScreen, menuScreen, toggleLanguage } from "./menu";
import { t } from "./messages";
import {
  askDeclineReason,
  askPitch,
  declineWithReason,
  pickSolutionScreen,
  sendProposal,
  shortlist,
} from "./proposals";
import { loadSession, saveSession, withChatLock } from "./session-store";
import {
  askRejectReason,
  kpiSummaryScreen,
  publishScreen,
  rejectWithReason,
  reviewItemScreen,
  reviewQueueScreen,
} from "./staff";
import { answerForm, formAction, liveForm, repeatStep, startForm } from "./submit";
import { subscriptionsScreen, toggleSubscription } from "./subscriptions";
import type { ChatChannel, ChatUser, FlowContext, Screen, UserInput } from "./types";

const SOURCE: Record<ChatChannel, RequestSource> = { TELEGRAM: "telegram", TEAMS: "teams", TERMINAL: "cli" };

/** What people type to say hello, outside a form or prompt: answered with the menu, as /start is. */
const GREETING = /^(hi|hello|hey|start|menu|你好|您好|哈囉|嗨)[!！.。\s]*$/i;

type Handler<Name extends ActionName> = (ctx: FlowContext, ...values: ActionValues<Name>) => Promise<Screen> | Screen;

/** The screen each button shows (the buttons are in actions.ts; the guided form's are handled in submit.ts). */
const HANDLERS: { [Name in Exclude<ActionName, FormActionName>]: Handler<Name> } = {
  menu: (ctx) => menuScreen(ctx),
  list: listScreen,
  searchPage: searchListScreen,
  areaFilter: areaFilterScreen,
  detail: detailScreen,
  suggestions: suggestionsScreen,
  pair: pairScreen,
  pickSolution: pickSolutionScreen,
  askPitch,
  sendWithoutPitch: (ctx) => sendProposal(ctx, null),
  shortlist,
  askDeclineReason,
  mine: mineScreen,
  newForm: (ctx, kind) => startForm(ctx, kind === "n" ? "need" : "solution"),
  forums: forumsScreen,
  forum: forumScreen,
  register: registerScreen,
  cancelRegistration: cancelScreen,
  myRegistrations: myRegistrationsScreen,
  subscriptions: subscriptionsScreen,
  toggleTopic: toggleSubscription,
  link: askForCode,
  language: toggleLanguage,
  help: helpScreen,
  resources: resourcesScreen,
  resource: resourceScreen,
  day: dayScreen,
  slot: pickSlot,
  myBookings: myBookingsScreen,
  cancelBooking: cancelBookingScreen,
  showroom: showroomScreen,
  reviewQueue: reviewQueueScreen,
  reviewItem: reviewItemScreen,
  publish: publishScreen,
  askRejectReason,
  kpiSummary: kpiSummaryScreen,
};

/**
 * What a failed input shows. A refusal of the core is told as the core worded it (in the
 * user's language); invalid data from a button means a stale or forged button; anything else
 * is logged once and told as a fault of ours.
 */
function refusalScreen(ctx: FlowContext, input: UserInput, error: unknown): Screen {
  if (!(error instanceof TRPCError)) {
    // The core logs its own internal errors; this is a failure in the flow itself.
    logError("bot", `input ${input.kind} failed`, error);
    return screen(t(ctx.language, "error.unexpected"), [backToMenu(ctx.language)]);
  }
  if (input.kind === "action" && error.code === "BAD_REQUEST") return menuScreen(ctx, t(ctx.language, "input.stale"));
  return errorScreen(ctx, error);
}

/**
 * The bot's conversations, written once for every channel: an input from a chat user becomes
 * calls of the core API (as that user) and the screens to show. Channels only translate.
 */
export class FlowEngine {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** One input of a chat user, answered with the screens to show; counted and timed per channel. */
  async handle(user: ChatUser, input: UserInput): Promise<Screen[]> {
    const channel = user.channel.toLowerCase();
    const stop = metrics.chatUpdateSeconds.startTimer({ channel });
    try {
      const screens = await this.answer(user, input);
      metrics.chatUpdates.inc({ channel, outcome: "ok" });
      return screens;
    } catch (error) {
      metrics.chatUpdates.inc({ channel, outcome: "failed" });
      throw error;
    } finally {
      stop();
    }
  }

  private async answer(user: ChatUser, input: UserInput): Promise<Screen[]> {
    const source = SOURCE[user.channel];
    const guest = createCaller(createContext({ db: this.db, source, now: this.clock }));
    const identity = await guest.person.upsertChatIdentity({
      channel: user.channel,
      externalId: user.externalId,
      // A group chat is no address for one person's alerts: only a personal chat is stored.
      ...(user.personal === false ? {} : { chatId: user.chatId, conversationRef: user.conversationRef ?? null }),
      displayName: user.displayName.slice(0, 200) || "Guest",
      language: languageFromTag(user.languageTag),
    });
    const person = identity.person;
    const language = person.language as Language;
    const actor = { personId: person.id, role: person.role, organisationId: person.organisationId };
    // Per person within a chat: in a group, one member's answer never fills another's form.
    const sessionKey = `${user.channel}:${user.chatId}:${user.externalId}`;
    // One update of this chat at a time, in any process: each reads what the previous one wrote.
    return withChatLock(this.db, sessionKey, async () => {
      const session = await loadSession(this.db, sessionKey);
      const before = JSON.stringify(session);
      const ctx: FlowContext = {
        api: createCaller(createContext({ db: this.db, source, actor, language, now: this.clock })),
        actor,
        language,
        session,
        now: this.clock(),
      };
      let screens: Screen[];
      try {
        screens = await this.route(ctx, input);
      } catch (error) {
        // The boundary of one input: whatever went wrong, this user gets an answer in their
        // language, the process goes on, and the session keeps its state from before.
        return [refusalScreen(ctx, input, error)];
      }
      if (JSON.stringify(ctx.session) !== before) await saveSession(this.db, sessionKey, ctx.session);
      return screens.map((shown) => ({ ...shown, language: ctx.language }));
    });
  }

  /** A chat user blocked the bot, or came back. */
  async setReachable(input: { channel: ChatChannel; externalId: string; reachable: boolean }) {
    const api = createCaller(createContext({ db: this.db, source: SOURCE[input.channel], now: this.clock }));
    return api.person.setChatReachable(input);
  }

  private async route(ctx: FlowContext, input: UserInput): Promise<Screen[]> {
    const l = ctx.language;
    if (input.kind === "command") {
      ctx.session.awaiting = undefined;
      if (input.command === "start") {
        ctx.session.form = undefined;
        // A link from the portal (t.me/BOT?start=need-12, forum-3) opens that page; any other payload is an invitation code.
        const record = input.payload.match(/^(need|solution|forum)-(\d{1,9})$/);
        if (record?.[1] === "forum") return [await forumScreen(ctx, Number(record[2]))];
        if (record) return [await detailScreen(ctx, record[1] === "need" ? "n" : "s", Number(record[2]))];
        if (input.payload) return [await redeemCode(ctx, input.payload)];
        return [menuScreen(ctx, t(l, "welcome"))];
      }
      if (input.command === "cancel") {
        const hadForm = Boolean(ctx.session.form);
        ctx.session.form = undefined;
        return [menuScreen(ctx, hadForm ? t(l, "form.cancelled") : undefined)];
      }
      // `/needs WORDS`, `/solutions WORDS`: a search of that kind.
      const searched = { needs: "n", solutions: "s" }[input.command];
      if (searched && input.payload) {
        ctx.session.search = searchWords(input.payload);
        return [await searchListScreen(ctx, searched as "n" | "s", 1)];
      }
      const data = commandNamed(input.command)?.data;
      return data ? this.route(ctx, { kind: "action", data }) : [menuScreen(ctx, t(l, "input.unknown"))];
    }
    const form = liveForm(ctx);
    if (form && "text" in form) return [form];
    if (input.kind === "unsupported") {
      return [form ? await repeatStep(ctx, form, t(l, "input.notText")) : menuScreen(ctx, t(l, "input.notText"))];
    }
    if (input.kind === "text") {
      if (form) return [await answerForm(ctx, form, input.text)];
      if (ctx.session.awaiting === "link-code") return [await redeemCode(ctx, input.text)];
      if (ctx.session.awaiting === "booking-purpose") return [await confirmBooking(ctx, input.text)];
      if (ctx.session.awaiting === "reject-reason") return [await rejectWithReason(ctx, input.text)];
      if (ctx.session.awaiting === "proposal-pitch") return [await sendProposal(ctx, input.text)];
      if (ctx.session.awaiting === "decline-reason") return [await declineWithReason(ctx, input.text)];
      // A greeting (as Teams users type on opening the chat) gets the welcome and the menu.
      if (GREETING.test(input.text)) return [menuScreen(ctx, t(l, "welcome"))];
      // Anything else typed is a search of needs and solutions.
      if (input.text.trim()) return [await searchScreen(ctx, input.text)];
      return [menuScreen(ctx, t(l, "input.unknown"))];
    }
    const action = readAction(input.data);
    // Data no button of ours carries: stale or forged.
    if (!action) return [menuScreen(ctx, t(l, "input.stale"))];
    const role = (ACTIONS[action.name] as { role?: RoleGroup }).role;
    if (role && !roleInGroup(ctx.actor.role, role)) {
      return [errorScreen(ctx, localizeError(new DomainError("ROLE_FORBIDDEN", { role: ctx.actor.role }), l))];
    }
    // A form's button means nothing once the form is sent or left.
    if (isFormAction(action))
      return [form ? await formAction(ctx, form, action) : menuScreen(ctx, t(l, "input.stale"))];
    // Leaving a form through the menu keeps the draft for when the user comes back.
    const handler = HANDLERS[action.name] as (ctx: FlowContext, ...values: unknown[]) => Promise<Screen> | Screen;
    return [await handler(ctx, ...action.values)];
  }
}
