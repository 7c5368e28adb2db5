import type { Tx } from "@innolab/db";
import { inHongKong } from "./clock";

export type RefPrefix = "SN" | "SOL" | "POC";

/** The next reference code of a kind for a year, e.g. SN-2019-0012; call inside a transaction. */
export async function nextRefCode(tx: Tx, prefix: RefPrefix, at: Date): Promise<string> {
  const year = inHongKong(at).getFullYear();
  const key = `${prefix}-${year}`;
  const counter = await tx.counter.upsert({
    where: { key },
    create: { key, value: 1 },
    update: { value: { increment: 1 } },
  });
  return `${key}-${String(counter.value).padStart(4, "0")}`;
}
