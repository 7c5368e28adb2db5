import type { RoleGroup } from "@innolab/core";
import type { Action } from "./types";

/**
 * Every button the bot sends, once: the shape of the data it carries (written by `button`, read
 * back by `readAction`), and who may press it. Data that fits no entry is a stale or forged
 * button; an entry's role is checked before its screen is shown (see engine.ts).
 */

/** One part of a button's data: the text that may stand there, how it is read and written. */
interface Part<T> {
  pattern: string;
  read(text: string): T;
  write(value: T): string;
}

const text = <T extends string>(pattern: string): Part<T> => ({
  pattern,
  read: (value) => value as T,
  write: (value) => value,
});
const number = (pattern: string): Part<number> => ({ pattern, read: Number, write: String });

/** A need ("n") or a solution ("s"). */
export type KindCode = "n" | "s";
const kind = text<KindCode>("[ns]");
const id = number("\\d{1,9}");
const page = number("\\d{1,4}");
/** A technology area's slug, as the core allows them: words of a-z and 0-9 joined by dashes, 40 at most. */
const SLUG = "(?=[a-z0-9-]{1,40}(?![a-z0-9-]))[a-z0-9]+(?:-[a-z0-9]+)*";
const slug = text<string>(SLUG);
/** A technology area's slug, or `*` for all. */
const areaOrAll = text<string>(`${SLUG}|\\*`);
/** A day as YYYYMMDD. */
const day = text<string>("\\d{8}");
/** A time as minutes since the epoch. */
const minutes = number("\\d{1,10}");
const suggestionsPage = number("[1-5]");
const topic = text<string>(`NEW_NEEDS|NEW_SOLUTIONS|FORUMS|TECH_AREA:${SLUG}`);

interface ActionKind<Parts extends readonly Part<unknown>[]> {
  code: string;
  parts: Parts;
  /** Who may press it; others are told their role may not, and see nothing of the screen. */
  role?: RoleGroup;
  /** A button of the guided form: it means something only while the form is open. */
  form?: true;
  /** Between the code and each part (the form's area buttons read `fa+slug`). */
  separator: string;
  match: RegExp;
}

interface KindOptions {
  role?: RoleGroup;
  form?: true;
  separator?: string;
}

function kindOf<const Parts extends readonly Part<unknown>[], const Options extends KindOptions = Record<never, never>>(
  code: string,
  parts: Parts,
  options: Options = {} as Options,
): ActionKind<Parts> & Options {
  const separator = options.separator ?? ":";
  const between = separator.replace(/[+]/g, "\\+");
  const match = new RegExp(`^${code}${parts.map((part) => `${between}(${part.pattern})`).join("")}$`);
  return { code, parts, match, ...options, separator };
}

export const ACTIONS = {
  menu: kindOf("menu", []),
  /** ls:<n|s>:<page>:<area or *>:<B/D id or 0> */
  list: kindOf("ls", [kind, page, areaOrAll, id]),
  /** A page of the session's last search. */
  searchPage: kindOf("lq", [kind, page]),
  areaFilter: kindOf("fa", [kind]),
  detail: kindOf("d", [kind, id]),
  suggestions: kindOf("sg", [kind, id, suggestionsPage]),
  /** One suggested or proposed solution for my need: need id, solution id. */
  pair: kindOf("pv", [id, id]),
  pickSolution: kindOf("pp", [id], { role: "vendor" }),
  askPitch: kindOf("pq", [id, id], { role: "vendor" }),
  sendWithoutPitch: kindOf("ps", [], { role: "vendor" }),
  shortlist: kindOf("pk", [id, id], { role: "officer" }),
  askDeclineReason: kindOf("px", [id, id], { role: "officer" }),
  mine: kindOf("my", [kind]),
  newForm: kindOf("nw", [kind]),
  forums: kindOf("fo", []),
  forum: kindOf("fd", [id]),
  register: kindOf("fr", [id]),
  cancelRegistration: kindOf("fc", [id]),
  myRegistrations: kindOf("fm", []),
  subscriptions: kindOf("su", []),
  toggleTopic: kindOf("st", [topic]),
  link: kindOf("lk", []),
  language: kindOf("lg", []),
  help: kindOf("hp", []),
  resources: kindOf("bk", []),
  resource: kindOf("br", [id]),
  day: kindOf("bd", [id, day]),
  slot: kindOf("bs", [id, minutes]),
  myBookings: kindOf("bm", []),
  cancelBooking: kindOf("bx", [id]),
  showroom: kindOf("sr", []),
  reviewQueue: kindOf("rq", [], { role: "oversight" }),
  reviewItem: kindOf("rv", [kind, id], { role: "oversight" }),
  publish: kindOf("rp", [kind, id], { role: "staff" }),
  askRejectReason: kindOf("rr", [kind, id], { role: "staff" }),
  kpiSummary: kindOf("kp", [], { role: "oversight" }),
  formQuit: kindOf("fq", [], { form: true }),
  formRestart: kindOf("fe", [], { form: true }),
  formArea: kindOf("fa", [slug], { form: true, separator: "+" }),
  formNext: kindOf("fx", [], { form: true }),
  formSend: kindOf("fs", [], { form: true }),
} as const;

export type ActionName = keyof typeof ACTIONS;
type Values<Parts> = { -readonly [K in keyof Parts]: Parts[K] extends Part<infer T> ? T : never };
/** The values an action's data carries, in order. */
export type ActionValues<Name extends ActionName> = Values<(typeof ACTIONS)[Name]["parts"]>;

/** Telegram's limit for a button's data. */
const MAX_DATA_BYTES = 64;

/** The data of a button that does `name` with these values. */
export function actionData<Name extends ActionName>(name: Name, ...values: ActionValues<Name>): string {
  const action = ACTIONS[name];
  const parts = action.parts as readonly Part<unknown>[];
  const data = action.code + parts.map((part, i) => action.separator + part.write(values[i])).join("");
  if (!action.match.test(data) || Buffer.byteLength(data) > MAX_DATA_BYTES) {
    throw new Error(`button data out of shape: ${data}`);
  }
  return data;
}

/** A button labelled `label` that does `name` with these values. */
export function button<Name extends ActionName>(label: string, name: Name, ...values: ActionValues<Name>): Action {
  return { label, data: actionData(name, ...values) };
}

/** A button's data read back: which action, with which values; undefined if it fits none. */
export type ReadAction = { [Name in ActionName]: { name: Name; values: ActionValues<Name> } }[ActionName];

/** The guided form's buttons. */
export type FormActionName = {
  [Name in ActionName]: (typeof ACTIONS)[Name] extends { form: true } ? Name : never;
}[ActionName];
export type FormAction = Extract<ReadAction, { name: FormActionName }>;

export const isFormAction = (action: ReadAction): action is FormAction => "form" in ACTIONS[action.name];

export function readAction(data: string): ReadAction | undefined {
  for (const [name, action] of Object.entries(ACTIONS) as Array<[ActionName, ActionKind<readonly Part<unknown>[]>]>) {
    const match = action.match.exec(data);
    if (match) return { name, values: action.parts.map((part, i) => part.read(match[i + 1]!)) } as ReadAction;
  }
  return undefined;
}
