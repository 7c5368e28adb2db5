import { expect, it } from "vitest";
import { fileLinks } from "../src/file-links";

const file = {
  filename: "innolab-forum-3.ics",
  mimeType: "text/calendar",
  content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
};

it("a file link opens with its own secret until it expires, and not with another process's secret", () => {
  const made = new Date("2026-12-01T00:00:00Z");
  const links = fileLinks({ baseUrl: "https://bot.example.gov.hk/", secret: "s".repeat(32) });
  const url = new URL(links.link(file, made));
  expect(url.origin + url.pathname).toBe("https://bot.example.gov.hk/files/innolab-forum-3.ics");
  expect(links.open(url.searchParams, "innolab-forum-3.ics", made)).toEqual({ ok: true, file });
  // A week later the link has expired.
  const later = new Date(made.getTime() + 8 * 86_400_000);
  expect(links.open(url.searchParams, "innolab-forum-3.ics", later)).toEqual({ ok: false, status: 410 });
  // Another process with the same secret serves it; one with another secret does not.
  const sibling = fileLinks({ baseUrl: "https://bot.example.gov.hk", secret: "s".repeat(32) });
  expect(sibling.open(url.searchParams, "innolab-forum-3.ics", made).ok).toBe(true);
  const stranger = fileLinks({ baseUrl: "https://bot.example.gov.hk", secret: "t".repeat(32) });
  expect(stranger.open(url.searchParams, "innolab-forum-3.ics", made)).toEqual({ ok: false, status: 403 });
  // A later expiry written into the link breaks its signature.
  url.searchParams.set("e", String(later.getTime() + 1));
  expect(links.open(url.searchParams, "innolab-forum-3.ics", later)).toEqual({ ok: false, status: 403 });
});
