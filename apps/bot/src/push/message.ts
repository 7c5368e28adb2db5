import type { push } from "@innolab/core";

/** An alert as one chat message in the recipient's language. */
export function alertMessage(delivery: push.ClaimedDelivery): string {
  const zh = delivery.identity.language === "zh-HK";
  const { alert } = delivery;
  return `${zh ? alert.titleZh : alert.titleEn}\n\n${zh ? alert.bodyZh : alert.bodyEn}`;
}
