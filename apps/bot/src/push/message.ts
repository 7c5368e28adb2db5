import type { push } from "@innolab/core";
import { button } from "../flows/actions";
import type { Screen } from "../flows/types";

/** Telegram's limit for one message; Teams allows more, so the smaller one bounds both. */
const MAX_MESSAGE_CHARS = 4096;

const digestHeading = {
  en: (count: number) => `Your daily digest: ${count} alerts`,
  zh: (count: number) => `每日摘要：${count} 則通知`,
};
const more = { en: (count: number) => `…and ${count} more`, zh: (count: number) => `……及另外 ${count} 則` };

/** An alert — or a daily digest of several — as one chat message in the recipient's language. */
export function alertMessage(delivery: push.ClaimedDelivery): string {
  const lang = delivery.identity.language === "zh-HK" ? "zh" : "en";
  const entries = delivery.alerts.map((alert) =>
    lang === "zh" ? `${alert.titleZh}\n\n${alert.bodyZh}` : `${alert.titleEn}\n\n${alert.bodyEn}`,
  );
  if (entries.length === 1) return entries[0]!.slice(0, MAX_MESSAGE_CHARS);
  let text = digestHeading[lang](entries.length);
  for (const [index, entry] of entries.entries()) {
    const next = `${text}\n\n— ${entry}`;
    const tail = more[lang](entries.length - index);
    // Keep room to say how many did not fit rather than cut an alert in half.
    if (next.length + tail.length + 2 > MAX_MESSAGE_CHARS) return `${text}\n\n${tail}`;
    text = next;
  }
  return text;
}

/** An alert as a screen: its text, and a button for each record it offers to open (`d:<n|s>:<id>`). */
export function alertScreen(delivery: push.ClaimedDelivery): Screen {
  const actions = delivery.actions.map((action) => [
    button(action.label, "detail", action.kind === "need" ? "n" : "s", action.id),
  ]);
  return { text: alertMessage(delivery), actions, language: delivery.identity.language === "zh-HK" ? "zh-HK" : "en" };
}
