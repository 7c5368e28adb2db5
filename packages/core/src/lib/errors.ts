import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/unstable-core-do-not-import";
import { ZodError, type z } from "zod";
import { ACTIONS_ZH, FIELD_LABELS, RULE_MESSAGES, STATUS_NAMES } from "./field-labels";
import type { Language } from "./language";
import { type ErrorKey, errorMessages, formatMessage } from "./messages";
import { ROLE_NAMES } from "./role-names";

const codeOf: Partial<Record<ErrorKey, TRPC_ERROR_CODE_KEY>> = {
  API_TOKEN_INVALID: "UNAUTHORIZED",
  SIGN_IN_REQUIRED: "UNAUTHORIZED",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  SLOT_TAKEN: "CONFLICT",
  ROLE_CANNOT_BOOK: "FORBIDDEN",
  BOOKING_NOT_YOURS: "FORBIDDEN",
  ROLE_FORBIDDEN: "FORBIDDEN",
  CHANNEL_ONLY: "FORBIDDEN",
  NOT_OWNER: "FORBIDDEN",
  SUGGESTIONS_NOT_YOURS: "FORBIDDEN",
  NO_ORGANISATION: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  INVALID_STATUS: "CONFLICT",
  INVITATION_USED: "CONFLICT",
  INVITATION_EXPIRED: "CONFLICT",
  INVITATION_REVOKED: "CONFLICT",
  ALREADY_REGISTERED: "CONFLICT",
  CHECKIN_USED: "CONFLICT",
  CHECKIN_OTHER_FORUM: "CONFLICT",
  CHECKIN_NOT_OPEN: "PRECONDITION_FAILED",
  CHECKIN_CLOSED: "PRECONDITION_FAILED",
  MATCH_EXISTS: "CONFLICT",
  PROPOSAL_NOT_YOURS: "FORBIDDEN",
  PROPOSAL_DECLINED: "CONFLICT",
  DECIDE_NOT_YOURS: "FORBIDDEN",
  PAIR_ALREADY_DECIDED: "CONFLICT",
  ALREADY_ADOPTED: "CONFLICT",
  REGISTRATION_CLOSED: "PRECONDITION_FAILED",
  FORUM_NOT_STARTED: "PRECONDITION_FAILED",
  WORKSHOP_NOT_STARTED: "PRECONDITION_FAILED",
  DUPLICATE: "CONFLICT",
  GONE: "NOT_FOUND",
  INTERNAL: "INTERNAL_SERVER_ERROR",
  SIGN_IN_THROTTLED: "TOO_MANY_REQUESTS",
  API_TOKEN_RATE_LIMITED: "TOO_MANY_REQUESTS",
  TOKEN_ROLE_TOO_HIGH: "BAD_REQUEST",
};

/** A rule of the domain was broken. Carries a message key so it can be told in any language. */
export class DomainError extends TRPCError {
  readonly key: ErrorKey;
  readonly params: Record<string, unknown>;

  constructor(key: ErrorKey, params: Record<string, unknown> = {}, cause?: unknown) {
    super({ code: codeOf[key] ?? "BAD_REQUEST", message: formatMessage(errorMessages[key].en, params), cause });
    this.key = key;
    this.params = params;
  }
}

type Issue = z.core.$ZodIssue & {
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  expected?: string;
  format?: string;
  input?: unknown;
};

/** Zod says a value is missing only in its message ("… received undefined"). */
const missing = (issue: Issue) => /received undefined$/.test(issue.message);

