import type { Actor, createCaller, Language } from "@innolab/core";

/** A button: what it says and the data it sends back (at most 64 bytes, Telegram's limit). */
export interface Action {
  label: string;
  data: string;
}

export interface Attachment {
  filename: string;
  mimeType: string;
  content: string;
}

/** What the user sees after an input: text, rows of buttons, perhaps a file. Channel-neutral. */
export interface Screen {
  text: string;
  actions: Action[][];
  attachment?: Attachment;
  /** The reader's language, for words a channel adds itself (Teams' "More" button). */
  language?: Language;
}

export type UserInput =
  | { kind: "command"; command: string; payload: string }
  | { kind: "text"; text: string }
  | { kind: "action"; data: string }
  /** A sticker, photo, file… where the bot reads only text. */
  | { kind: "unsupported" };

export type ChatChannel = "TELEGRAM" | "TEAMS" | "TERMINAL";

/** Who is writing, as the channel knows them. */
export interface ChatUser {
  channel: ChatChannel;
  externalId: string;
  chatId: string;
  displayName: string;
  /** The client's language tag (Telegram language_code, Teams locale). */
  languageTag?: string;
  conversationRef?: Record<string, unknown>;
  /**
   * Whether this is the person's own chat with the bot (Telegram private chat, Teams personal
   * scope). Only a personal chat becomes the address of their alerts; absent means personal.
   */
  personal?: boolean;
}

export interface FormState {
  kind: "need" | "solution";
  step: "title" | "description" | "areas" | "extra" | "review";
  title?: string;
  description?: string;
  areas: string[];
  extra?: string;
  startedAt: number;
}

/** Conversation state kept between inputs (in the database). */
export interface Session {
  form?: FormState;
  awaiting?: "link-code" | "booking-purpose" | "reject-reason" | "proposal-pitch" | "decline-reason";
  /** The need and solution a proposal or a decline is about, waiting for the pitch or the reason. */
  pair?: { needId: number; solutionId: number };
  /** The submission staff are rejecting, waiting for the reason. */
  reject?: { kind: "n" | "s"; id: number };
  /** The words of the last search (its pages' buttons refer to them). */
  search?: string;
  /** The slot picked, waiting for the booking's purpose. */
  booking?: { resourceId: number; startsAt: number; endsAt: number };
}

export type Api = ReturnType<typeof createCaller>;

export interface FlowContext {
  api: Api;
  actor: Actor;
  language: Language;
  session: Session;
  now: Date;
}
