import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Attachment } from "./flows/types";

/** How long a file link works: enough to open it from the chat, not a permanent public URL. */
const LINK_TTL_MS = 7 * 24 * 3_600_000;
/** A file a link may carry (a forum's .ics is under 1 kB). */
const MAX_FILE_BYTES = 4_096;
const FILE_NAME = /^[A-Za-z0-9._-]{1,80}\.ics$/;

export interface FileLinks {
  /** A signed, expiring URL of the bot that serves this file. */
  link(file: Attachment, now?: Date): string;
  /** The file a link's query carries, if its signature holds and it has not expired. */
  open(
    query: URLSearchParams,
    name: string,
    now?: Date,
  ): { ok: true; file: Attachment } | { ok: false; status: number };
}

/**
 * Files sent as links the bot serves (Teams shows no `data:` attachment of type text/calendar).
 * The link carries the file itself, signed with HMAC-SHA256 and an expiry, so any bot process
 * with the same secret serves it without storing anything. Without BOT_FILE_SECRET each process
 * makes its own (links then work on the process that made them only).
 */
export function fileLinks(options: { baseUrl: string; secret?: string }): FileLinks {
  const secret = options.secret || randomBytes(32).toString("hex");
  const sign = (name: string, data: string, expires: string) =>
    createHmac("sha256", secret).update(`${name}\n${data}\n${expires}`).digest("base64url");
  return {
    link(file, now = new Date()) {
      const data = Buffer.from(file.content, "utf8").toString("base64url");
      const expires = String(now.getTime() + LINK_TTL_MS);
      const query = new URLSearchParams({ d: data, e: expires, s: sign(file.filename, data, expires) });
      return `${options.baseUrl.replace(/\/$/, "")}/files/${encodeURIComponent(file.filename)}?${query}`;
    },
    open(query, name, now = new Date()) {
      const data = query.get("d") ?? "";
      const expires = query.get("e") ?? "";
      const given = Buffer.from(query.get("s") ?? "");
      const expected = Buffer.from(sign(name, data, expires));
      if (!FILE_NAME.test(name) || given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, status: 403 };
      if (!(Number(expires) > now.getTime())) return { ok: false, status: 410 };
      const content = Buffer.from(data, "base64url");
      if (content.length > MAX_FILE_BYTES) return { ok: false, status: 413 };
      return { ok: true, file: { filename: name, mimeType: "text/calendar", content: content.toString("utf8") } };
    },
  };
}