/** What is wrong with a field, in plain words: "must not be empty", not "Too small: expected string to have >=1 characters". */
const plainIssue: Record<Language, Partial<Record<string, (issue: Issue) => string>>> = {
  en: {
    too_big: (i) =>
      i.origin === "date"
        ? "must be before 2200"
        : i.origin === "string"
          ? `must be at most ${i.maximum} characters`
          : i.origin === "array"
            ? `choose at most ${i.maximum}`
            : `must be ${i.maximum} or less`,
    too_small: (i) =>
      i.origin === "date"
        ? "must be in 1900 or later"
        : i.origin === "string"
          ? Number(i.minimum) <= 1
            ? "must not be empty"
            : `must be at least ${i.minimum} characters`
          : i.origin === "array"
            ? `choose at least ${i.minimum}`
            : `must be ${i.minimum} or more`,
    invalid_type: (i) =>
      missing(i)
        ? "is required"
        : ({
            int: "must be a whole number",
            number: "must be a number",
            string: "must be text",
            date: "must be a date",
            boolean: "must be yes or no",
            array: "must be a list",
          }[i.expected ?? ""] ?? "is not the right kind of value"),
    invalid_value: () => "is not one of the choices",
    invalid_format: (i) =>
      i.format === "email"
        ? "is not an email address"
        : i.format === "url"
          ? "is not a web address"
          : "is not in the right format",
    not_multiple_of: () => "must be a whole number",
    unrecognized_keys: (i) => `has fields it does not take: ${(i as { keys?: string[] }).keys?.join(", ")}`,
  },
  "zh-HK": {
    too_big: (i) =>
      i.origin === "date"
        ? "日期必須早於 2200 年"
        : i.origin === "string"
          ? `不可多於 ${i.maximum} 個字元`
          : i.origin === "array"
            ? `最多選擇 ${i.maximum} 項`
            : `不可大於 ${i.maximum}`,
    too_small: (i) =>
      i.origin === "date"
        ? "日期必須在 1900 年或之後"
        : i.origin === "string"
          ? Number(i.minimum) <= 1
            ? "不可留空"
            : `不可少於 ${i.minimum} 個字元`
          : i.origin === "array"
            ? `最少選擇 ${i.minimum} 項`
            : `不可小於 ${i.minimum}`,
    invalid_type: (i) =>
      missing(i)
        ? "必須填寫"
        : ({
            int: "必須是整數",
            number: "必須是數字",
            string: "必須是文字",
            date: "必須是日期",
            boolean: "必須是「是」或「否」",
            array: "必須是清單",
          }[i.expected ?? ""] ?? "類型無效"),
    invalid_value: () => "不是可接受的選項",
    invalid_format: (i) =>
      i.format === "email" ? "不是有效的電郵地址" : i.format === "url" ? "不是有效的網址" : "格式無效",
    not_multiple_of: () => "必須是整數",
    unrecognized_keys: (i) => `不接受的欄位：${(i as { keys?: string[] }).keys?.join(", ")}`,
  },
};

/** "Title (English): must not be empty" — the field as labelled, then what is wrong in plain words. */
function describeIssue(issue: z.core.$ZodIssue, language: Language): string {
  const named = [...issue.path].reverse().find((part): part is string => typeof part === "string");
  const label = named ? FIELD_LABELS[named] : undefined;
  const lang = language === "zh-HK" ? "zh" : "en";
  const position = issue.path.at(-1);
  const item =
    typeof position === "number" ? (language === "zh-HK" ? `第 ${position + 1} 項` : ` #${position + 1}`) : "";
  const field = `${label ? label[lang] : issue.path.join(".") || (language === "en" ? "input" : "輸入")}${item}`;
  const rule = issue.code === "custom" ? RULE_MESSAGES[issue.message]?.[lang] : undefined;
  const text = rule ?? plainIssue[language][issue.code]?.(issue as Issue) ?? issue.message;
  return `${field}${language === "zh-HK" ? "：" : ": "}${text}`;
}

/** The names of things that error messages mention, in Chinese. */
const ENTITY_ZH: Record<string, string> = {
  "service need": "服務需求",
  solution: "創科方案",
  forum: "論壇",
  organisation: "機構",
  PoC: "概念驗證",
  match: "配對",
  workshop: "工作坊",
  "workshop invitation": "工作坊邀請",
  invitation: "邀請",
  alert: "通告",
  person: "人士",
  "technology area": "科技範疇",
  resource: "設施",
  booking: "預約",
  "showroom item": "展品",
};

