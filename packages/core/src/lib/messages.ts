import type { Language } from "./language";

/** Every user-facing error, in both languages. `{name}` placeholders take the error's params. */
export const errorMessages = {
  SIGN_IN_REQUIRED: { en: "Please sign in first.", "zh-HK": "請先登入。" },
  TOKEN_ROLE_TOO_HIGH: {
    en: "A token for a person whose role is {personRole} cannot act as {role}.",
    "zh-HK": "角色為 {personRole} 的人的權杖不可以 {role} 身分行事。",
  },
  API_TOKEN_RATE_LIMITED: {
    en: "This API token has made too many requests this minute; try again in {seconds} s.",
    "zh-HK": "此 API 權杖在這一分鐘內的請求過多，請於 {seconds} 秒後再試。",
  },
  API_TOKEN_INVALID: {
    en: "This API token is unknown, revoked or expired.",
    "zh-HK": "此 API 權杖不存在、已撤銷或已過期。",
  },
  SLOT_TAKEN: {
    en: "{resource} is already booked at that time. Please pick another slot.",
    "zh-HK": "{resource}在該時段已被預約，請選擇其他時段。",
  },
  OUTSIDE_OPENING_HOURS: {
    en: "{resource} is open {days}, {opens}–{closes} (Hong Kong time). Please pick a time within those hours.",
    "zh-HK": "{resource}的開放時間為{days} {opens}至{closes}（香港時間），請在開放時間內預約。",
  },
  ROLE_CANNOT_BOOK: {
    en: "Your role ({role}) cannot book {resource}.",
    "zh-HK": "你的角色（{role}）不可預約{resource}。",
  },
  BOOKING_IN_PAST: { en: "That time has already passed.", "zh-HK": "該時間已經過去。" },
  BOOKING_TOO_LONG: { en: "A booking can last at most {hours} hours.", "zh-HK": "每次預約最長 {hours} 小時。" },
  BOOKING_TOO_FAR: { en: "Bookings open {days} days ahead.", "zh-HK": "只接受 {days} 日內的預約。" },
  BOOKING_NOT_YOURS: { en: "Only the person who booked can cancel this booking.", "zh-HK": "只有預約者可取消此預約。" },
  QUANTITY_TOO_LARGE: {
    en: "{resource} has {capacity} in all; ask for fewer.",
    "zh-HK": "{resource}共有 {capacity} 件，請減少數量。",
  },
  POC_OF_OTHER_SOLUTION: {
    en: "That PoC tested another solution.",
    "zh-HK": "該概念驗證測試的是另一方案。",
  },
  RESOURCE_CLOSED: { en: "{resource} is not taking bookings.", "zh-HK": "{resource}暫停接受預約。" },
  INVALID_CREDENTIALS: { en: "The email or password is not correct.", "zh-HK": "電郵或密碼不正確。" },
  PASSWORD_TOO_SHORT: { en: "A password needs at least {min} characters.", "zh-HK": "密碼最少需要 {min} 個字元。" },
  ROLE_FORBIDDEN: {
    en: "Your role ({role}) is not allowed to do this.",
    "zh-HK": "你的角色（{role}）不可進行此操作。",
  },
  NOT_FOUND: { en: "{entity} {id} was not found.", "zh-HK": "找不到{entity} {id}。" },
  NOT_OWNER: { en: "Only its submitter can change this {entity}.", "zh-HK": "只有提交者可修改此{entity}。" },
  NO_ORGANISATION: {
    en: "Link your account to an organisation with an invitation code first.",
    "zh-HK": "請先以邀請碼把帳戶連結到所屬機構。",
  },
  WRONG_ORGANISATION_KIND: {
    en: "This needs an organisation of kind {expected}.",
    "zh-HK": "此操作需要類別為 {expected} 的機構。",
  },
  FORUM_NOT_STARTED: {
    en: "This forum has not started yet; it can be marked held once it has.",
    "zh-HK": "此論壇尚未開始，開始後方可標示為已舉行。",
  },
  WORKSHOP_NOT_STARTED: {
    en: "This workshop's time has not come yet; it can be marked held once it has.",
    "zh-HK": "此工作坊的時間尚未到，到時方可標示為已舉行。",
  },
  INVALID_STATUS: {
    en: "This {entity} is {status}; it cannot be {action} now.",
    "zh-HK": "此{entity}的狀態為「{status}」，現時不能{action}。",
  },
  REASON_REQUIRED: { en: "Give a reason when rejecting.", "zh-HK": "拒絕時請提供原因。" },
  UNKNOWN_TECH_AREA: { en: "Unknown technology area: {slugs}.", "zh-HK": "未知的科技範疇：{slugs}。" },
  INVITATION_UNKNOWN: { en: "This invitation code is not valid.", "zh-HK": "此邀請碼無效。" },
  INVITATION_USED: { en: "This invitation code has already been used.", "zh-HK": "此邀請碼已被使用。" },
  INVITATION_EXPIRED: { en: "This invitation code has expired.", "zh-HK": "此邀請碼已過期。" },
  INVITATION_REVOKED: { en: "This invitation code has been revoked.", "zh-HK": "此邀請碼已被撤銷。" },
  INVITATION_ORG_REQUIRED: {
    en: "Officer and vendor invitations need an organisation.",
    "zh-HK": "人員及供應商邀請需要指定機構。",
  },
  REGISTRATION_CLOSED: {
    en: "Registration for this forum is not open.",
    "zh-HK": "此論壇現時不接受登記。",
  },
  ALREADY_REGISTERED: { en: "You are already registered for this forum.", "zh-HK": "你已登記此論壇。" },
  NOT_REGISTERED: { en: "You have no active registration for this forum.", "zh-HK": "你沒有此論壇的有效登記。" },
  CHECKIN_UNKNOWN: { en: "Unknown check-in code.", "zh-HK": "未知的簽到碼。" },
  CHECKIN_OTHER_FORUM: {
    en: "This code is for another forum ({title}); nothing was changed.",
    "zh-HK": "此簽到碼屬於另一個論壇（{title}），沒有作出任何更改。",
  },
  CHECKIN_NOT_OPEN: {
    en: "Check-in for this forum opens at {opens} (Hong Kong time).",
    "zh-HK": "此論壇的簽到於 {opens}（香港時間）開始。",
  },
  CHECKIN_CLOSED: { en: "Check-in for this forum has closed.", "zh-HK": "此論壇的簽到已結束。" },
  CHECKIN_USED: { en: "This check-in code has already been used.", "zh-HK": "此簽到碼已被使用。" },
  CHECKIN_NOT_CONFIRMED: {
    en: "This registration is {status}, not confirmed: it cannot check in.",
    "zh-HK": "此登記狀態為 {status}，並未確認，不能簽到。",
  },
  CAPACITY_BELOW_TAKEN: {
    en: "Capacity cannot go below the {taken} seats already taken.",
    "zh-HK": "名額不能少於已佔用的 {taken} 個。",
  },
  DATES_OUT_OF_ORDER: { en: "{later} must be after {earlier}.", "zh-HK": "{later} 必須在 {earlier} 之後。" },
  MATCH_EXISTS: { en: "This need and solution are already matched.", "zh-HK": "此需求與方案已配對。" },
  PROPOSAL_NOT_YOURS: {
    en: "You can propose only your own company's published solutions.",
    "zh-HK": "你只可提交自己公司已發佈的方案。",
  },
  PROPOSAL_DECLINED: {
    en: "The need's officers have already declined this solution for this need.",
    "zh-HK": "該需求的負責人員已婉拒此方案。",
  },
  PAIR_ALREADY_DECIDED: {
    en: "{ref} has already been decided for this need (shortlisted or declined); nothing was changed.",
    "zh-HK": "{ref} 已就這項需求作出決定（入選或婉拒），沒有作出任何更改。",
  },
  DECLINE_REASON_REQUIRED: {
    en: "{ref} was proposed by its company: give a reason when declining it, as the company is told.",
    "zh-HK": "{ref} 由其公司提案：婉拒時請提供原因，公司會收到通知。",
  },
  DECIDE_NOT_YOURS: {
    en: "Only the need's own bureau or department, or lab staff, can decide on its proposals.",
    "zh-HK": "只有提出需求的政策局或部門，或實驗室職員，可處理其提案。",
  },
  NOT_PUBLISHED: { en: "{entity} {id} is not published.", "zh-HK": "{entity} {id} 尚未發佈。" },
  ADOPTION_NEEDS_COMPLETED_POC: {
    en: "Only a completed PoC can lead to an adoption.",
    "zh-HK": "只有已完成的概念驗證才可記錄採用。",
  },
  ALREADY_ADOPTED: { en: "This PoC already has an adoption.", "zh-HK": "此概念驗證已有採用紀錄。" },
  EMPTY_AUDIENCE: { en: "Choose at least one topic or recipient.", "zh-HK": "請至少選擇一個主題或收件人。" },
  CHANNEL_ONLY: {
    en: "Only the chat channels may link a chat identity.",
    "zh-HK": "只有聊天渠道可連結聊天帳戶。",
  },
  SUGGESTIONS_NOT_YOURS: {
    en: "Suggestions are shown to the {entity}'s own organisation and to lab staff.",
    "zh-HK": "只有該{entity}所屬機構及實驗室職員可查看建議。",
  },
  NO_COMPANIES: {
    en: "Invite at least one company (or confirm a match first).",
    "zh-HK": "請邀請最少一間公司（或先確認配對）。",
  },
  INVALID_INPUT: { en: "Invalid input: {details}", "zh-HK": "輸入無效：{details}" },
  MALFORMED_REQUEST: {
    en: "The request could not be read: {details}",
    "zh-HK": "無法讀取此請求：{details}",
  },
  DUPLICATE: {
    en: "A record with the same {fields} already exists.",
    "zh-HK": "已有相同{fields}的紀錄。",
  },
  GONE: { en: "That record no longer exists.", "zh-HK": "該紀錄已不存在。" },
  INTERNAL: {
    en: "Something went wrong on our side; nothing was changed. Please try again later.",
    "zh-HK": "系統出錯，未有作出任何更改，請稍後再試。",
  },
  SIGN_IN_THROTTLED: {
    en: "Too many failed sign-ins. Please wait {minutes} minute(s) and try again.",
    "zh-HK": "登入失敗次數過多，請等候 {minutes} 分鐘後再試。",
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorKey = keyof typeof errorMessages;

export function formatMessage(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
