import { STATUS_NAMES } from "../../lib/field-labels";
import type { Language } from "../../lib/language";

/** An alert's text in both languages. */
export interface AlertText {
  titleEn: string;
  titleZh: string;
  bodyEn: string;
  bodyZh: string;
}

const HK_DATE: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-HK", { timeZone: "Asia/Hong_Kong", dateStyle: "medium", timeStyle: "short" }),
  "zh-HK": new Intl.DateTimeFormat("zh-HK", { timeZone: "Asia/Hong_Kong", dateStyle: "medium", timeStyle: "short" }),
};
export const hkDate = (language: Language, date: Date) => HK_DATE[language].format(date);

export const alertText = {
  needPublished: (ref: string, title: string): AlertText => ({
    titleEn: `New service need ${ref}`,
    titleZh: `新服務需求 ${ref}`,
    bodyEn: title,
    bodyZh: title,
  }),
  solutionPublished: (ref: string, title: string): AlertText => ({
    titleEn: `New I&T solution ${ref}`,
    titleZh: `新創科方案 ${ref}`,
    bodyEn: title,
    bodyZh: title,
  }),
  rejected: (ref: string, reason: string | null): AlertText => ({
    titleEn: `${ref} was not published`,
    titleZh: `${ref} 未獲發佈`,
    bodyEn: reason ? `Reason: ${reason}` : "Please contact the lab.",
    bodyZh: reason ? `原因：${reason}` : "請聯絡實驗室。",
  }),
  forumAnnounced: (forum: { title: string; titleZh: string; startsAt: Date; venue: string }): AlertText => ({
    titleEn: `New technology forum: ${forum.title}`,
    titleZh: `新科技論壇：${forum.titleZh}`,
    bodyEn: `${hkDate("en", forum.startsAt)}, ${forum.venue}. Register in the bot.`,
    bodyZh: `${hkDate("zh-HK", forum.startsAt)}，${forum.venue}。可在聊天機械人登記。`,
  }),
  forumCancelled: (forum: { title: string; titleZh: string }): AlertText => ({
    titleEn: `Cancelled: ${forum.title}`,
    titleZh: `已取消：${forum.titleZh}`,
    bodyEn: "This forum will not take place.",
    bodyZh: "此論壇將不會舉行。",
  }),
  forumMoved: (forum: { title: string; titleZh: string; startsAt: Date; venue: string }): AlertText => ({
    titleEn: `Changed: ${forum.title}`,
    titleZh: `已更改：${forum.titleZh}`,
    bodyEn: `Now ${hkDate("en", forum.startsAt)}, ${forum.venue}.`,
    bodyZh: `改為 ${hkDate("zh-HK", forum.startsAt)}，${forum.venue}。`,
  }),
  forumReminder: (forum: { title: string; titleZh: string; startsAt: Date; venue: string }): AlertText => ({
    titleEn: `Tomorrow: ${forum.title}`,
    titleZh: `明天舉行：${forum.titleZh}`,
    bodyEn: `${hkDate("en", forum.startsAt)}, ${forum.venue}. Bring your check-in code.`,
    bodyZh: `${hkDate("zh-HK", forum.startsAt)}，${forum.venue}。請帶備簽到碼。`,
  }),
  promoted: (forum: { title: string; titleZh: string }): AlertText => ({
    titleEn: `A seat is yours: ${forum.title}`,
    titleZh: `你已獲分配座位：${forum.titleZh}`,
    bodyEn: "You moved up from the waitlist. Your check-in code is under My registrations.",
    bodyZh: "你已由候補名單轉為正式登記。簽到碼可在「我的登記」查看。",
  }),
  matchSuggested: (
    side: "need" | "solution",
    record: { refCode: string; title: string },
    others: Array<{ refCode: string; title: string }>,
  ): AlertText => {
    const list = others.map((other) => `• ${other.refCode} ${other.title}`).join("\n");
    const count = others.length;
    return side === "need"
      ? {
          titleEn: `${count} ${count === 1 ? "solution matches" : "solutions match"} your need ${record.refCode}`,
          titleZh: `有 ${count} 個方案配對你的服務需求 ${record.refCode}`,
          bodyEn: `${record.title}\n\n${list}`,
          bodyZh: `${record.title}\n\n${list}`,
        }
      : {
          titleEn: `${count} service ${count === 1 ? "need matches" : "needs match"} your solution ${record.refCode}`,
          titleZh: `有 ${count} 項服務需求配對你的方案 ${record.refCode}`,
          bodyEn: `${record.title}\n\n${list}`,
          bodyZh: `${record.title}\n\n${list}`,
        };
  },
  published: (
    side: "need" | "solution",
    record: { refCode: string; title: string },
    others: Array<{ refCode: string; title: string }>,
  ): AlertText => {
    const list = others.map((other) => `• ${other.refCode} ${other.title}`).join("\n");
    const isNeed = side === "need";
    return {
      titleEn: `Your ${isNeed ? "service need" : "solution"} ${record.refCode} is published`,
      titleZh: `你的${isNeed ? "服務需求" : "方案"} ${record.refCode} 已發佈`,
      bodyEn: others.length
        ? `${record.title}\n\nBest matches so far:\n${list}`
        : `${record.title}\n\nNo strong match yet: you will be told when one comes.`,
      bodyZh: others.length
        ? `${record.title}\n\n目前最相符的${isNeed ? "方案" : "服務需求"}：\n${list}`
        : `${record.title}\n\n暫時未有高度相符的配對；有的話會通知你。`,
    };
  },
  proposed: (
    need: { refCode: string },
    solution: { refCode: string; title: string },
    pitch: string | null,
  ): AlertText => ({
    titleEn: `A vendor proposes ${solution.refCode} for your need ${need.refCode}`,
    titleZh: `有供應商為你的服務需求 ${need.refCode} 提交方案 ${solution.refCode}`,
    bodyEn: pitch ? `${solution.title}\n\n“${pitch}”` : solution.title,
    bodyZh: pitch ? `${solution.title}\n\n「${pitch}」` : solution.title,
  }),
  proposalDecided: (
    need: { refCode: string; title: string },
    solution: { refCode: string },
    shortlisted: boolean,
    reason: string | null,
  ): AlertText =>
    shortlisted
      ? {
          titleEn: `Shortlisted: ${solution.refCode} for ${need.refCode}`,
          titleZh: `已入選：${solution.refCode} 配對 ${need.refCode}`,
          bodyEn: `${need.title}\n\nThe lab will be in touch about a workshop.`,
          bodyZh: `${need.title}\n\n實驗室會就工作坊與你聯絡。`,
        }
      : {
          titleEn: `Declined: ${solution.refCode} for ${need.refCode}`,
          titleZh: `未獲接納：${solution.refCode} 配對 ${need.refCode}`,
          bodyEn: `${need.title}\n\nReason: ${reason ?? "—"}`,
          bodyZh: `${need.title}\n\n原因：${reason ?? "—"}`,
        },
  pocStatus: (ref: string, status: string): AlertText => ({
    titleEn: `PoC ${ref}: ${STATUS_NAMES[status]?.en ?? status}`,
    titleZh: `概念驗證 ${ref}：${STATUS_NAMES[status]?.zh ?? status}`,
    bodyEn: "The proof-of-concept changed status.",
    bodyZh: "概念驗證的狀態已更新。",
  }),
  bookingReminder: (booking: {
    startsAt: Date;
    resource: { nameEn: string; nameZh: string; location: string };
  }): AlertText => ({
    titleEn: `Tomorrow: ${booking.resource.nameEn}`,
    titleZh: `明天預約：${booking.resource.nameZh}`,
    bodyEn: `Your booking starts ${hkDate("en", booking.startsAt)}, ${booking.resource.location}.`,
    bodyZh: `你的預約於 ${hkDate("zh-HK", booking.startsAt)} 開始，地點：${booking.resource.location}。`,
  }),
  bookingDecided: (
    booking: { startsAt: Date; reason: string | null; resource: { nameEn: string; nameZh: string } },
    approved: boolean,
  ): AlertText => ({
    titleEn: `${approved ? "Booking approved" : "Booking not approved"}: ${booking.resource.nameEn}`,
    titleZh: `${approved ? "預約已批准" : "預約未獲批准"}：${booking.resource.nameZh}`,
    bodyEn: `${hkDate("en", booking.startsAt)}.${booking.reason ? ` Reason: ${booking.reason}` : ""}`,
    bodyZh: `${hkDate("zh-HK", booking.startsAt)}。${booking.reason ? `原因：${booking.reason}` : ""}`,
  }),
};