/** In Chinese: entity names translated, and any `<name>Zh` parameter used for `<name>`. Statuses as people read them. */
function paramsIn(language: Language, params: Record<string, unknown>): Record<string, unknown> {
  const status = typeof params.status === "string" ? STATUS_NAMES[params.status] : undefined;
  const lang = language === "zh-HK" ? "zh" : "en";
  const names: Record<string, { en: string; zh: string } | undefined> = ROLE_NAMES;
  const roles = Object.fromEntries(
    ["role", "personRole"]
      .filter((key) => typeof params[key] === "string" && names[params[key] as string])
      .map((key) => [key, names[params[key] as string]![lang]]),
  );
  params = { ...params, ...roles };
  if (language !== "zh-HK") return status ? { ...params, status: status.en } : params;
  const zh = Object.fromEntries(
    Object.entries(params)
      .filter(([key]) => key.endsWith("Zh"))
      .map(([key, value]) => [key.slice(0, -2), value]),
  );
  const entity = typeof params.entity === "string" ? { entity: ENTITY_ZH[params.entity] ?? params.entity } : {};
  const action = typeof params.action === "string" ? { action: ACTIONS_ZH[params.action] ?? params.action } : {};
  return { ...params, ...entity, ...action, ...(status ? { status: status.zh } : {}), ...zh };
}

/** Field names as a user reads them, for "already exists" messages. */
const FIELD_NAMES: Record<string, { en: string; zh: string }> = {
  nameEn: { en: "English name", zh: "英文名稱" },
  nameZh: { en: "Chinese name", zh: "中文名稱" },
  acronym: { en: "acronym", zh: "簡稱" },
  slug: { en: "identifier", zh: "識別碼" },
  email: { en: "email", zh: "電郵" },
  code: { en: "code", zh: "代碼" },
  kind: { en: "kind", zh: "類別" },
};

function constraintFields(meta: Record<string, unknown> | undefined): string[] {
  const target = meta?.target;
  const adapter = meta?.driverAdapterError as { cause?: { constraint?: { fields?: unknown } } } | undefined;
  const fields = Array.isArray(target)
    ? target
    : typeof target === "string"
      ? [target]
      : adapter?.cause?.constraint?.fields;
  // PostgreSQL names them quoted.
  return Array.isArray(fields) ? fields.map((field) => String(field).replaceAll('"', "")) : [];
}

/**
 * A database refusal that bad input can cause, as the rule it stands for: a unique key taken
 * (409), a row gone meanwhile (404). Anything else is not the user's doing.
 */
export function domainErrorOfDatabase(error: unknown): DomainError | undefined {
  const { code, meta } = (error ?? {}) as { code?: unknown; meta?: Record<string, unknown> };
  if (code === "P2002") {
    const fields = constraintFields(meta).map((field) => FIELD_NAMES[field] ?? { en: field, zh: field });
    return new DomainError("DUPLICATE", {
      fields: fields.map((f) => f.en).join(" and ") || "details",
      fieldsZh: fields.map((f) => f.zh).join("及") || "資料",
    });
  }
  if (code === "P2025" || code === "P2003") return new DomainError("GONE");
  return undefined;
}

/** Rewrites an error's message in the caller's language; keeps its code and cause. */
export function localizeError(error: TRPCError, language: Language): TRPCError {
  const fromDatabase = error instanceof DomainError ? undefined : domainErrorOfDatabase(error.cause);
  if (fromDatabase) return localizeError(fromDatabase, language);
  if (error instanceof DomainError) {
    const localized = new DomainError(error.key, error.params, error.cause);
    localized.message = formatMessage(errorMessages[error.key][language], paramsIn(language, error.params));
    return localized;
  }
  if (error.cause instanceof ZodError) {
    const details = error.cause.issues
      .map((issue) => describeIssue(issue, language))
      .join(language === "zh-HK" ? "；" : "; ");
    const message = formatMessage(errorMessages.INVALID_INPUT[language], { details });
    return new TRPCError({ code: "BAD_REQUEST", message, cause: error.cause });
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    // Its details (SQL, paths) are for the log, never for the caller.
    return localizeError(new DomainError("INTERNAL", {}, error.cause ?? error), language);
  }
  return error;
}
